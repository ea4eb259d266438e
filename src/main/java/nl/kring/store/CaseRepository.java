package nl.kring.store;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Informed;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.schema.tables.records.CaseFileRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.kring.schema.Tables.CASE_FILE;
import static nl.kring.schema.Tables.CASE_KRING;
import static nl.kring.schema.Tables.CLIENT_ALIAS;
import static nl.kring.schema.Tables.CONSENT_PERSON;
import static nl.kring.schema.Tables.DOMAIN_ASSESSMENT;
import static nl.kring.schema.Tables.FILE_NUMBER;
import static nl.kring.schema.Tables.RELATIVE;

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
     * As {@link #save(CaseFile)}, for a caller that knows whether the case is stored already (the import, which read
     * every stored number once, issue 17): no lookup of its own, and a new case's children are inserted without first
     * deleting rows it cannot have.
     */
    public void save(CaseFile c, boolean stored) {
        dsl.transaction(cfg -> save(cfg.dsl(), c, stored));
    }

    /** Every stored case's number with its kring (empty when none), in one read. */
    public Map<String, List<String>> krings() {
        Map<String, List<String>> out = new HashMap<>();
        dsl.select(CASE_FILE.NUMBER).from(CASE_FILE).forEach(r -> out.put(r.value1(), new ArrayList<>()));
        dsl.select(CASE_KRING.CASE_NUMBER, CASE_KRING.PARTNER_ID).from(CASE_KRING)
                .orderBy(CASE_KRING.CASE_NUMBER, CASE_KRING.PARTNER_ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    static void save(DSLContext tx, CaseFile c) {
        save(tx, c, tx.fetchExists(CASE_FILE, CASE_FILE.NUMBER.eq(c.number())));
    }

    private static void save(DSLContext tx, CaseFile c, boolean exists) {
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
        if (exists) {
            rec.changed(CASE_FILE.CREATED_AT, false);
            rec.changed(CASE_FILE.NUMBER, false);
            tx.update(CASE_FILE).set(rec).where(CASE_FILE.NUMBER.eq(c.number())).execute();
        } else {
            rec.changed(CASE_FILE.CREATED_AT, false);
            tx.insertInto(CASE_FILE).set(rec).execute(); // not rec.insert(), which reads the row back
        }
        if (exists) {
            tx.batch(tx.deleteFrom(CLIENT_ALIAS).where(CLIENT_ALIAS.CASE_NUMBER.eq(c.number())),
                    tx.deleteFrom(RELATIVE).where(RELATIVE.CASE_NUMBER.eq(c.number())),
                    tx.deleteFrom(DOMAIN_ASSESSMENT).where(DOMAIN_ASSESSMENT.CASE_NUMBER.eq(c.number())),
                    tx.deleteFrom(CONSENT_PERSON).where(CONSENT_PERSON.CASE_NUMBER.eq(c.number())),
                    tx.deleteFrom(CASE_KRING).where(CASE_KRING.CASE_NUMBER.eq(c.number())),
                    tx.deleteFrom(FILE_NUMBER).where(FILE_NUMBER.CASE_NUMBER.eq(c.number()))).execute();
        }
        // one prepared statement per table with the values bound: the same SQL for every case, which H2 parses once
        // and keeps in its statement cache, instead of a statement with inlined values rendered and parsed per row
        // (issue 17: jOOQ's rendering and H2's parsing were a third of the import's time)
        BatchBindStep aliases = tx.batch(tx.insertInto(CLIENT_ALIAS, CLIENT_ALIAS.CASE_NUMBER, CLIENT_ALIAS.POSITION,
                CLIENT_ALIAS.ALIAS).values((String) null, (Integer) null, (String) null));
        for (int i = 0; i < cl.aliases().size(); i++) {
            aliases.bind(c.number(), i, cl.aliases().get(i));
        }
        BatchBindStep relatives = tx.batch(tx.insertInto(RELATIVE, RELATIVE.CASE_NUMBER, RELATIVE.POSITION,
                RELATIVE.NAME, RELATIVE.RELATION).values((String) null, (Integer) null, (String) null, (String) null));
        for (int i = 0; i < cl.relatives().size(); i++) {
            Relative r = cl.relatives().get(i);
            relatives.bind(c.number(), i, r.name(), r.relation());
        }
        BatchBindStep domains = tx.batch(tx.insertInto(DOMAIN_ASSESSMENT, DOMAIN_ASSESSMENT.CASE_NUMBER,
                DOMAIN_ASSESSMENT.DOMAIN, DOMAIN_ASSESSMENT.SCORE, DOMAIN_ASSESSMENT.NOTE, DOMAIN_ASSESSMENT.POLICE_NOTE)
                .values((String) null, (String) null, (Integer) null, (String) null, (Boolean) null));
        for (var e : c.domains().entrySet()) {
            domains.bind(c.number(), e.getKey().name(), e.getValue().score(), e.getValue().note(),
                    e.getValue().policeNote());
        }
        BatchBindStep consent = tx.batch(tx.insertInto(CONSENT_PERSON, CONSENT_PERSON.CASE_NUMBER,
                CONSENT_PERSON.POSITION, CONSENT_PERSON.WHO, CONSENT_PERSON.NAME, CONSENT_PERSON.STATUS,
                CONSENT_PERSON.CONSENT_DATE).values((String) null, (Integer) null, (String) null, (String) null,
                (String) null, (LocalDate) null));
        List<ConsentPerson> persons = c.consent() == null ? List.of() : c.consent().persons();
        for (int i = 0; i < persons.size(); i++) {
            ConsentPerson p = persons.get(i);
            consent.bind(c.number(), i, p.who().name(), p.name(), p.status() == null ? null : p.status().name(),
                    p.date());
        }
        BatchBindStep kring = tx.batch(tx.insertInto(CASE_KRING, CASE_KRING.CASE_NUMBER, CASE_KRING.PARTNER_ID)
                .values((String) null, (String) null));
        for (String partner : c.kring()) {
            kring.bind(c.number(), partner);
        }
        BatchBindStep fileNumbers = tx.batch(tx.insertInto(FILE_NUMBER, FILE_NUMBER.CASE_NUMBER, FILE_NUMBER.POSITION,
                FILE_NUMBER.PARTNER_ID, FILE_NUMBER.LABEL, FILE_NUMBER.FILE_NUMBER_).values((String) null, (Integer) null,
                (String) null, (String) null, (String) null));
        for (int i = 0; i < cl.fileNumbers().size(); i++) {
            FileNumber f = cl.fileNumbers().get(i);
            fileNumbers.bind(c.number(), i, f.partnerId(), f.label(), f.number());
        }
        for (BatchBindStep b : List.of(aliases, relatives, domains, consent, kring, fileNumbers)) {
            if (b.size() > 0) {
                b.execute();
            }
        }
    }

    public Optional<CaseFile> find(String number) {
        return load(CASE_FILE.NUMBER.eq(number), List.of(number)).stream().findFirst();
    }

    public List<CaseFile> all() {
        return load(DSL.trueCondition(), null);
    }

    /**
     * Every case of the vault as the recogniser, the identity guard and the need-to-know of case-number markers read
     * it (issue 17: an export loaded every case whole for them, which grew with the vault's age): the number, the
     * client's identity (names, aliases, relatives, legal representative, date of birth, BSN, address, phone), the
     * melder, the phase and the kring, one query per table. The rest of such a case (leefgebieden, consent, informed,
     * the justification texts and dates) is left out: null or empty. The cases in {@code whole} (an export's agenda)
     * are loaded whole. Never for showing or changing a case.
     */
    public List<CaseFile> identities(Collection<String> whole) {
        // every row read from JDBC's result set by position, not through jOOQ's records or cursor: jOOQ's per-row,
        // per-field work was most of this read's own cost, and more of it became hot enough to compile as the vault grew
        Map<String, List<String>> aliases = new HashMap<>();
        eachRow(dsl.select(CLIENT_ALIAS.CASE_NUMBER, CLIENT_ALIAS.ALIAS).from(CLIENT_ALIAS)
                .orderBy(CLIENT_ALIAS.CASE_NUMBER, CLIENT_ALIAS.POSITION), rs ->
                aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<String, List<Relative>> relatives = new HashMap<>();
        eachRow(dsl.select(RELATIVE.CASE_NUMBER, RELATIVE.NAME, RELATIVE.RELATION).from(RELATIVE)
                .orderBy(RELATIVE.CASE_NUMBER, RELATIVE.POSITION), rs ->
                relatives.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Relative(rs.getString(2), rs.getString(3))));
        Map<String, List<FileNumber>> fileNumbers = fileNumbers(null);
        Map<String, List<String>> kring = new HashMap<>();
        eachRow(dsl.select(CASE_KRING.CASE_NUMBER, CASE_KRING.PARTNER_ID).from(CASE_KRING)
                .orderBy(CASE_KRING.CASE_NUMBER, CASE_KRING.PARTNER_ID), rs ->
                kring.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<String, CaseFile> full = new HashMap<>();
        if (!whole.isEmpty()) {
            for (CaseFile c : load(CASE_FILE.NUMBER.in(whole), whole)) {
                full.put(c.number(), c);
            }
        }
        List<CaseFile> out = new ArrayList<>();
        eachRow(dsl.select(CASE_FILE.NUMBER, CASE_FILE.FIRST_NAMES, CASE_FILE.ROEPNAAM, CASE_FILE.PREFIX,
                        CASE_FILE.SURNAME, CASE_FILE.BIRTH_DATE, CASE_FILE.BSN, CASE_FILE.ADDRESS, CASE_FILE.PHONE,
                        CASE_FILE.LEGAL_REPRESENTATIVE, CASE_FILE.INCAPACITATED, CASE_FILE.REFERRER_NAME,
                        CASE_FILE.REFERRER_ORGANISATION, CASE_FILE.REFERRER_ANONYMOUS, CASE_FILE.PHASE)
                .from(CASE_FILE).orderBy(CASE_FILE.NUMBER), rs -> {
                    String number = rs.getString(1);
                    CaseFile whole1 = full.get(number);
                    if (whole1 != null) {
                        out.add(whole1);
                        return;
                    }
                    Client client = new Client(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            aliases.get(number), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                            rs.getString(9), relatives.get(number), rs.getString(10), rs.getBoolean(11),
                            fileNumbers.get(number));
                    out.add(new CaseFile(number, client, referrer(rs.getString(12), rs.getString(13), rs.getBoolean(14)),
                            null, Phase.valueOf(rs.getString(15)), null, null, null, null, null, null, null,
                            kring.get(number)));
                });
        return out;
    }

    /** One row of a JDBC result set. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs the query and hands each row of its JDBC result set to {@code reader}. */
    private static void eachRow(ResultQuery<?> query, RowReader reader) {
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the cases failed", e);
        }
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

    /**
     * The cases that meet {@code condition} with their children. {@code only}: the cases asked for, whose children
     * alone are read (issue 17: a lookup of one case read the children of every case, which made the import quadratic
     * and every lookup grow with the vault); null reads the children of all cases.
     */
    private List<CaseFile> load(Condition condition, Collection<String> only) {
        Map<String, List<String>> aliases = new HashMap<>();
        dsl.selectFrom(CLIENT_ALIAS).where(only == null ? DSL.trueCondition() : CLIENT_ALIAS.CASE_NUMBER.in(only)).orderBy(CLIENT_ALIAS.POSITION).forEach(r ->
                aliases.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>()).add(r.getAlias()));
        Map<String, List<Relative>> relatives = new HashMap<>();
        dsl.selectFrom(RELATIVE).where(only == null ? DSL.trueCondition() : RELATIVE.CASE_NUMBER.in(only)).orderBy(RELATIVE.POSITION).forEach(r ->
                relatives.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>())
                        .add(new Relative(r.getName(), r.getRelation())));
        Map<String, Map<LifeDomain, DomainAssessment>> domains = new HashMap<>();
        dsl.selectFrom(DOMAIN_ASSESSMENT).where(only == null ? DSL.trueCondition() : DOMAIN_ASSESSMENT.CASE_NUMBER.in(only))
                .forEach(r ->
                domains.computeIfAbsent(r.getCaseNumber(), k -> new EnumMap<>(LifeDomain.class))
                        .put(LifeDomain.valueOf(r.getDomain()), new DomainAssessment(r.getScore(), r.getNote(),
                                r.getPoliceNote())));
        Map<String, List<ConsentPerson>> persons = new HashMap<>();
        dsl.selectFrom(CONSENT_PERSON).where(only == null ? DSL.trueCondition() : CONSENT_PERSON.CASE_NUMBER.in(only))
                .orderBy(CONSENT_PERSON.POSITION).forEach(r ->
                persons.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>()).add(new ConsentPerson(
                        ConsentPerson.Who.valueOf(r.getWho()), r.getName(),
                        r.getStatus() == null ? null : ConsentStatus.valueOf(r.getStatus()), r.getConsentDate())));
        Map<String, List<String>> kring = new HashMap<>();
        dsl.selectFrom(CASE_KRING).where(only == null ? DSL.trueCondition() : CASE_KRING.CASE_NUMBER.in(only))
                .orderBy(CASE_KRING.PARTNER_ID).forEach(r ->
                kring.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>()).add(r.getPartnerId()));
        Map<String, List<FileNumber>> fileNumbers = fileNumbers(only);
        return dsl.selectFrom(CASE_FILE).where(condition).orderBy(CASE_FILE.NUMBER).fetch().map(r ->
                toCase(r, aliases.get(r.getNumber()), relatives.get(r.getNumber()), domains.get(r.getNumber()),
                        kring.get(r.getNumber()), persons.get(r.getNumber()), fileNumbers.get(r.getNumber())));
    }

    /** The partners' file numbers (issue 12) of the cases in {@code only} (null: of all), by case, in order. */
    private Map<String, List<FileNumber>> fileNumbers(Collection<String> only) {
        Map<String, List<FileNumber>> out = new HashMap<>();
        eachRow(dsl.select(FILE_NUMBER.CASE_NUMBER, FILE_NUMBER.PARTNER_ID, FILE_NUMBER.LABEL, FILE_NUMBER.FILE_NUMBER_)
                .from(FILE_NUMBER).where(only == null ? DSL.trueCondition() : FILE_NUMBER.CASE_NUMBER.in(only))
                .orderBy(FILE_NUMBER.CASE_NUMBER, FILE_NUMBER.POSITION), rs ->
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new FileNumber(rs.getString(2), rs.getString(3), rs.getString(4))));
        return out;
    }

    private static Referrer referrer(String name, String organisation, Boolean anonymous) {
        return name == null && organisation == null && !Boolean.TRUE.equals(anonymous) ? null
                : new Referrer(name, organisation, Boolean.TRUE.equals(anonymous));
    }

    private static CaseFile toCase(CaseFileRecord r, List<String> aliases, List<Relative> relatives,
                                   Map<LifeDomain, DomainAssessment> domains, List<String> kring,
                                   List<ConsentPerson> persons, List<FileNumber> fileNumbers) {
        Client client = new Client(r.getFirstNames(), r.getRoepnaam(), r.getPrefix(), r.getSurname(), aliases,
                r.getBirthDate(), r.getBsn(), r.getAddress(), r.getPhone(), relatives, r.getLegalRepresentative(),
                Boolean.TRUE.equals(r.getIncapacitated()), fileNumbers);
        Referrer referrer = referrer(r.getReferrerName(), r.getReferrerOrganisation(), r.getReferrerAnonymous());
        Consent consent = r.getConsentStatus() == null && r.getConsentDate() == null && persons == null ? null
                : new Consent(r.getConsentStatus() == null ? null : ConsentStatus.valueOf(r.getConsentStatus()),
                r.getConsentDate(), r.getConsentBy(), persons);
        Informed informed = r.getInformed() == null && r.getInformedReason() == null ? null
                : new Informed(r.getInformed(), r.getInformedReason());
        return new CaseFile(r.getNumber(), client, referrer, r.getReportedOn(), Phase.valueOf(r.getPhase()), domains,
                consent, informed, r.getEvidentInterest(), r.getLighterMeansConsidered(), r.getEvaluationDue(),
                r.getClosedOn(), kring);
    }
}
