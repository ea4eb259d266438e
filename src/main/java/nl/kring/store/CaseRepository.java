package nl.kring.store;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.Informed;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.store.jooq.tables.records.CaseFileRecord;
import nl.kring.store.jooq.tables.records.CaseKringRecord;
import nl.kring.store.jooq.tables.records.ClientAliasRecord;
import nl.kring.store.jooq.tables.records.DomainAssessmentRecord;
import nl.kring.store.jooq.tables.records.RelativeRecord;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.kring.store.jooq.Tables.CASE_FILE;
import static nl.kring.store.jooq.Tables.CASE_KRING;
import static nl.kring.store.jooq.Tables.CLIENT_ALIAS;
import static nl.kring.store.jooq.Tables.DOMAIN_ASSESSMENT;
import static nl.kring.store.jooq.Tables.RELATIVE;

public final class CaseRepository {
    private final DSLContext dsl;

    CaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts or replaces a case with its aliases, relatives, leefgebieden and kring, in one transaction. */
    public void save(CaseFile c) {
        dsl.transaction(cfg -> save(cfg.dsl(), c));
    }

    /**
     * Saves many cases in one transaction (an import): those not yet in the vault inserted in batches
     * ({@link #insertNew}), the others replaced one by one as {@link #save(CaseFile)} does.
     */
    public void saveAll(List<CaseFile> cases) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            java.util.Set<String> stored = new java.util.HashSet<>(tx.select(CASE_FILE.NUMBER).from(CASE_FILE).fetch(CASE_FILE.NUMBER));
            List<CaseFile> fresh = new ArrayList<>();
            for (CaseFile c : cases) {
                if (stored.contains(c.number())) {
                    save(tx, c);
                } else {
                    fresh.add(c);
                }
            }
            insertNew(tx, fresh);
        });
    }

    static void save(DSLContext tx, CaseFile c) {
        CaseFileRecord rec = record(tx, c);
        boolean exists = tx.fetchExists(CASE_FILE, CASE_FILE.NUMBER.eq(c.number()));
        if (exists) {
            rec.changed(CASE_FILE.CREATED_AT, false);
            rec.changed(CASE_FILE.NUMBER, false);
            tx.update(CASE_FILE).set(rec).where(CASE_FILE.NUMBER.eq(c.number())).execute();
        } else {
            rec.changed(CASE_FILE.CREATED_AT, false);
            rec.insert();
        }
        tx.deleteFrom(CLIENT_ALIAS).where(CLIENT_ALIAS.CASE_NUMBER.eq(c.number())).execute();
        tx.deleteFrom(RELATIVE).where(RELATIVE.CASE_NUMBER.eq(c.number())).execute();
        tx.deleteFrom(DOMAIN_ASSESSMENT).where(DOMAIN_ASSESSMENT.CASE_NUMBER.eq(c.number())).execute();
        tx.deleteFrom(CASE_KRING).where(CASE_KRING.CASE_NUMBER.eq(c.number())).execute();
        Batches.insert(tx, children(c));
    }

    /**
     * Inserts cases that are not in the vault yet (an import), with their aliases, relatives, leefgebieden and kring:
     * the same rows as {@link #save} writes, in batches of bound statements, parents before children.
     */
    static void insertNew(DSLContext tx, List<CaseFile> cases) {
        List<TableRecord<?>> parents = new ArrayList<>();
        List<TableRecord<?>> children = new ArrayList<>();
        for (CaseFile c : cases) {
            CaseFileRecord rec = record(tx, c);
            rec.changed(CASE_FILE.CREATED_AT, false);
            parents.add(rec);
            children.addAll(children(c));
        }
        Batches.insert(tx, parents);
        Batches.insert(tx, children);
    }

    /** The case's own row. */
    private static CaseFileRecord record(DSLContext tx, CaseFile c) {
        Client cl = c.client();
        Referrer ref = c.referrer();
        var rec = tx.newRecord(CASE_FILE);
        rec.setNumber(c.number());
        rec.setFirstNames(cl.firstNames());
        rec.setRoepnaam(cl.roepnaam());
        rec.setPrefix(cl.prefix());
        rec.setSurname(cl.surname());
        rec.setBirthDate(cl.birthDate());
        rec.setBsn(cl.bsn());
        rec.setAddress(cl.address());
        rec.setPhone(cl.phone());
        rec.setLegalRepresentative(cl.legalRepresentative());
        rec.setIncapacitated(cl.incapacitated());
        rec.setReferrerName(ref == null ? null : ref.name());
        rec.setReferrerOrganisation(ref == null ? null : ref.organisation());
        rec.setReferrerAnonymous(ref != null && ref.anonymous());
        rec.setReportedOn(c.reportedOn());
        rec.setPhase(c.phase().name());
        rec.setConsentStatus(c.consent() == null || c.consent().status() == null ? null : c.consent().status().name());
        rec.setConsentDate(c.consent() == null ? null : c.consent().date());
        rec.setConsentBy(c.consent() == null ? null : c.consent().by());
        rec.setInformed(c.informed() == null ? null : c.informed().status());
        rec.setInformedReason(c.informed() == null ? null : c.informed().reason());
        rec.setEvidentInterest(c.evidentInterest());
        rec.setLighterMeansConsidered(c.lighterMeansConsidered());
        rec.setEvaluationDue(c.evaluationDue());
        rec.setClosedOn(c.closedOn());
        return rec;
    }

    /** The rows of the case's aliases, relatives, leefgebieden and kring. */
    private static List<TableRecord<?>> children(CaseFile c) {
        Client cl = c.client();
        List<TableRecord<?>> children = new ArrayList<>();
        for (int i = 0; i < cl.aliases().size(); i++) {
            children.add(new ClientAliasRecord(c.number(), i, cl.aliases().get(i)));
        }
        for (int i = 0; i < cl.relatives().size(); i++) {
            Relative r = cl.relatives().get(i);
            children.add(new RelativeRecord(c.number(), i, r.name(), r.relation()));
        }
        for (var e : c.domains().entrySet()) {
            children.add(new DomainAssessmentRecord(c.number(), e.getKey().name(), e.getValue().score(), e.getValue().note()));
        }
        for (String partner : c.kring()) {
            children.add(new CaseKringRecord(c.number(), partner));
        }
        return children;
    }

    public Optional<CaseFile> find(String number) {
        return load(CASE_FILE.NUMBER.eq(number)).stream().findFirst();
    }

    public List<CaseFile> all() {
        return load(org.jooq.impl.DSL.trueCondition());
    }

    public boolean exists(String number) {
        return dsl.fetchExists(CASE_FILE, CASE_FILE.NUMBER.eq(number));
    }

    public boolean delete(String number) {
        return dsl.deleteFrom(CASE_FILE).where(CASE_FILE.NUMBER.eq(number)).execute() > 0;
    }

    /** Suggests the next free number for a year: 2026-001, 2026-002, ... */
    public String nextNumber(int year) {
        String prefix = year + "-";
        int max = dsl.select(CASE_FILE.NUMBER).from(CASE_FILE).where(CASE_FILE.NUMBER.startsWith(prefix)).fetch()
                .stream().map(r -> r.value1().substring(prefix.length()))
                .filter(s -> s.matches("\\d+")).mapToInt(Integer::parseInt).max().orElse(0);
        return prefix + String.format("%03d", max + 1);
    }

    private List<CaseFile> load(org.jooq.Condition condition) {
        Map<String, List<String>> aliases = new HashMap<>();
        dsl.selectFrom(CLIENT_ALIAS).orderBy(CLIENT_ALIAS.POSITION).forEach(r ->
                aliases.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>()).add(r.getAlias()));
        Map<String, List<Relative>> relatives = new HashMap<>();
        dsl.selectFrom(RELATIVE).orderBy(RELATIVE.POSITION).forEach(r ->
                relatives.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>())
                        .add(new Relative(r.getName(), r.getRelation())));
        Map<String, Map<LifeDomain, DomainAssessment>> domains = new HashMap<>();
        dsl.selectFrom(DOMAIN_ASSESSMENT).forEach(r ->
                domains.computeIfAbsent(r.getCaseNumber(), k -> new EnumMap<>(LifeDomain.class))
                        .put(LifeDomain.valueOf(r.getDomain()), new DomainAssessment(r.getScore(), r.getNote())));
        Map<String, List<String>> kring = new HashMap<>();
        dsl.selectFrom(CASE_KRING).orderBy(CASE_KRING.PARTNER_ID).forEach(r ->
                kring.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>()).add(r.getPartnerId()));
        return dsl.selectFrom(CASE_FILE).where(condition).orderBy(CASE_FILE.NUMBER).fetch().map(r ->
                toCase(r, aliases.get(r.getNumber()), relatives.get(r.getNumber()), domains.get(r.getNumber()),
                        kring.get(r.getNumber())));
    }

    private static CaseFile toCase(CaseFileRecord r, List<String> aliases, List<Relative> relatives,
                                   Map<LifeDomain, DomainAssessment> domains, List<String> kring) {
        Client client = new Client(r.getFirstNames(), r.getRoepnaam(), r.getPrefix(), r.getSurname(), aliases,
                r.getBirthDate(), r.getBsn(), r.getAddress(), r.getPhone(), relatives, r.getLegalRepresentative(),
                Boolean.TRUE.equals(r.getIncapacitated()));
        Referrer referrer = r.getReferrerName() == null && r.getReferrerOrganisation() == null
                && !Boolean.TRUE.equals(r.getReferrerAnonymous()) ? null
                : new Referrer(r.getReferrerName(), r.getReferrerOrganisation(), Boolean.TRUE.equals(r.getReferrerAnonymous()));
        Consent consent = r.getConsentStatus() == null && r.getConsentDate() == null ? null
                : new Consent(r.getConsentStatus() == null ? null : ConsentStatus.valueOf(r.getConsentStatus()),
                r.getConsentDate(), r.getConsentBy());
        Informed informed = r.getInformed() == null && r.getInformedReason() == null ? null
                : new Informed(r.getInformed(), r.getInformedReason());
        return new CaseFile(r.getNumber(), client, referrer, r.getReportedOn(), Phase.valueOf(r.getPhase()), domains,
                consent, informed, r.getEvidentInterest(), r.getLighterMeansConsidered(), r.getEvaluationDue(),
                r.getClosedOn(), kring);
    }
}
