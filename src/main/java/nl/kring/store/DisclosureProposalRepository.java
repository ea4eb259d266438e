package nl.kring.store;

import nl.kring.domain.DataCategory;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DisclosureProposals;
import nl.kring.domain.LifeDomain;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kring.schema.Tables.DISCLOSURE_PROPOSAL;

/**
 * The disclosure notes Kring proposed after an item (issue 15, handreiking deel I §6 point 7), kept in the vault until
 * the chair records or drops them, also after the meeting room is closed (V16). A proposal is identified by its
 * meeting, case, recipient and category; it is PENDING until handled, then RECORDED or DROPPED, and a handled one is
 * never proposed again. Recording writes the disclosure itself through {@link DisclosureRepository} (see
 * {@code service.DisclosureProposalService}); this repository keeps only the proposals. They go when their case goes
 * (cascade).
 */
public final class DisclosureProposalRepository {
    /** Where a proposal stands. */
    public enum State { PENDING, RECORDED, DROPPED }

    private final DSLContext dsl;

    DisclosureProposalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A category's stored form: the leefgebied's or {@link DataCategory}'s key. */
    static String code(Object category) {
        return ((Enum<?>) category).name();
    }

    static Object category(String code) {
        for (LifeDomain d : LifeDomain.values()) {
            if (d.name().equals(code)) {
                return d;
            }
        }
        return DataCategory.valueOf(code);
    }

    /**
     * Keeps the proposals of the meeting that are not yet kept (pending or handled), as PENDING.
     *
     * @return the proposals added, in the order given
     */
    public List<DisclosureProposals.Proposal> propose(LocalDate meeting, List<DisclosureProposals.Proposal> proposals) {
        List<DisclosureProposals.Proposal> added = new ArrayList<>();
        for (DisclosureProposals.Proposal p : proposals) {
            boolean known = dsl.fetchExists(DISCLOSURE_PROPOSAL, key(meeting, p));
            if (known) {
                continue;
            }
            Disclosure n = p.note();
            dsl.insertInto(DISCLOSURE_PROPOSAL)
                    .set(DISCLOSURE_PROPOSAL.MEETING_DATE, meeting)
                    .set(DISCLOSURE_PROPOSAL.CASE_NUMBER, p.caseNumber())
                    .set(DISCLOSURE_PROPOSAL.RECIPIENT, p.recipient())
                    .set(DISCLOSURE_PROPOSAL.CATEGORY, code(p.category()))
                    .set(DISCLOSURE_PROPOSAL.REASON, p.reason().name())
                    .set(DISCLOSURE_PROPOSAL.STATE, State.PENDING.name())
                    .set(DISCLOSURE_PROPOSAL.BASIS, n.basis() == null ? null : n.basis().name())
                    .set(DISCLOSURE_PROPOSAL.WHY, n.why())
                    .set(DISCLOSURE_PROPOSAL.WHY_NOT_INFORMED, n.whyNotInformed())
                    .set(DISCLOSURE_PROPOSAL.DECIDED_BY, n.decidedBy())
                    .set(DISCLOSURE_PROPOSAL.CLIENT_INFORMED, n.clientInformed())
                    .execute();
            added.add(p);
        }
        return added;
    }

    private static Condition key(LocalDate meeting, DisclosureProposals.Proposal p) {
        return DISCLOSURE_PROPOSAL.MEETING_DATE.eq(meeting)
                .and(DISCLOSURE_PROPOSAL.CASE_NUMBER.eq(p.caseNumber()))
                .and(DISCLOSURE_PROPOSAL.RECIPIENT.eq(p.recipient()))
                .and(DISCLOSURE_PROPOSAL.CATEGORY.eq(code(p.category())));
    }

    /** The meeting's proposals still waiting for the chair, in the order they were proposed. */
    public List<DisclosureProposals.Proposal> pending(LocalDate meeting) {
        return dsl.selectFrom(DISCLOSURE_PROPOSAL).where(DISCLOSURE_PROPOSAL.MEETING_DATE.eq(meeting))
                .and(DISCLOSURE_PROPOSAL.STATE.eq(State.PENDING.name())).orderBy(DISCLOSURE_PROPOSAL.ID).fetch()
                .map(DisclosureProposalRepository::proposal);
    }

    /** The meeting's proposals the chair recorded or dropped: case, recipient and category, as "case|recipient|KEY". */
    public Set<String> handled(LocalDate meeting) {
        Set<String> out = new LinkedHashSet<>();
        dsl.selectFrom(DISCLOSURE_PROPOSAL).where(DISCLOSURE_PROPOSAL.MEETING_DATE.eq(meeting))
                .and(DISCLOSURE_PROPOSAL.STATE.ne(State.PENDING.name())).orderBy(DISCLOSURE_PROPOSAL.ID)
                .forEach(r -> out.add(r.getCaseNumber() + "|" + r.getRecipient() + "|" + r.getCategory()));
        return out;
    }

    /** How many proposals wait for the chair, per meeting (oldest meeting first); meetings without any left out. */
    public Map<LocalDate, Integer> pendingPerMeeting() {
        Map<LocalDate, Integer> out = new LinkedHashMap<>();
        dsl.select(DISCLOSURE_PROPOSAL.MEETING_DATE, DSL.count()).from(DISCLOSURE_PROPOSAL)
                .where(DISCLOSURE_PROPOSAL.STATE.eq(State.PENDING.name()))
                .groupBy(DISCLOSURE_PROPOSAL.MEETING_DATE).orderBy(DISCLOSURE_PROPOSAL.MEETING_DATE)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The why as the chair edited it, kept while the proposal waits; false when it no longer waits. */
    public boolean editWhy(LocalDate meeting, DisclosureProposals.Proposal p, String why) {
        return dsl.update(DISCLOSURE_PROPOSAL).set(DISCLOSURE_PROPOSAL.WHY, why)
                .where(key(meeting, p)).and(DISCLOSURE_PROPOSAL.STATE.eq(State.PENDING.name())).execute() == 1;
    }

    /**
     * Marks a waiting proposal handled (RECORDED or DROPPED).
     *
     * @return false when it was not waiting (handled before, or never kept): the caller then writes nothing
     */
    public boolean handle(LocalDate meeting, DisclosureProposals.Proposal p, State to) {
        if (to == State.PENDING) {
            throw new IllegalArgumentException("a proposal is handled by recording or dropping it");
        }
        return dsl.update(DISCLOSURE_PROPOSAL).set(DISCLOSURE_PROPOSAL.STATE, to.name())
                .where(key(meeting, p)).and(DISCLOSURE_PROPOSAL.STATE.eq(State.PENDING.name())).execute() == 1;
    }

    private static DisclosureProposals.Proposal proposal(Record rec) {
        var r = rec.into(DISCLOSURE_PROPOSAL);
        Object category = category(r.getCategory());
        Disclosure note = new Disclosure(category instanceof LifeDomain l ? List.of(l) : List.of(),
                List.of(r.getRecipient()), r.getBasis() == null ? null : DisclosureBasis.valueOf(r.getBasis()),
                r.getWhy(), r.getWhyNotInformed(), r.getDecidedBy(), r.getMeetingDate(), r.getClientInformed());
        if (category instanceof DataCategory dc) {
            note = note.withOtherCategories(List.of(dc));
        }
        return new DisclosureProposals.Proposal(r.getCaseNumber(), DisclosureProposals.Reason.valueOf(r.getReason()),
                r.getRecipient(), category, note);
    }
}
