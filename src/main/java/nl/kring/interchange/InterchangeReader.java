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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * field (e.g. {@code cases[2].client.bsn}) and its line. The structure (types, required fields, lengths, ids,
 * enumerations, ranges, list sizes) is {@link InterchangeSchema}'s alone; this class reads a file that has it and makes
 * the domain checks (docs/interchange.md, "Who checks what").
 */
public final class InterchangeReader {
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_NAME = 200;
    private static final int MAX_CONTACT_TEXT = 1000;
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
        Integer months = integer(n, "vault.retentionMonths");
        Integer weeks = integer(n, "vault.evaluationWeeks");
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
        List<Role> roles = list(vault, "policeRoles", "vault", (r, p) -> parseEnum(Role.class, r, p));
        return new PoliceRule(new HashSet<>(roles));
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
        List<String> signedBy = list(a, "signedBy", path, InterchangeReader::shapedText);
        for (int i = 0; i < signedBy.size(); i++) {
            String pid = signedBy.get(i);
            if (!partners.containsKey(pid)) {
                problem(path + ".signedBy[" + i + "]", pid + " is not a partner in this file");
            } else if (by.contains(pid)) {
                problem(path + ".signedBy[" + i + "]", pid + " is named twice");
            } else {
                by.add(pid);
            }
        }
        return new ChainAgreement(purpose, storage, rights, reporting, name, function, contact, signedOn, by);
    }

    /**
     * A whole number, or null when absent; its range is the schema's ({@code minimum}, {@code maximum}). Like the
     * schema (JSON Schema's {@code integer}), {@code 24.0} is the whole number 24.
     */
    private static Integer integer(JsonNode parent, String path) {
        JsonNode n = present(parent, leaf(path));
        if (n == null) {
            return null;
        }
        if (!n.isNumber() || !n.canConvertToExactIntegral() || !n.canConvertToInt()) {
            throw notChecked(path);
        }
        return n.intValue();
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
        String id = shapedText(n.get("id"), path + ".id");
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
            return new Attendee(shapedText(a.get("id"), p + ".id"), requiredName(a, p + ".name", MAX_NAME), name(a, p + ".function", MAX_NAME),
                    email(a, p + ".email"), phone(a, p + ".phone"));
        });
        if (name == null) {
            return null;
        }
        String email = email(n, path + ".email");
        String phone = phone(n, path + ".phone");
        return new Partner(id, name, role, tier, signed, ends, attendees.stream().filter(Objects::nonNull).toList(),
                email, phone);
    }

    private CaseFile caseFile(JsonNode n, String path, Map<String, Partner> partners) {
        String number = shapedText(n.get("number"), path + ".number"); // the schema's pattern: YYYY-NNN
        Client client = client(n.get("client"), path + ".client", partners);
        Referrer referrer = null;
        JsonNode m = n.get("melder");
        if (m != null && !m.isNull()) {
            referrer = new Referrer(name(m, path + ".melder.name", MAX_NAME), name(m, path + ".melder.organisation", MAX_NAME),
                    bool(m, path + ".melder.anonymous"));
        }
        LocalDate reportedOn = pastDate(n, path + ".reportedOn");
        Phase phase = enumValue(n, path + ".phase", Phase.class, null);
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        JsonNode d = n.get("domains");
        if (d != null && !d.isNull()) {
            for (var e : d.properties()) {
                String dp = path + ".domains." + e.getKey();
                LifeDomain domain = parseEnum(LifeDomain.class, e.getKey(), dp); // the schema's keys: the eleven
                Integer score = integer(e.getValue(), dp + ".score"); // the schema: 1 to 5
                domains.put(domain, new DomainAssessment(score, text(e.getValue(), dp + ".note", MAX_TEXT),
                        bool(e.getValue(), dp + ".policeNote")));
            }
        }
        Consent consent = null;
        JsonNode c = n.get("consent");
        if (c != null && !c.isNull()) {
            // consent per person (handreiking deel II §4.2-4.3): the child, each parent, a guardian, a representative
            List<ConsentPerson> persons = list(c, "persons", path + ".consent", (pn, pp) -> {
                ConsentPerson.Who who = enumValue(pn, pp + ".who", ConsentPerson.Who.class, null); // required
                return new ConsentPerson(who, text(pn, pp + ".name", MAX_NAME),
                        enumValue(pn, pp + ".status", ConsentStatus.class, null), pastDate(pn, pp + ".date"));
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
        List<String> named = list(n, "kring", path, InterchangeReader::shapedText); // the schema: at least one
        for (int i = 0; i < named.size(); i++) {
            String kp = path + ".kring[" + i + "]";
            String pid = named.get(i);
            Partner partner = partners.get(pid);
            if (partner == null) {
                problem(kp, pid + " is not a partner in this file");
            } else if (partner.agreementSigned() == null) {
                problem(kp, pid + " has no signed ketenovereenkomst, so it cannot be in a kring");
            } else if (kring.contains(pid)) {
                problem(kp, pid + " is named twice");
            } else {
                kring.add(pid);
            }
        }
        String evident = text(n, path + ".evidentInterest", MAX_TEXT);
        String lighter = text(n, path + ".lighterMeansConsidered", MAX_TEXT);
        // point 5: evaluations of the restriction with outcome and motivation
        List<EvaluationRecord> evals = list(n, "evaluations", path, (en, ep) -> {
            LocalDate on = pastDate(en, ep + ".date"); // required, like the outcome
            EvaluationRecord.Outcome outcome = enumValue(en, ep + ".outcome",
                    EvaluationRecord.Outcome.class, null);
            String motivation = requiredText(en, ep + ".motivation", EvaluationRecord.MAX_MOTIVATION);
            return on == null || outcome == null || motivation == null ? null
                    : new EvaluationRecord(null, on, outcome, motivation);
        });
        if (number != null && !evals.isEmpty()) {
            evaluations.put(number, evals.stream().filter(Objects::nonNull).toList());
        }
        if (client == null) {
            return null;
        }
        return new CaseFile(number, client, referrer, reportedOn, phase, domains, consent, informed, evident, lighter,
                null, null, kring);
    }

    private Client client(JsonNode n, String path, Map<String, Partner> partners) {
        if (n == null || !n.isObject()) {
            throw notChecked(path);
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
            String alias = shapedText(a, p); // the schema: a text of at most 200
            if (alias.isBlank()) {
                problem(p, "must be a non-empty text");
                return null;
            }
            if (invisible(p, alias) || controls(p, alias)) {
                return null;
            }
            return alias.strip();
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
        LocalDate date = date(n, path + ".date"); // required
        List<String> present = list(n, "present", path, (a, p) -> {
            String id = shapedText(a, p);
            if (!attendees.contains(id)) {
                problem(p, id + " is not an attendee in this file");
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
        return new Meeting(date, text(n, path + ".location", MAX_NAME), null,
                present.stream().filter(Objects::nonNull).toList(),
                items.stream().filter(Objects::nonNull).toList());
    }

    private Disclosure disclosure(JsonNode n, String path, Map<String, Partner> partners, LocalDate meetingDate) {
        // a leefgebied or, since issue 15, other data: IDENTITEITSGEGEVENS, CONTACT_HULPVERLENERS, POLITIEGEGEVENS
        // the schema: at least one, each a leefgebied or a data category
        List<Object> named = list(n, "categories", path, (c, p) -> {
            Object d = DataCategory.parse(shapedText(c, p));
            if (d == null) {
                throw notChecked(p);
            }
            return d;
        });
        List<LifeDomain> cats = named.stream().filter(LifeDomain.class::isInstance).map(LifeDomain.class::cast).toList();
        List<DataCategory> others = named.stream().filter(DataCategory.class::isInstance)
                .map(DataCategory.class::cast).toList();
        List<String> to = list(n, "to", path, (t, p) -> { // the schema: at least one
            String id = shapedText(t, p);
            if (!partners.containsKey(id)) {
                problem(p, id + " is not a partner in this file");
                return null;
            }
            return id;
        });
        DisclosureBasis basis = enumValue(n, path + ".basis", DisclosureBasis.class, null); // required
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
        return new Disclosure(cats,
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

    /**
     * A text, or null when absent or blank. Its type and its length in characters are the schema's; what stays here is
     * what the schema cannot say: the length as stored, where a character outside the Basic Multilingual Plane (an
     * emoji) takes two places ({@code maxLength} counts it once), control characters, and invisible ones.
     */
    private String text(JsonNode parent, String path, int max) {
        JsonNode n = present(parent, leaf(path));
        if (n == null) {
            return null;
        }
        String s = shapedText(n, path);
        if (s.length() > max) {
            problem(path, "is longer than " + max + " characters as stored (an emoji counts as two)");
            return null;
        }
        if (controls(path, s)) {
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

    /** A required text (the schema: present, a text, not only ASCII spaces); blank in any script is refused here. */
    private String requiredText(JsonNode parent, String path, int max) {
        if (present(parent, leaf(path)) == null) {
            throw notChecked(path);
        }
        String s = text(parent, path, max);
        if (s == null && problems.stream().noneMatch(p -> p.startsWith(path + ":"))) {
            problem(path, "must not be empty");
        }
        return s;
    }

    /** Control characters other than line breaks and tabs; reported, true when there is one. */
    private boolean controls(String path, String s) {
        if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            problem(path, "contains control characters");
            return true;
        }
        return false;
    }

    /**
     * A text the schema has shaped (an id, a case number, a reference to a partner or an attendee, a list entry):
     * taken as it is.
     */
    private static String shapedText(JsonNode n, String path) {
        if (n == null || !n.isTextual()) {
            throw notChecked(path);
        }
        return n.asText();
    }

    /**
     * The reader assumes the shape the schema guarantees; a value without it means {@link #read} was bypassed.
     * A programming error, never a message for a user: the schema names every such problem first.
     */
    private static IllegalStateException notChecked(String path) {
        return new IllegalStateException(path + " does not have the shape of interchange.schema.json; "
                + "the file was not checked against the schema");
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

    /** An enumeration's value, or the fallback when absent (the schema's {@code enum} lists the allowed names). */
    private static <E extends Enum<E>> E enumValue(JsonNode parent, String path, Class<E> type, E fallback) {
        JsonNode n = present(parent, leaf(path));
        return n == null ? fallback : parseEnum(type, n, path);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, JsonNode n, String path) {
        return parseEnum(type, shapedText(n, path), path);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s, String path) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw notChecked(path);
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
