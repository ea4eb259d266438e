package nl.kring.store;

import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.store.jooq.tables.records.DisclosureRecord;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static nl.kring.store.jooq.Tables.DISCLOSURE;

/** Aantekeningen van verstrekking zonder toestemming, in and outside meetings. */
public final class DisclosureRepository {
    private final DSLContext dsl;

    DisclosureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Entry(long id, String caseNumber, LocalDate meetingDate, Disclosure disclosure) {
    }

    static void insert(DSLContext tx, String caseNumber, LocalDate meetingDate, Disclosure d) {
        tx.insertInto(DISCLOSURE)
                .set(DISCLOSURE.CASE_NUMBER, caseNumber).set(DISCLOSURE.MEETING_DATE, meetingDate)
                .set(DISCLOSURE.CATEGORIES, d.categories().stream().map(Enum::name).collect(Collectors.joining(",")))
                .set(DISCLOSURE.RECIPIENTS, String.join(",", d.to()))
                .set(DISCLOSURE.BASIS, d.basis().name()).set(DISCLOSURE.WHY, d.why())
                .set(DISCLOSURE.WHY_NOT_INFORMED, d.whyNotInformed()).set(DISCLOSURE.DECIDED_BY, d.decidedBy())
                .set(DISCLOSURE.DISCLOSED_ON, d.date() != null ? d.date() : meetingDate != null ? meetingDate : LocalDate.now())
                .execute();
    }

    /** Records a disclosure outside a meeting (a phone call with one partner). */
    public void record(String caseNumber, Disclosure d) {
        insert(dsl, caseNumber, null, d);
    }

    public List<Entry> forCase(String caseNumber) {
        return dsl.selectFrom(DISCLOSURE).where(DISCLOSURE.CASE_NUMBER.eq(caseNumber)).orderBy(DISCLOSURE.DISCLOSED_ON, DISCLOSURE.ID)
                .fetch().map(r -> new Entry(r.getId(), r.getCaseNumber(), r.getMeetingDate(), toDisclosure(r)));
    }

    public List<Entry> all() {
        return dsl.selectFrom(DISCLOSURE).orderBy(DISCLOSURE.DISCLOSED_ON.desc(), DISCLOSURE.ID.desc())
                .fetch().map(r -> new Entry(r.getId(), r.getCaseNumber(), r.getMeetingDate(), toDisclosure(r)));
    }

    static Disclosure toDisclosure(DisclosureRecord r) {
        List<LifeDomain> cats = r.getCategories().isBlank() ? List.of()
                : Arrays.stream(r.getCategories().split(",")).map(LifeDomain::valueOf).toList();
        List<String> to = r.getRecipients().isBlank() ? List.of() : List.of(r.getRecipients().split(","));
        return new Disclosure(cats, to, DisclosureBasis.valueOf(r.getBasis()), r.getWhy(), r.getWhyNotInformed(),
                r.getDecidedBy(), r.getDisclosedOn());
    }
}
