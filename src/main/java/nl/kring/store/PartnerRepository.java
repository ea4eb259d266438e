package nl.kring.store;

import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.schema.tables.records.PartnerRecord;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.kring.schema.Tables.ATTENDEE;
import static nl.kring.schema.Tables.PARTNER;

public final class PartnerRepository {
    private final DSLContext dsl;

    PartnerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts or replaces a partner with its attendees. */
    public void save(Partner p) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.insertInto(PARTNER)
                    .set(PARTNER.ID, p.id()).set(PARTNER.NAME, p.name()).set(PARTNER.ROLE, p.role().name())
                    .set(PARTNER.TIER, p.tier().name()).set(PARTNER.AGREEMENT_SIGNED, p.agreementSigned())
                    .set(PARTNER.AGREEMENT_ENDS, p.agreementEnds())
                    .set(PARTNER.EMAIL, p.email()).set(PARTNER.PHONE, p.phone())
                    .onDuplicateKeyUpdate()
                    .set(PARTNER.NAME, p.name()).set(PARTNER.ROLE, p.role().name())
                    .set(PARTNER.TIER, p.tier().name()).set(PARTNER.AGREEMENT_SIGNED, p.agreementSigned())
                    .set(PARTNER.AGREEMENT_ENDS, p.agreementEnds())
                    .set(PARTNER.EMAIL, p.email()).set(PARTNER.PHONE, p.phone())
                    .execute();
            List<String> keep = p.attendees().stream().map(Attendee::id).toList();
            tx.deleteFrom(ATTENDEE).where(ATTENDEE.PARTNER_ID.eq(p.id()))
                    .and(keep.isEmpty() ? DSL.trueCondition() : ATTENDEE.ID.notIn(keep)).execute();
            for (Attendee a : p.attendees()) {
                tx.insertInto(ATTENDEE)
                        .set(ATTENDEE.ID, a.id()).set(ATTENDEE.PARTNER_ID, p.id())
                        .set(ATTENDEE.NAME, a.name()).set(ATTENDEE.JOB_TITLE, a.function())
                        .set(ATTENDEE.EMAIL, a.email()).set(ATTENDEE.PHONE, a.phone())
                        .onDuplicateKeyUpdate()
                        .set(ATTENDEE.PARTNER_ID, p.id()).set(ATTENDEE.NAME, a.name())
                        .set(ATTENDEE.JOB_TITLE, a.function())
                        .set(ATTENDEE.EMAIL, a.email()).set(ATTENDEE.PHONE, a.phone())
                        .execute();
            }
        });
    }

    public List<Partner> all() {
        Map<String, List<Attendee>> attendees = new LinkedHashMap<>();
        dsl.selectFrom(ATTENDEE).orderBy(ATTENDEE.NAME).forEach(a ->
                attendees.computeIfAbsent(a.getPartnerId(), k -> new ArrayList<>())
                        .add(new Attendee(a.getId(), a.getName(), a.getJobTitle(), a.getEmail(), a.getPhone())));
        return dsl.selectFrom(PARTNER).orderBy(PARTNER.NAME).fetch()
                .map(r -> toPartner(r, attendees.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Partner> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Removes a partner. A partner in a kring or named in a decision stays as history: then
     * {@link StillReferencedException}, and nothing changes.
     */
    public boolean delete(String id) {
        try {
            return dsl.deleteFrom(PARTNER).where(PARTNER.ID.eq(id)).execute() > 0;
        } catch (IntegrityConstraintViolationException e) {
            throw new StillReferencedException("partner " + id, e);
        }
    }

    private static Partner toPartner(PartnerRecord r, List<Attendee> attendees) {
        return new Partner(r.getId(), r.getName(), Role.valueOf(r.getRole()), Tier.valueOf(r.getTier()),
                r.getAgreementSigned(), r.getAgreementEnds(), attendees, r.getEmail(), r.getPhone());
    }
}
