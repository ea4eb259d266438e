package nl.kring.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.Bsn;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.Informed;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Reads and validates the whole interchange file of DESIGN.md before anything is stored. Every problem names the
 * field (e.g. {@code cases[2].client.bsn}) and its line.
 */
public final class InterchangeReader {
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_NAME = 200;
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final LocatedJson json;
    private final List<String> problems = new ArrayList<>();
    private final LocalDate today;

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
        Interchange result = r.interchange(json.root());
        if (!r.problems.isEmpty()) {
            throw new InterchangeException(r.problems);
        }
        return result;
    }

    private Interchange interchange(JsonNode root) {
        if (!root.isObject()) {
            problem("", "the file must hold a JSON object with partners, cases and meetings");
            return null;
        }
        keys(root, "", "partners", "cases", "meetings");
        List<Partner> partners = list(root, "partners", this::partner);
        Map<String, Partner> byId = new java.util.HashMap<>();
        Set<String> attendeeIds = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            if (p == null) {
                continue;
            }
            if (byId.put(p.id(), p) != null) {
                problem("partners[" + i + "].id", p.id() + " is used twice");
            }
            for (int a = 0; a < p.attendees().size(); a++) {
                if (!attendeeIds.add(p.attendees().get(a).id())) {
                    problem("partners[" + i + "].attendees[" + a + "].id", p.attendees().get(a).id() + " is used twice");
                }
            }
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
        List<Meeting> validMeetings = meetings.stream().filter(java.util.Objects::nonNull).toList();
        Map<String, LocalDate> lastDiscussed = lastDiscussed(validMeetings);
        return new Interchange(partners.stream().filter(java.util.Objects::nonNull).toList(),
                cases.stream().filter(java.util.Objects::nonNull).map(c -> withDates(c, lastDiscussed)).toList(),
                validMeetings);
    }

    /** Per case number the date of the last meeting with the case on its agenda: one pass over the agendas. */
    private static Map<String, LocalDate> lastDiscussed(List<Meeting> meetings) {
        Map<String, LocalDate> last = new java.util.HashMap<>();
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
                ? nl.kring.domain.Evaluation.nextAfter(last, nl.kring.domain.Evaluation.DEFAULT_WEEKS) : null;
        return new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), c.domains(), c.consent(),
                c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), evaluation, closed, c.kring());
    }

    private Partner partner(JsonNode n, String path) {
        if (!object(n, path)) {
            return null;
        }
        keys(n, path, "id", "name", "role", "tier", "agreementSigned", "agreementEnds", "attendees");
        String id = id(n, path + ".id");
        String name = requiredText(n, path + ".name", MAX_NAME);
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
            if (!object(a, p)) {
                return null;
            }
            keys(a, p, "id", "name", "function");
            return new Attendee(id(a, p + ".id"), requiredText(a, p + ".name", MAX_NAME), text(a, p + ".function", MAX_NAME));
        });
        if (id == null || name == null) {
            return null;
        }
        return new Partner(id, name, role, tier, signed, ends, attendees.stream().filter(java.util.Objects::nonNull).toList());
    }

    private CaseFile caseFile(JsonNode n, String path, Map<String, Partner> partners) {
        if (!object(n, path)) {
            return null;
        }
        keys(n, path, "number", "client", "melder", "reportedOn", "phase", "domains", "consent", "informed",
                "evidentInterest", "lighterMeansConsidered", "kring");
        String number = requiredText(n, path + ".number", 32);
        if (number != null && !number.matches(CaseFile.NUMBER_PATTERN)) {
            problem(path + ".number", number + " is not a case number like 2026-017");
            number = null;
        }
        Client client = client(n.get("client"), path + ".client");
        Referrer referrer = null;
        JsonNode m = n.get("melder");
        if (m != null && !m.isNull() && object(m, path + ".melder")) {
            keys(m, path + ".melder", "name", "organisation", "anonymous");
            referrer = new Referrer(text(m, path + ".melder.name", MAX_NAME), text(m, path + ".melder.organisation", MAX_NAME),
                    bool(m, path + ".melder.anonymous"));
        }
        LocalDate reportedOn = pastDate(n, path + ".reportedOn");
        Phase phase = enumValue(n, path + ".phase", Phase.class, null);
        if (phase == null && present(n, "phase") == null) {
            problem(path + ".phase", "is required");
        }
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        JsonNode d = n.get("domains");
        if (d != null && !d.isNull() && object(d, path + ".domains")) {
            for (var e : d.properties()) {
                String dp = path + ".domains." + e.getKey();
                LifeDomain domain = parseEnum(LifeDomain.class, e.getKey());
                if (domain == null) {
                    problem(dp, "unknown leefgebied (expected one of " + Arrays.toString(LifeDomain.values()) + ")");
                    continue;
                }
                if (!object(e.getValue(), dp)) {
                    continue;
                }
                keys(e.getValue(), dp, "score", "note");
                Integer score = null;
                JsonNode s = e.getValue().get("score");
                if (s != null && !s.isNull()) {
                    if (!s.isIntegralNumber() || s.asInt() < 1 || s.asInt() > 5) {
                        problem(dp + ".score", s + " is not a score from 1 to 5");
                    } else {
                        score = s.asInt();
                    }
                }
                domains.put(domain, new DomainAssessment(score, text(e.getValue(), dp + ".note", MAX_TEXT)));
            }
        }
        Consent consent = null;
        JsonNode c = n.get("consent");
        if (c != null && !c.isNull() && object(c, path + ".consent")) {
            keys(c, path + ".consent", "status", "date", "by");
            consent = new Consent(enumValue(c, path + ".consent.status", ConsentStatus.class, null),
                    pastDate(c, path + ".consent.date"), text(c, path + ".consent.by", MAX_NAME));
        }
        Informed informed = null;
        JsonNode inf = n.get("informed");
        if (inf != null && !inf.isNull() && object(inf, path + ".informed")) {
            keys(inf, path + ".informed", "status", "reason");
            JsonNode st = inf.get("status");
            Boolean status = null;
            if (st != null && !st.isNull()) {
                if (!st.isBoolean()) {
                    problem(path + ".informed.status", st + " is not true or false");
                } else {
                    status = st.asBoolean();
                }
            }
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
        if (number == null || client == null || phase == null) {
            return null;
        }
        return new CaseFile(number, client, referrer, reportedOn, phase, domains, consent, informed, evident, lighter,
                null, null, kring);
    }

    private Client client(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            problem(path, "is required");
            return null;
        }
        if (!object(n, path)) {
            return null;
        }
        keys(n, path, "firstNames", "roepnaam", "prefix", "surname", "aliases", "birthDate", "bsn", "address", "phone",
                "relatives");
        String surname = requiredText(n, path + ".surname", MAX_NAME);
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
            return a.asText().strip();
        });
        List<Relative> relatives = list(n, "relatives", path, (r, p) -> {
            if (!object(r, p)) {
                return null;
            }
            keys(r, p, "name", "relation");
            String name = requiredText(r, p + ".name", MAX_NAME);
            String relation = text(r, p + ".relation", 100);
            return name == null ? null : new Relative(name, relation == null ? "familielid" : relation);
        });
        if (surname == null) {
            return null;
        }
        return new Client(text(n, path + ".firstNames", MAX_NAME), text(n, path + ".roepnaam", 100),
                text(n, path + ".prefix", 40), surname,
                aliases.stream().filter(java.util.Objects::nonNull).toList(), birth, bsn,
                text(n, path + ".address", 300), phone,
                relatives.stream().filter(java.util.Objects::nonNull).toList(), null, false);
    }

    private Meeting meeting(JsonNode n, String path, Map<String, Partner> partners, Set<String> attendees,
                            Set<String> cases) {
        if (!object(n, path)) {
            return null;
        }
        keys(n, path, "date", "location", "present", "items");
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
            if (!object(it, p)) {
                return null;
            }
            keys(it, p, "case", "minutes", "decisions", "disclosures");
            String caseNumber = requiredText(it, p + ".case", 32);
            if (caseNumber != null && !cases.contains(caseNumber)) {
                problem(p + ".case", caseNumber + " is not a case in this file");
            } else if (caseNumber != null && !onAgenda.add(caseNumber)) {
                problem(p + ".case", caseNumber + " is on this agenda twice");
            }
            List<MinutesParagraph> minutes = list(it, "minutes", p, (mp, pp) -> {
                if (!object(mp, pp)) {
                    return null;
                }
                keys(mp, pp, "category", "text");
                LifeDomain cat = enumValue(mp, pp + ".category", LifeDomain.class, null);
                String text = requiredText(mp, pp + ".text", MAX_TEXT);
                return text == null ? null : new MinutesParagraph(cat, text);
            });
            List<Decision> decisions = list(it, "decisions", p, (dn, dp) -> {
                if (!object(dn, dp)) {
                    return null;
                }
                keys(dn, dp, "action", "owner", "due");
                String action = requiredText(dn, dp + ".action", MAX_TEXT);
                String owner = text(dn, dp + ".owner", 64);
                if (owner != null && !partners.containsKey(owner)) {
                    problem(dp + ".owner", owner + " is not a partner in this file");
                }
                LocalDate due = date(dn, dp + ".due");
                return action == null ? null : new Decision(action, owner, due);
            });
            List<Disclosure> disclosures = list(it, "disclosures", p, (dn, dp) -> disclosure(dn, dp, partners, date));
            return caseNumber == null ? null : new AgendaItem(caseNumber, AgendaItem.DEFAULT_DURATION,
                    minutes.stream().filter(java.util.Objects::nonNull).toList(),
                    decisions.stream().filter(java.util.Objects::nonNull).toList(),
                    disclosures.stream().filter(java.util.Objects::nonNull).toList());
        });
        if (date == null) {
            return null;
        }
        return new Meeting(date, text(n, path + ".location", MAX_NAME), null,
                present.stream().filter(java.util.Objects::nonNull).toList(),
                items.stream().filter(java.util.Objects::nonNull).toList());
    }

    private Disclosure disclosure(JsonNode n, String path, Map<String, Partner> partners, LocalDate meetingDate) {
        if (!object(n, path)) {
            return null;
        }
        keys(n, path, "categories", "to", "basis", "why", "whyNotInformed", "decidedBy", "date");
        List<LifeDomain> cats = list(n, "categories", path, (c, p) -> {
            LifeDomain d = c.isTextual() ? parseEnum(LifeDomain.class, c.asText()) : null;
            if (d == null) {
                problem(p, c + " is not a leefgebied");
            }
            return d;
        });
        if (cats.isEmpty()) {
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
        return basis == null ? null : new Disclosure(cats.stream().filter(java.util.Objects::nonNull).toList(),
                to.stream().filter(java.util.Objects::nonNull).toList(), basis, text(n, path + ".why", MAX_TEXT),
                text(n, path + ".whyNotInformed", MAX_TEXT), text(n, path + ".decidedBy", MAX_NAME),
                date != null ? date : meetingDate);
    }

    // --- small typed readers that record problems ---

    private <T> List<T> list(JsonNode parent, String key, java.util.function.BiFunction<JsonNode, String, T> reader) {
        return list(parent, key, "", reader);
    }

    private <T> List<T> list(JsonNode parent, String key, String parentPath,
                             java.util.function.BiFunction<JsonNode, String, T> reader) {
        String path = parentPath.isEmpty() ? key : parentPath + "." + key;
        JsonNode n = parent.get(key);
        List<T> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            problem(path, "must be a list");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            out.add(reader.apply(n.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private boolean object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        return true;
    }

    private void keys(JsonNode n, String path, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (String name : (Iterable<String>) () -> n.fieldNames()) {
            if (!ok.contains(name)) {
                problem(path.isEmpty() ? name : path + "." + name, "unknown field");
            }
        }
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
        return s.isBlank() ? null : s.strip();
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

    private boolean bool(JsonNode parent, String path) {
        JsonNode n = present(parent, leaf(path));
        if (n == null) {
            return false;
        }
        if (!n.isBoolean()) {
            problem(path, n + " is not true or false");
            return false;
        }
        return n.asBoolean();
    }

    private LocalDate date(JsonNode parent, String path) {
        JsonNode n = present(parent, leaf(path));
        if (n == null) {
            return null;
        }
        if (!n.isTextual() || !n.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            problem(path, n + " is not a date like 2026-11-26");
            return null;
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            problem(path, n.asText() + " is not a real date");
            return null;
        }
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
