package nl.kring.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.Bsn;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Categories;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.Contacts;
import nl.kring.domain.DataCategory;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.Evaluation;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.Informed;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.PartnerIds;
import nl.kring.domain.Phase;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.Referrer;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.VaultPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Reads and validates the whole interchange file of docs/product.md before anything is stored. Every problem names the
 * field (e.g. {@code cases[2].client.bsn}) and its line.
 */
public final class InterchangeReader {
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_NAME = 200;
    private static final int MAX_CONTACT_TEXT = 1000;
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** Unicode format characters (Cf: zero-width space/joiner, bidi controls, BOM) and the soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u00AD]");

    private final LocatedJson json;
    private final List<String> problems = new ArrayList<>();
    private final LocalDate today;
    private final Map<String, List<EvaluationRecord>> evaluations = new LinkedHashMap<>();

    private InterchangeReader(LocatedJson json, LocalDate today) {
        this.json = json;
        this.today = today;
    }

    public static Interchange read(InputStream in) throws InterchangeException {
        return read(in, LocalDate.now());
    }

    public static Interchange read(InputStream in, LocalDate today) throws InterchangeException {
        LocatedJson json;
        try {
            json = LocatedJson.parse(in);
        } catch (CharacterCodingException e) {
            throw new InterchangeException(List.of("the file is not valid UTF-8 text"));
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "unreadable" : e.getMessage();
            if (msg.contains("Invalid UTF-8")) {
                msg = "the file is not valid UTF-8 text";
            } else if (msg.contains("nesting depth")) {
                msg = "the JSON is nested too deeply";
            } else {
                int cut = msg.indexOf('\n');
                msg = "not valid JSON: " + (cut > 0 ? msg.substring(0, cut) : msg);
            }
            throw new InterchangeException(List.of(msg));
        }
        InterchangeReader r = new InterchangeReader(json, today);
        // The structure first (docs/interchange.md: the JSON Schema); the domain checks below only see a file that has it.
        for (InterchangeSchema.Problem p : InterchangeSchema.check(json.root())) {
            r.problem(p.path(), p.message());
        }
        if (!r.problems.isEmpty()) {
            throw new InterchangeException(r.problems);
        }
        Interchange result = r.interchange(json.root());
        if (!r.problems.isEmpty()) {
            throw new InterchangeException(r.problems);
        }
        return result;
    }

    private Interchange interchange(JsonNode root) {
        Interchange.VaultSettings vault = vaultSettings(root.get("vault"));
        List<Partner> partners = list(root, "partners", this::partner);
        Map<String, Partner> byId = new HashMap<>();
        Set<String> attendeeIds = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            if (p == null) {
                continue;
            }
            Optional<PartnerIds.Problem> idProblem = PartnerIds.problem(p.id(), byId.keySet());
            if (idProblem.isPresent()) {
                problem("partners[" + i + "].id", PartnerIds.describe(idProblem.get(), p.id()));
            }
            byId.putIfAbsent(p.id(), p);
            for (int a = 0; a < p.attendees().size(); a++) {
                if (!attendeeIds.add(p.attendees().get(a).id())) {
                    problem("partners[" + i + "].attendees[" + a + "].id", p.attendees().get(a).id() + " is used twice");
                }
            }
        }
        ChainAgreement agreement = agreement(root.get("vault"), byId);
        if (agreement != null && vault != null) {
            vault = vault.withAgreement(agreement);
        }
        List<CaseFile> cases = list(root, "cases", (n, path) -> caseFile(n, path, byId));
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i) != null && !numbers.add(cases.get(i).number())) {
                problem("cases[" + i + "].number", cases.get(i).number() + " is used twice");
            }
        }
        List<Meeting> meetings = list(root, "meetings", (n, path) -> meeting(n, path, byId, attendeeIds, numbers));
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i) != null && !dates.add(meetings.get(i).date())) {
                problem("meetings[" + i + "].date", meetings.get(i).date() + " is used twice");
            }
        }
        List<Meeting> validMeetings = meetings.stream().filter(Objects::nonNull).toList();
        Map<String, LocalDate> lastDiscussed = lastDiscussed(validMeetings);
        return new Interchange(partners.stream().filter(Objects::nonNull).toList(),
                cases.stream().filter(Objects::nonNull).map(c -> withDates(c, lastDiscussed)).toList(),
                validMeetings, vault, evaluations);
    }

    /** The optional {@code vault} object: retention, evaluation interval, evident belang (issue 15), the chair's
     * contact details and the complaints contact (issue 14). */
    private Interchange.VaultSettings vaultSettings(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        Integer months = integer(n, "vault.retentionMonths", VaultPolicy.MIN_MONTHS,
                VaultPolicy.MAX_MONTHS);
        Integer weeks = integer(n, "vault.evaluationWeeks", Evaluation.MIN_WEEKS,
                Evaluation.MAX_WEEKS);
        String definition = text(n, "vault.evidentInterestDefinition", EvidentInterest.MAX_LENGTH);
        return new Interchange.VaultSettings(months, weeks, definition, chairDetails(n)).withPoliceRule(policeRoles(n));
    }

    /**
     * The optional {@code vault.policeRoles} (issue 15, handreiking deel II §1 and §4.5): the roles the keten agreed may
     * read information from the police; absent: the vault's rule stays as it is; an empty list: the chair only.
     */
    private PoliceRule policeRoles(JsonNode vault) {
        if (present(vault, "policeRoles") == null) {
            return null;
        }
        List<Role> roles = list(vault, "policeRoles", "vault", (r, p) -> {
            Role role = r.isTextual() ? parseEnum(Role.class, r.asText()) : null;
            if (role == null) {
                problem(p, r + " is not a role (expected one of " + Arrays.toString(Role.values()) + ")");
            }
            return role;
        });
        return new PoliceRule(new HashSet<>(roles.stream()
                .filter(Objects::nonNull).toList()));
    }

    /**
     * The optional {@code vault.agreement} (issue 15): the ketenovereenkomst's texts (absent: the handreiking's
     * defaults), its coordinator, when it was signed and by which partners of this file.
     */
    private ChainAgreement agreement(JsonNode v, Map<String, Partner> partners) {
        JsonNode a = v == null || !v.isObject() ? null : present(v, "agreement");
        if (a == null) {
            return null;
        }
        String path = "vault.agreement";
        int max = ChainAgreement.MAX_TEXT;
        String purpose = text(a, path + ".purpose", max);
        String storage = text(a, path + ".storage", max);
        String rights = text(a, path + ".rights", max);
        String reporting = text(a, path + ".reporting", max);
        String name = null;
        String function = null;
        String contact = null;
        JsonNode c = present(a, "coordinator");
        if (c != null) {
            name = text(c, path + ".coordinator.name", MAX_NAME);
            function = text(c, path + ".coordinator.function", MAX_NAME);
            contact = text(c, path + ".coordinator.contact", MAX_NAME);
        }
        LocalDate signedOn = pastDate(a, path + ".signedOn");
        List<String> by = new ArrayList<>();
        JsonNode s = present(a, "signedBy");
        if (s != null && !s.isArray()) {
            problem(path + ".signedBy", "must be a list of partner ids");
        } else if (s != null) {
            for (int i = 0; i < s.size(); i++) {
                String sp = path + ".signedBy[" + i + "]";
                String pid = s.get(i).isTextual() ? s.get(i).asText() : null;
                if (pid == null || !partners.containsKey(pid)) {
                    problem(sp, (pid == null ? s.get(i).toString() : pid) + " is not a partner in this file");
                } else if (by.contains(pid)) {
                    problem(sp, pid + " is named twice");
                } else {
                    by.add(pid);
                }
            }
        }
        return new ChainAgreement(purpose, storage, rights, reporting, name, function, contact, signedOn, by);
    }

    private Integer integer(JsonNode parent, String path, int min, int max) {
        JsonNode n = present(parent, leaf(path));
        if (n == null) {
            return null;
        }
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            problem(path, n + " is not a whole number from " + min + " to " + max);
            return null;
        }
        return n.asInt();
    }

    /** The chair's contact details and the complaints contact inside {@code vault}, or null when neither is there. */
    private ChairDetails chairDetails(JsonNode v) {
        JsonNode c = present(v, "chair");
        String name = null;
        String function = null;
        String email = null;
        String phone = null;
        if (c != null) {
            name = text(c, "vault.chair.name", MAX_NAME);
            function = text(c, "vault.chair.function", MAX_NAME);
            email = email(c, "vault.chair.email");
            phone = phone(c, "vault.chair.phone");
        }
        String complaints = text(v, "vault.complaints", MAX_CONTACT_TEXT);
        if (c == null && complaints == null) {
            return null;
        }
        return new ChairDetails(name, function, email, phone, complaints);
    }

    private String email(JsonNode parent, String path) {
        String e = text(parent, path, Contacts.MAX_EMAIL);
        if (e != null && !Contacts.validEmail(e)) {
            problem(path, e + " is not an e-mail address");
            return null;
        }
        return e;
    }

    private String phone(JsonNode parent, String path) {
        String p = text(parent, path, Contacts.MAX_PHONE);
        if (p != null && !Contacts.validPhone(p)) {
            problem(path, p + " is not a phone number");
            return null;
        }
        return p;
    }

    /** Per case number the date of the last meeting with the case on its agenda: one pass over the agendas. */
    private static Map<String, LocalDate> lastDiscussed(List<Meeting> meetings) {
        Map<String, LocalDate> last = new HashMap<>();
        for (Meeting m : meetings) {
            for (AgendaItem i : m.items()) {
                last.merge(i.caseNumber(), m.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }

    /**
     * The file has no closing or evaluation date: a closed case counts as closed on the last meeting that
     * discussed it (else its report date); a case without consent is due for evaluation six weeks after that.
     */
    private static CaseFile withDates(CaseFile c, Map<String, LocalDate> lastDiscussed) {
        LocalDate last = lastDiscussed.getOrDefault(c.number(), c.reportedOn());
        LocalDate closed = c.phase() == Phase.AFGESLOTEN ? last : null;
        LocalDate evaluation = c.phase() != Phase.AFGESLOTEN && !c.hasConsent() && last != null
                ? Evaluation.nextAfter(last, Evaluation.DEFAULT_WEEKS) : null;
        return new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), c.domains(), c.consent(),
                c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), evaluation, closed, c.kring());
    }

    private Partner partner(JsonNode n, String path) {
        String id = id(n, path + ".id");
        String name = requiredName(n, path + ".name", MAX_NAME);
        Role role = enumValue(n, path + ".role", Role.class, Role.OVERIG);
        Tier tier = enumValue(n, path + ".tier", Tier.class, Tier.SCHIL);
        LocalDate signed = date(n, path + ".agreementSigned");
        LocalDate ends = date(n, path + ".agreementEnds");
        if (signed != null && ends != null && ends.isBefore(signed)) {
            problem(path + ".agreementEnds", ends + " is before the agreement was signed (" + signed + ")");
        }
        if (signed != null && signed.isAfter(today)) {
            problem(path + ".agreementSigned", signed + " is in the future");
        }
        List<Attendee> attendees = list(n, "attendees", path, (a, p) -> {
            return new Attendee(id(a, p + ".id"), requiredName(a, p + ".name", MAX_NAME), name(a, p + ".function", MAX_NAME),
                    email(a, p + ".email"), phone(a, p + ".phone"));
        });
        if (id == null || name == null) {
            return null;
        }
        String email = email(n, path + ".email");
        String phone = phone(n, path + ".phone");
        return new Partner(id, name, role, tier, signed, ends, attendees.stream().filter(Objects::nonNull).toList(),
                email, phone);
    }

    private CaseFile caseFile(JsonNode n, String path, Map<String, Partner> partners) {
        String number = requiredText(n, path + ".number", 32);
        if (number != null && !number.matches(CaseFile.NUMBER_PATTERN)) {
            problem(path + ".number", number + " is not a case number like 2026-017");
            number = null;
        }
        Client client = client(n.get("client"), path + ".client", partners);
        Referrer referrer = null;
        JsonNode m = n.get("melder");
        if (m != null && !m.isNull()) {
            referrer = new Referrer(name(m, path + ".melder.name", MAX_NAME), name(m, path + ".melder.organisation", MAX_NAME),
                    bool(m, path + ".melder.anonymous"));
        }
        LocalDate reportedOn = pastDate(n, path + ".reportedOn");
        Phase phase = enumValue(n, path + ".phase", Phase.class, null);
        if (phase == null && present(n, "phase") == null) {
            problem(path + ".phase", "is required");
        }
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        JsonNode d = n.get("domains");
        if (d != null && !d.isNull()) {
            for (var e : d.properties()) {
                String dp = path + ".domains." + e.getKey();
                LifeDomain domain = parseEnum(LifeDomain.class, e.getKey());
                if (domain == null) {
                    problem(dp, "unknown leefgebied (expected one of " + Arrays.toString(LifeDomain.values()) + ")");
                    continue;
                }
                Integer score = null;
                JsonNode s = e.getValue().get("score");
                if (s != null && !s.isNull()) {
                    if (!s.isIntegralNumber() || s.asInt() < 1 || s.asInt() > 5) {
                        problem(dp + ".score", s + " is not a score from 1 to 5");
                    } else {
                        score = s.asInt();
                    }
                }
                domains.put(domain, new DomainAssessment(score, text(e.getValue(), dp + ".note", MAX_TEXT),
                        bool(e.getValue(), dp + ".policeNote")));
            }
        }
        Consent consent = null;
        JsonNode c = n.get("consent");
        if (c != null && !c.isNull()) {
            // consent per person (handreiking deel II §4.2-4.3): the child, each parent, a guardian, a representative
            List<ConsentPerson> persons = list(c, "persons", path + ".consent", (pn, pp) -> {
                ConsentPerson.Who who = enumValue(pn, pp + ".who", ConsentPerson.Who.class, null);
                if (who == null && present(pn, "who") == null) {
                    problem(pp + ".who", "is required (CLIENT, PARENT, GUARDIAN or REPRESENTATIVE)");
                }
                ConsentPerson person = new ConsentPerson(who, text(pn, pp + ".name", MAX_NAME),
                        enumValue(pn, pp + ".status", ConsentStatus.class, null), pastDate(pn, pp + ".date"));
                return who == null ? null : person;
            });
            consent = new Consent(enumValue(c, path + ".consent.status", ConsentStatus.class, null),
                    pastDate(c, path + ".consent.date"), text(c, path + ".consent.by", MAX_NAME),
                    persons.stream().filter(Objects::nonNull).toList());
        }
        Informed informed = null;
        JsonNode inf = n.get("informed");
        if (inf != null && !inf.isNull()) {
            JsonNode st = present(inf, "status");
            Boolean status = st == null ? null : st.asBoolean(); // the schema: true, false or null
            informed = new Informed(status, text(inf, path + ".informed.reason", MAX_TEXT));
        }
        List<String> kring = new ArrayList<>();
        JsonNode k = n.get("kring");
        if (k == null || k.isNull() || (k.isArray() && k.isEmpty())) {
            problem(path + ".kring", "is required and names at least one partner");
        } else if (!k.isArray()) {
            problem(path + ".kring", "must be a list of partner ids");
        } else {
            for (int i = 0; i < k.size(); i++) {
                String kp = path + ".kring[" + i + "]";
                String pid = k.get(i).isTextual() ? k.get(i).asText() : null;
                Partner partner = pid == null ? null : partners.get(pid);
                if (partner == null) {
                    problem(kp, (pid == null ? k.get(i).toString() : pid) + " is not a partner in this file");
                } else if (partner.agreementSigned() == null) {
                    problem(kp, pid + " has no signed ketenovereenkomst, so it cannot be in a kring");
                } else if (kring.contains(pid)) {
                    problem(kp, pid + " is named twice");
                } else {
                    kring.add(pid);
                }
            }
        }
        String evident = text(n, path + ".evidentInterest", MAX_TEXT);
        String lighter = text(n, path + ".lighterMeansConsidered", MAX_TEXT);
        // point 5: evaluations of the restriction with outcome and motivation
        List<EvaluationRecord> evals = list(n, "evaluations", path, (en, ep) -> {
            LocalDate on = pastDate(en, ep + ".date");
            if (on == null && present(en, "date") == null) {
                problem(ep + ".date", "is required");
            }
            EvaluationRecord.Outcome outcome = enumValue(en, ep + ".outcome",
                    EvaluationRecord.Outcome.class, null);
            if (outcome == null && present(en, "outcome") == null) {
                problem(ep + ".outcome", "is required (CONTINUE, LIGHTER_MEANS or STOP)");
            }
            String motivation = requiredText(en, ep + ".motivation", EvaluationRecord.MAX_MOTIVATION);
            return on == null || outcome == null || motivation == null ? null
                    : new EvaluationRecord(null, on, outcome, motivation);
        });
        if (number != null && !evals.isEmpty()) {
            evaluations.put(number, evals.stream().filter(Objects::nonNull).toList());
        }
        if (number == null || client == null || phase == null) {
            return null;
        }
        return new CaseFile(number, client, referrer, reportedOn, phase, domains, consent, informed, evident, lighter,
                null, null, kring);
    }

    private Client client(JsonNode n, String path, Map<String, Partner> partners) {
        if (n == null || n.isNull()) {
            problem(path, "is required");
            return null;
        }
        String surname = requiredName(n, path + ".surname", MAX_NAME);
        LocalDate birth = pastDate(n, path + ".birthDate");
        if (birth != null && birth.isBefore(LocalDate.of(1880, 1, 1))) {
            problem(path + ".birthDate", birth + " is not a possible date of birth");
        }
        String bsn = text(n, path + ".bsn", 20);
        if (bsn != null) {
            if (!Bsn.normalize(bsn).matches("\\d{9}")) {
                problem(path + ".bsn", bsn + " is not nine digits");
            } else if (!Bsn.isValid(bsn)) {
                problem(path + ".bsn", bsn + " fails the 11-proef");
            }
            bsn = Bsn.normalize(bsn);
        }
        String phone = text(n, path + ".phone", 40);
        if (phone != null && !phone.matches("[+0-9 ()./-]{6,40}")) {
            problem(path + ".phone", "is not a phone number");
        }
        List<String> aliases = list(n, "aliases", path, (a, p) -> {
            if (!a.isTextual() || a.asText().isBlank()) {
                problem(p, "must be a non-empty text");
                return null;
            }
            if (invisible(p, a.asText())) {
                return null;
            }
            return a.asText().strip();
        });
        List<Relative> relatives = list(n, "relatives", path, (r, p) -> {
            String name = requiredName(r, p + ".name", MAX_NAME);
            String relation = name(r, p + ".relation", 100);
            return name == null ? null : new Relative(name, relation == null ? "familielid" : relation);
        });
        List<FileNumber> fileNumbers = fileNumbers(n, path, partners);
        if (surname == null) {
            return null;
        }
        return new Client(name(n, path + ".firstNames", MAX_NAME), name(n, path + ".roepnaam", 100),
                name(n, path + ".prefix", 40), surname,
                aliases.stream().filter(Objects::nonNull).toList(), birth, bsn,
                text(n, path + ".address", 300), phone,
                relatives.stream().filter(Objects::nonNull).toList(), null, false, fileNumbers);
    }

    /**
     * {@code client.fileNumbers} (issue 12): the partners' own numbers for the client, each {@code partner} (a partner
     * of this file), {@code number} and an optional {@code label}. A number is refused, naming the field, when it is
     * empty, too long, has no digit or fewer than {@link FileNumber#MIN_KEY} letters and digits, or repeats another
     * number of the same partner (spaces, dots and dashes aside).
     */
    private List<FileNumber> fileNumbers(JsonNode n, String path, Map<String, Partner> partners) {
        List<String> paths = new ArrayList<>();
        List<FileNumber> read = list(n, "fileNumbers", path, (f, p) -> {
            String partner = requiredText(f, p + ".partner", 64);
            if (partner != null && !partners.containsKey(partner)) {
                problem(p + ".partner", partner + " is not a partner in this file");
                partner = null;
            }
            String number = requiredName(f, p + ".number", FileNumber.MAX_NUMBER);
            String label = name(f, p + ".label", FileNumber.MAX_LABEL);
            if (partner == null || number == null) {
                return null;
            }
            paths.add(p);
            return new FileNumber(partner, label, number);
        });
        List<FileNumber> numbers = read.stream().filter(Objects::nonNull).toList();
        for (FileNumber.Problem x : FileNumber.problems(numbers)) {
            String p = paths.get(x.index()) + ".number";
            switch (x.reason()) {
                case SHORT -> problem(p, numbers.get(x.index()).number() + " is not a file number (it needs a digit and at least "
                        + FileNumber.MIN_KEY + " letters and digits)");
                case DUPLICATE -> problem(p, numbers.get(x.index()).number() + " is named twice for partner "
                        + numbers.get(x.index()).partnerId());
                default -> problem(p, "is not a valid file number");
            }
        }
        return numbers;
    }

    private Meeting meeting(JsonNode n, String path, Map<String, Partner> partners, Set<String> attendees,
                            Set<String> cases) {
        LocalDate date = date(n, path + ".date");
        if (date == null && present(n, "date") == null) {
            problem(path + ".date", "is required");
        }
        List<String> present = list(n, "present", path, (a, p) -> {
            String id = a.isTextual() ? a.asText() : null;
            if (id == null || !attendees.contains(id)) {
                problem(p, (id == null ? a.toString() : id) + " is not an attendee in this file");
                return null;
            }
            return id;
        });
        Set<String> onAgenda = new HashSet<>();
        List<AgendaItem> items = list(n, "items", path, (it, p) -> {
            String caseNumber = requiredText(it, p + ".case", 32);
            if (caseNumber != null && !cases.contains(caseNumber)) {
                problem(p + ".case", caseNumber + " is not a case in this file");
            } else if (caseNumber != null && !onAgenda.add(caseNumber)) {
                problem(p + ".case", caseNumber + " is on this agenda twice");
            }
            List<MinutesParagraph> minutes = list(it, "minutes", p, (mp, pp) -> {
                boolean general = isGeneral(mp);
                LifeDomain cat = general ? null : enumValue(mp, pp + ".category", LifeDomain.class, null);
                String text = requiredText(mp, pp + ".text", MAX_TEXT);
                boolean police = bool(mp, pp + ".police");
                return text == null ? null : new MinutesParagraph(cat, text, general, police);
            });
            List<Decision> decisions = list(it, "decisions", p, (dn, dp) -> {
                boolean general = isGeneral(dn);
                LifeDomain cat = general ? null : enumValue(dn, dp + ".category", LifeDomain.class, null);
                String action = requiredText(dn, dp + ".action", MAX_TEXT);
                String owner = text(dn, dp + ".owner", 64);
                if (owner != null && !partners.containsKey(owner)) {
                    problem(dp + ".owner", owner + " is not a partner in this file");
                }
                LocalDate due = date(dn, dp + ".due");
                boolean police = bool(dn, dp + ".police"); // issue 15: an action from the police
                return action == null ? null : new Decision(action, owner, due, cat, general, police);
            });
            List<Disclosure> disclosures = list(it, "disclosures", p, (dn, dp) -> disclosure(dn, dp, partners, date));
            return caseNumber == null ? null : new AgendaItem(caseNumber, AgendaItem.DEFAULT_DURATION,
                    minutes.stream().filter(Objects::nonNull).toList(),
                    decisions.stream().filter(Objects::nonNull).toList(),
                    disclosures.stream().filter(Objects::nonNull).toList());
        });
        if (date == null) {
            return null;
        }
        return new Meeting(date, text(n, path + ".location", MAX_NAME), null,
                present.stream().filter(Objects::nonNull).toList(),
                items.stream().filter(Objects::nonNull).toList());
    }

    private Disclosure disclosure(JsonNode n, String path, Map<String, Partner> partners, LocalDate meetingDate) {
        // a leefgebied or, since issue 15, other data: IDENTITEITSGEGEVENS, CONTACT_HULPVERLENERS, POLITIEGEGEVENS
        List<Object> named = list(n, "categories", path, (c, p) -> {
            Object d = c.isTextual() ? DataCategory.parse(c.asText()) : null;
            if (d == null) {
                problem(p, c + " is not a leefgebied or data category (expected one of "
                        + Arrays.toString(LifeDomain.values()) + " or "
                        + Arrays.toString(DataCategory.values()) + ")");
            }
            return d;
        });
        List<LifeDomain> cats = named.stream().filter(LifeDomain.class::isInstance).map(LifeDomain.class::cast).toList();
        List<DataCategory> others = named.stream().filter(DataCategory.class::isInstance)
                .map(DataCategory.class::cast).toList();
        if (named.isEmpty()) {
            problem(path + ".categories", "names at least one data category");
        }
        List<String> to = list(n, "to", path, (t, p) -> {
            String id = t.isTextual() ? t.asText() : null;
            if (id == null || !partners.containsKey(id)) {
                problem(p, (id == null ? t.toString() : id) + " is not a partner in this file");
                return null;
            }
            return id;
        });
        if (to.isEmpty()) {
            problem(path + ".to", "names at least one partner");
        }
        DisclosureBasis basis = enumValue(n, path + ".basis", DisclosureBasis.class, null);
        if (basis == null && present(n, "basis") == null) {
            problem(path + ".basis", "is required");
        }
        LocalDate date = date(n, path + ".date");
        // point 7: the partner that disclosed
        String from = text(n, path + ".from", 64);
        if (from != null && !partners.containsKey(from)) {
            problem(path + ".from", from + " is not a partner in this file");
            from = null;
        }
        // deel II §4.5: a conflict van plichten names each of its six conditions
        ConflictOfDuties cod = null;
        JsonNode cn = present(n, "conflictOfDuties");
        if (cn != null) {
            Map<ConflictOfDuties.Condition, String> texts = new EnumMap<>(ConflictOfDuties.Condition.class);
            for (ConflictOfDuties.Condition cond : ConflictOfDuties.Condition.values()) {
                texts.put(cond, text(cn, path + ".conflictOfDuties." + cond.key(), MAX_TEXT));
            }
            cod = ConflictOfDuties.of(texts);
        }
        if (basis == DisclosureBasis.CONFLICT_VAN_PLICHTEN) {
            if (cn == null) {
                problem(path + ".conflictOfDuties", "is required when the basis is CONFLICT_VAN_PLICHTEN: a short text "
                        + "for each of consentSought, seriousHarmToOther, dilemma, noOtherWay, harmPrevented, minimalBreach");
            } else if (cod != null) {
                for (ConflictOfDuties.Condition missing : cod.missing()) {
                    problem(path + ".conflictOfDuties." + missing.key(), "is required when the basis is CONFLICT_VAN_PLICHTEN");
                }
            }
        } else if (cod != null) {
            problem(path + ".conflictOfDuties", "belongs only to the basis CONFLICT_VAN_PLICHTEN");
        }
        return basis == null ? null : new Disclosure(cats.stream().filter(Objects::nonNull).toList(),
                to.stream().filter(Objects::nonNull).toList(), basis, text(n, path + ".why", MAX_TEXT),
                text(n, path + ".whyNotInformed", MAX_TEXT), text(n, path + ".decidedBy", MAX_NAME),
                date != null ? date : meetingDate).withSource(from, cod).withOtherCategories(others);
    }

    // --- small typed readers that record problems ---

    private <T> List<T> list(JsonNode parent, String key, BiFunction<JsonNode, String, T> reader) {
        return list(parent, key, "", reader);
    }

    private <T> List<T> list(JsonNode parent, String key, String parentPath,
                             BiFunction<JsonNode, String, T> reader) {
        String path = parentPath.isEmpty() ? key : parentPath + "." + key;
        JsonNode n = parent.get(key);
        List<T> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            out.add(reader.apply(n.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static JsonNode present(JsonNode parent, String key) {
        JsonNode n = parent.get(key);
        return n == null || n.isNull() ? null : n;
    }

    private String text(JsonNode parent, String path, int max) {
        JsonNode n = present(parent, leaf(path));
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            problem(path, n + " is not a text");
            return null;
        }
        String s = n.asText();
        if (s.length() > max) {
            problem(path, "is longer than " + max + " characters");
            return null;
        }
        if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            problem(path, "contains control characters");
            return null;
        }
        // Free text: invisible format characters (zero-width space/joiner, bidi controls) and soft hyphens removed,
        // so that no name hides behind them from the recogniser (names refuse them: see name()).
        s = INVISIBLE.matcher(s).replaceAll("");
        return s.isBlank() ? null : s.strip();
    }

    /**
     * A name (of a client, relative, melder, partner or attendee): like {@link #text}, but a Unicode format character
     * (category Cf) or a soft hyphen is refused, naming the field and line, rather than silently removed: a name with
     * a hidden character is not the name the chair meant, and the recogniser would miss it.
     */
    private String name(JsonNode parent, String path, int max) {
        JsonNode n = present(parent, leaf(path));
        if (n != null && n.isTextual() && invisible(path, n.asText())) {
            return null;
        }
        return text(parent, path, max);
    }

    private String requiredName(JsonNode parent, String path, int max) {
        JsonNode n = present(parent, leaf(path));
        if (n != null && n.isTextual() && invisible(path, n.asText())) {
            return null;
        }
        return requiredText(parent, path, max);
    }

    /** Reports an invisible character in a name; true when there is one. */
    private boolean invisible(String path, String s) {
        Matcher m = INVISIBLE.matcher(s);
        if (!m.find()) {
            return false;
        }
        problem(path, String.format("contains an invisible character (U+%04X) at position %d; retype the name without it",
                (int) m.group().charAt(0), m.start() + 1));
        return true;
    }

    private String requiredText(JsonNode parent, String path, int max) {
        if (present(parent, leaf(path)) == null) {
            problem(path, "is required");
            return null;
        }
        String s = text(parent, path, max);
        if (s == null && problems.stream().noneMatch(p -> p.startsWith(path + ":"))) {
            problem(path, "must not be empty");
        }
        return s;
    }

    private String id(JsonNode parent, String path) {
        String s = requiredText(parent, path, 64);
        if (s != null && !s.matches(ID_PATTERN)) {
            problem(path, s + " is not a valid id (letters, digits, '.', '_' or '-')");
            return null;
        }
        return s;
    }

    /** A flag: absent or null is false (the schema lets only true, false or null through). */
    private static boolean bool(JsonNode parent, String path) {
        JsonNode n = present(parent, leaf(path));
        return n != null && n.asBoolean();
    }

    /** A date, or null when absent (the schema lets only a real ISO date like 2026-11-26 or null through). */
    private static LocalDate date(JsonNode parent, String path) {
        JsonNode n = present(parent, leaf(path));
        return n == null ? null : LocalDate.parse(n.asText());
    }

    /** A date that cannot lie in the future (a birth, a report, a consent). */
    private LocalDate pastDate(JsonNode parent, String path) {
        LocalDate d = date(parent, path);
        if (d != null && d.isAfter(today)) {
            problem(path, d + " is in the future");
            return null;
        }
        return d;
    }

    /** A paragraph's or decision's {@code category} may be ALGEMEEN: every kring member of the item. */
    private static boolean isGeneral(JsonNode parent) {
        JsonNode c = parent.get("category");
        return c != null && c.isTextual() && Categories.isGeneral(c.asText());
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String path, Class<E> type, E fallback) {
        JsonNode n = present(parent, leaf(path));
        if (n == null) {
            return fallback;
        }
        E value = n.isTextual() ? parseEnum(type, n.asText()) : null;
        if (value == null) {
            problem(path, n + " is not one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        return null;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private void problem(String path, String message) {
        int line = json.line(path);
        if (line == 0) {
            // The field is absent: point at its parent.
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
            line = json.line(parent);
        }
        problems.add((path.isEmpty() ? "file" : path) + ": " + message + (line > 0 ? " (line " + line + ")" : ""));
    }

}
