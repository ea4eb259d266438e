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
import nl.kring.pseudonym.IdentityKeys;
import nl.kring.schema.tables.records.CaseFileRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.ResultSet;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static nl.kring.schema.Tables.CASE_FILE;
import static nl.kring.schema.Tables.CASE_IDENTITY_KEYS;
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
        // the identity index (issue 17, V24) in the same transaction as the identities it is computed from
        byte[] keys = pack(IdentityKeys.of(identityView(c)));
        if (exists) {
            keyMerge(tx).bind(c.number(), keys, IdentityKeys.VERSION).execute();
        } else {
            tx.insertInto(CASE_IDENTITY_KEYS, CASE_IDENTITY_KEYS.CASE_NUMBER, CASE_IDENTITY_KEYS.KEY_HASHES,
                    CASE_IDENTITY_KEYS.KEYS_VERSION).values(c.number(), keys, IdentityKeys.VERSION).execute();
        }
    }

    /** A batch that writes a case's key row whether it has one or not (one bound statement, H2's MERGE … KEY). */
    private static BatchBindStep keyMerge(DSLContext tx) {
        return tx.batch(tx.mergeInto(CASE_IDENTITY_KEYS, CASE_IDENTITY_KEYS.CASE_NUMBER, CASE_IDENTITY_KEYS.KEY_HASHES,
                CASE_IDENTITY_KEYS.KEYS_VERSION).key(CASE_IDENTITY_KEYS.CASE_NUMBER)
                .values((String) null, (byte[]) null, (Integer) null));
    }

    /**
     * The case as {@link #identities} reads it when it is not one of the whole ones: the client's identity, the melder,
     * the phase and the kring (in the order read back), nothing else. What {@link IdentityKeys#of} is computed from,
     * so that the stored keys are those of the case as the export reads it.
     */
    static CaseFile identityView(CaseFile c) {
        return new CaseFile(c.number(), c.client(), c.referrer(), null, c.phase(), null, null, null, null, null, null,
                null, c.kring() == null ? null : c.kring().stream().sorted().toList());
    }

    /** Sorted int keys as stored: 4 bytes each, big-endian. */
    static byte[] pack(int[] keys) {
        ByteBuffer b = ByteBuffer.allocate(keys.length * Integer.BYTES);
        for (int k : keys) {
            b.putInt(k);
        }
        return b.array();
    }

    static int[] unpack(byte[] stored) {
        ByteBuffer b = ByteBuffer.wrap(stored);
        int[] keys = new int[stored.length / Integer.BYTES];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = b.getInt();
        }
        return keys;
    }

    /**
     * Computes the identity keys of every case whose key row is missing or was made by another version of
     * {@link IdentityKeys} (a vault from before V24, a Kring whose keys changed), all in one transaction, and only
     * then: an up-to-date vault costs one read of the case numbers and writes nothing. Run at every open of a vault
     * ({@link Store#Store(nl.kring.vault.VaultSession)}). Returns how many cases got their keys.
     */
    public int ensureIdentityKeys() {
        List<String> stale = dsl.select(CASE_FILE.NUMBER).from(CASE_FILE).leftJoin(CASE_IDENTITY_KEYS)
                .on(CASE_IDENTITY_KEYS.CASE_NUMBER.eq(CASE_FILE.NUMBER))
                .where(CASE_IDENTITY_KEYS.CASE_NUMBER.isNull().or(CASE_IDENTITY_KEYS.KEYS_VERSION.ne(IdentityKeys.VERSION)))
                .fetch(CASE_FILE.NUMBER);
        if (stale.isEmpty()) {
            return 0;
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            BatchBindStep merge = keyMerge(tx);
            for (CaseFile c : new CaseRepository(tx).identityRows(stale, Map.of())) {
                merge.bind(c.number(), pack(IdentityKeys.of(c)), IdentityKeys.VERSION);
            }
            merge.execute();
        });
        return stale.size();
    }

    /** Every case's stored identity keys with their version, by case number (for tests and the measurements). */
    public Map<String, Map.Entry<Integer, int[]>> storedIdentityKeys() {
        Map<String, Map.Entry<Integer, int[]>> out = new HashMap<>();
        dsl.selectFrom(CASE_IDENTITY_KEYS).forEach(r ->
                out.put(r.getCaseNumber(), Map.entry(r.getKeysVersion(), unpack(r.getKeyHashes()))));
        return out;
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
        return identities(find(whole), null);
    }

    /** The cases in {@code numbers}, whole, ordered by number; those that do not exist are left out. */
    public List<CaseFile> find(Collection<String> numbers) {
        return numbers.isEmpty() ? List.of() : load(CASE_FILE.NUMBER.in(numbers), numbers);
    }

    /**
     * As {@link #identities(Collection)}, reading only the cases that may be named in the texts with {@code textKeys}
     * ({@link IdentityKeys#in}, issue 17): the key rows of every case are read, and the identities of those whose
     * keys share one with the texts ({@link IdentityKeys#mayName}), of those without an up-to-date key row, and the
     * {@code whole} cases (an export's agenda, loaded whole by the caller). The others are not read at all.
     * {@code textKeys} null: every case.
     */
    public List<CaseFile> identities(List<CaseFile> whole, int[] textKeys) {
        Map<String, CaseFile> full = new HashMap<>();
        for (CaseFile c : whole) {
            full.put(c.number(), c);
        }
        if (textKeys == null) {
            return identityRows(null, full);
        }
        List<String> named = new ArrayList<>();
        boolean[] everyone = {true};
        eachRow(dsl.select(CASE_FILE.NUMBER, CASE_IDENTITY_KEYS.KEY_HASHES, CASE_IDENTITY_KEYS.KEYS_VERSION)
                .from(CASE_FILE).leftJoin(CASE_IDENTITY_KEYS).on(CASE_IDENTITY_KEYS.CASE_NUMBER.eq(CASE_FILE.NUMBER)),
                rs -> {
                    String number = rs.getString(1);
                    byte[] keys = rs.getBytes(2);
                    // a case without keys of this version is read: leaving it out could let its client through
                    if (full.containsKey(number) || keys == null || rs.getInt(3) != IdentityKeys.VERSION
                            || IdentityKeys.mayName(unpack(keys), textKeys)) {
                        named.add(number);
                    } else {
                        everyone[0] = false;
                    }
                });
        return identityRows(everyone[0] ? null : named, full);
    }

    /**
     * The identities of the cases in {@code numbers} (null: of every case), one query per table, each with
     * {@code = ANY(?)}; the cases in {@code full} as given instead, ordered by number.
     */
    private List<CaseFile> identityRows(Collection<String> numbers, Map<String, CaseFile> full) {
        String[] only = numbers == null ? null : numbers.stream().filter(n -> !full.containsKey(n)).toArray(String[]::new);
        List<CaseFile> out = new ArrayList<>();
        if (only != null && only.length == 0) {
            out.addAll(full.values());
            out.sort((a, b) -> a.number().compareTo(b.number()));
            return out;
        }
        // every row read from JDBC's result set by position, not through jOOQ's records or cursor: jOOQ's per-row,
        // per-field work was most of this read's own cost, and more of it became hot enough to compile as the vault grew
        Map<String, List<String>> aliases = new HashMap<>();
        eachRow(dsl.select(CLIENT_ALIAS.CASE_NUMBER, CLIENT_ALIAS.ALIAS).from(CLIENT_ALIAS)
                .where(only == null ? DSL.trueCondition() : CLIENT_ALIAS.CASE_NUMBER.eq(DSL.any(only)))
                .orderBy(CLIENT_ALIAS.CASE_NUMBER, CLIENT_ALIAS.POSITION), rs ->
                aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<String, List<Relative>> relatives = new HashMap<>();
        eachRow(dsl.select(RELATIVE.CASE_NUMBER, RELATIVE.NAME, RELATIVE.RELATION).from(RELATIVE)
                .where(only == null ? DSL.trueCondition() : RELATIVE.CASE_NUMBER.eq(DSL.any(only)))
                .orderBy(RELATIVE.CASE_NUMBER, RELATIVE.POSITION), rs ->
                relatives.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Relative(rs.getString(2), rs.getString(3))));
        Map<String, List<FileNumber>> fileNumbers = fileNumbers(only == null ? null : List.of(only));
        Map<String, List<String>> kring = new HashMap<>();
        eachRow(dsl.select(CASE_KRING.CASE_NUMBER, CASE_KRING.PARTNER_ID).from(CASE_KRING)
                .where(only == null ? DSL.trueCondition() : CASE_KRING.CASE_NUMBER.eq(DSL.any(only)))
                .orderBy(CASE_KRING.CASE_NUMBER, CASE_KRING.PARTNER_ID), rs ->
                kring.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Set<String> added = new HashSet<>();
        eachRow(dsl.select(CASE_FILE.NUMBER, CASE_FILE.FIRST_NAMES, CASE_FILE.ROEPNAAM, CASE_FILE.PREFIX,
                        CASE_FILE.SURNAME, CASE_FILE.BIRTH_DATE, CASE_FILE.BSN, CASE_FILE.ADDRESS, CASE_FILE.PHONE,
                        CASE_FILE.LEGAL_REPRESENTATIVE, CASE_FILE.INCAPACITATED, CASE_FILE.REFERRER_NAME,
                        CASE_FILE.REFERRER_ORGANISATION, CASE_FILE.REFERRER_ANONYMOUS, CASE_FILE.PHASE)
                .from(CASE_FILE).where(only == null ? DSL.trueCondition() : CASE_FILE.NUMBER.eq(DSL.any(only)))
                .orderBy(CASE_FILE.NUMBER), rs -> {
                    String number = rs.getString(1);
                    CaseFile whole1 = full.get(number);
                    if (whole1 != null) {
                        out.add(whole1);
                        added.add(number);
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
        if (added.size() < full.size()) {
            // the whole cases the selection did not read: with the others, in order of number
            full.values().stream().filter(c -> !added.contains(c.number())).forEach(out::add);
            out.sort((a, b) -> a.number().compareTo(b.number()));
        }
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
