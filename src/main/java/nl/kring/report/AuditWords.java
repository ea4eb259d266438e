package nl.kring.report;

import nl.kring.domain.Attendee;
import nl.kring.domain.DataCategory;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit log in Dutch words (issue 13): renders what an entry's detail stored (English words, partner and attendee
 * ids, enum names) for the chair and the privacy officer. The log itself is hash-chained and never changes; this only
 * reads it. Every detail pattern the code writes has a rule here; a detail that matches none, or that names a value
 * the rule does not know, is shown exactly as stored, never guessed. Partner and attendee ids become their names from
 * the register; an id no longer in the register stays as stored, marked as such. Entries name case numbers and
 * professionals only: nothing here looks up a client.
 */
public final class AuditWords {
    /** The mark behind an id that the register no longer holds. */
    public static final String GONE = " (niet meer in het register)";
    private static final String BUNDLE = "nl.kring.ui.messages";

    private final Map<String, String> partners;
    private final Map<String, Attendee> attendees;
    private final Map<String, String> attendeePartner;
    private final ResourceBundle dutch;
    private final Map<String, List<Rule>> rules = new LinkedHashMap<>();

    /** Thrown by a rule that meets a value it does not know: the detail is then shown as stored. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private record Rule(Pattern pattern, Function<Matcher, String> render) {
    }

    private AuditWords(List<Partner> register) {
        partners = new LinkedHashMap<>();
        attendees = new LinkedHashMap<>();
        attendeePartner = new LinkedHashMap<>();
        for (Partner p : register) {
            partners.put(p.id(), p.name());
            for (Attendee a : p.attendees()) {
                attendees.put(a.id(), a);
                attendeePartner.put(a.id(), p.id());
            }
        }
        dutch = ResourceBundle.getBundle(BUNDLE, Locale.of("nl"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        defineRules();
    }

    /** The presenter for the partners (and their attendees) now in the register. */
    public static AuditWords of(List<Partner> register) {
        return new AuditWords(register);
    }

    /** The action in Dutch ("Casus aangemaakt"); an action this version does not know shows as stored. */
    public String action(String action) {
        return action == null ? "" : bundle("audit.action." + action).orElse(action);
    }

    /** The subject: a case number or meeting date as stored; a partner's id becomes its name. */
    public String subject(String action, String subject) {
        if (subject == null) {
            return "";
        }
        if ("PARTNER_CHANGED".equals(action)) {
            return partner(subject);
        }
        return subject;
    }

    /** The detail in Dutch words; as stored when it matches no known pattern; "" when there is none. */
    public String detail(String action, String detail) {
        if (detail == null) {
            return "";
        }
        for (Rule r : rules.getOrDefault(action, List.of())) {
            Matcher m = r.pattern().matcher(detail);
            if (m.matches()) {
                try {
                    return r.render().apply(m);
                } catch (Unknown | DateTimeParseException | IllegalArgumentException e) {
                    return detail;
                }
            }
        }
        return detail;
    }

    /** Whether {@link #detail} has words for this detail (false: it is shown as stored). */
    public boolean knows(String action, String detail) {
        return detail == null || !detail(action, detail).equals(detail);
    }

    // ---- the patterns the code writes (grep AuditLog.Action in src/main/java) ----

    private void rule(String action, String regex, Function<Matcher, String> render) {
        rules.computeIfAbsent(action, k -> new ArrayList<>()).add(new Rule(Pattern.compile(regex, Pattern.DOTALL), render));
    }

    private void defineRules() {
        String date = "(\\d{4}-\\d{2}-\\d{2})";
        String n = "(\\d+)";
        // KringApplication --demo
        rule("VAULT_CREATED", "demo", m -> "demokluis met verzonnen gegevens");
        // Importer.Counts
        rule("IMPORT", n + " partners, " + n + " cases, " + n + " meetings, " + n + " agenda items",
                m -> "geïmporteerd: " + count(m.group(1), "partner", "partners") + ", "
                        + count(m.group(2), "casus", "casussen") + ", " + count(m.group(3), "vergadering", "vergaderingen")
                        + ", " + count(m.group(4), "agendapunt", "agendapunten"));
        // CasesViewModel: evaluation
        for (String a : List.of("CASE_CREATED", "CASE_CHANGED")) {
            rule(a, "evaluation of the restriction recorded, next due " + date,
                    m -> "evaluatie van de beperking vastgelegd; de volgende uiterlijk " + day(m.group(1)));
            rule(a, "evaluation of the restriction recorded, next due null",
                    m -> "evaluatie van de beperking vastgelegd; geen volgende evaluatie gepland");
        }
        // PossibleNamesReview (minutes editor): relative from the minutes
        rule("CASE_CHANGED", "relative added from the minutes of " + date,
                m -> "familielid toegevoegd vanuit het verslag van " + day(m.group(1)));
        // CaseService: the partners' file numbers of the client (issue 12)
        rule("CASE_CHANGED", "partner file numbers changed: " + n + " \\[([^\\]]*)\\]",
                m -> m.group(1).equals("0") ? "alle dossiernummers van partners verwijderd"
                        : "dossiernummers van partners gewijzigd: nu " + m.group(1) + " (van "
                        + partnerList(m.group(2), ", ") + ")");
        // Importer: kring changed
        rule("CASE_CHANGED", "re-import changed the kring from \\[([^\\]]*)\\] to \\[([^\\]]*)\\] \\(an access change\\)",
                m -> "herimport wijzigde de kring van " + partnerList(m.group(1), ", ") + " naar "
                        + partnerList(m.group(2), ", ") + " (een wijziging van wie de casus mag bespreken)");
        // MeetingRoomViewModel: presentation
        rule("CASE_VIEWED_IN_PRESENTATION", "present=(\\S*) case=(\\S+) audience=([A-Z_]+) identity=\\[([^\\]]*)\\]"
                        + " referrer=(yes|no) volledig=\\[([^\\]]*)\\] signaal=\\[([^\\]]*)\\] minutes=(\\d+)/(\\d+)"
                        + " decisions=(yes|no) legal=(yes|no) disclosures=(yes|no)( override=yes)?",
                this::presented);
        // PartnersViewModel
        rule("PARTNER_CHANGED", "created", m -> "partner toegevoegd");
        rule("PARTNER_CHANGED", "changed", m -> "partner gewijzigd");
        rule("PARTNER_CHANGED", "deleted", m -> "partner verwijderd");
        // MeetingsViewModel
        rule("MEETING_CHANGED", "created", m -> "vergadering aangemaakt");
        rule("MEETING_CHANGED", n + " items", m -> "agenda opgeslagen met " + count(m.group(1), "agendapunt", "agendapunten"));
        // MeetingRoomViewModel: presence
        rule("MEETING_CHANGED", "check-in (\\S+) \\((\\S+)\\)", m -> "aangemeld: " + attendee(m.group(1), m.group(2)));
        rule("MEETING_CHANGED", "check-out (\\S+) \\((\\S+)\\)", m -> "afgemeld: " + attendee(m.group(1), m.group(2)));
        // PossibleNamesReview (minutes editor): possible names
        rule("MEETING_CHANGED", "possible name dismissed", m -> "mogelijke naam beoordeeld: geen naam");
        rule("MEETING_CHANGED", "possible name confirmed as person", m -> "mogelijke naam beoordeeld: een persoon");
        rule("MEETING_CHANGED", "possible name confirmed as relative", m -> "mogelijke naam beoordeeld: een familielid");
        // the [melder] judgement (issue 11, ntk3)
        rule("MEETING_CHANGED", "possible name confirmed as melder", m -> "mogelijke naam beoordeeld: de melder");
        // MeetingService.forgetPossibleName (issue 16): a judgement taken back
        rule("MEETING_CHANGED", "possible name judgement withdrawn", m -> "oordeel over een mogelijke naam ingetrokken");
        rule("MEETING_CHANGED", "minutes: " + n + " paragraphs, " + n + " decisions",
                m -> "verslag opgeslagen: " + count(m.group(1), "alinea", "alinea's") + ", "
                        + count(m.group(2), "besluit", "besluiten"));
        // AgendaCommand
        rule("MEETING_CHANGED", "agenda optimised: visits " + n + " -> " + n,
                m -> "agendavolgorde verbeterd: " + m.group(1) + " → " + m.group(2) + " keer binnenkomen (bezoeken)");
        // Importer: minutes
        rule("MEETING_CHANGED", "re-import removed agenda item (\\S+) with " + n + " minutes paragraph\\(s\\)",
                m -> "herimport verwijderde agendapunt " + m.group(1) + " met " + count(m.group(2), "verslagalinea",
                        "verslagalinea's"));
        rule("MEETING_CHANGED", "re-import changed the minutes of item (\\S+) \\(" + n + " paragraph\\(s\\) before, " + n
                        + " after\\)",
                m -> "herimport wijzigde het verslag van agendapunt " + m.group(1) + " (eerst "
                        + count(m.group(2), "alinea", "alinea's") + ", nu " + m.group(3) + ")");
        // MeetingRoomViewModel: override
        rule("OVERRIDE", "outsiders=(\\S*) present=(\\S*) reason=(.*)",
                m -> "toegelaten buiten de kring: " + outsiders(m.group(1)) + "; aanwezig: " + attendees(m.group(2))
                        + "; reden: " + m.group(3));
        // ExportService: meeting export
        rule("EXPORT", "verslag\\.pdf", m -> "verslag van de voorzitter (pdf)");
        rule("EXPORT", "rooster\\.pdf", m -> "rooster (pdf)");
        rule("EXPORT", "(\\S+)\\.pdf(?: cases (\\S+))?( \\(AES-256\\))?",
                m -> "verslag voor " + partner(m.group(1)) + " (pdf)" + cases(m.group(2))
                        + (m.group(3) == null ? "" : "; versleuteld met AES-256"));
        rule("EXPORT", "(\\S+)\\.eml(?: cases (\\S+))?",
                m -> "e-mailconcept voor " + partner(m.group(1)) + cases(m.group(2)));
        rule("EXPORT", "invitation (\\S+) \\((pdf, ics|pdf, ics, eml)\\) cases ?(\\S*)(?: sequence " + n + ")?",
                m -> "uitnodiging voor " + partner(m.group(1)) + " (" + m.group(2) + ")" + cases(m.group(3))
                        + (m.group(4) == null ? "" : "; wijziging " + m.group(4)));
        rule("EXPORT", "invitation cancelled (\\S+) \\((ics|ics, eml)\\) events " + n + " sequence " + n,
                m -> "afzegging voor " + partner(m.group(1)) + " (" + m.group(2) + "): "
                        + count(m.group(3), "agenda-afspraak vervalt", "agenda-afspraken vervallen")
                        + "; wijziging " + m.group(4));
        rule("EXPORT", "registers: disclosures and audit log \\(pdf, csv\\)",
                m -> "registers gemaakt: verstrekkingen en auditlogboek (pdf, csv)");
        rule("EXPORT", "terugmelding written", m -> "terugmelding aan de melder gemaakt");
        // ExportService: the letters of issue 17 (general texts and one case's consent form)
        rule("EXPORT", "client information letter written", m -> "informatiebrief voor cliënten over het vangnetoverleg gemaakt");
        rule("EXPORT", "ketenovereenkomst summary written", m -> "samenvatting van de ketenovereenkomst gemaakt");
        rule("EXPORT", "consent request form written", m -> "toestemmingsformulier gemaakt");
        // ExportService: inzage
        rule("INZAGE", "inzage copy written; " + n + " passages masked(?:, " + n + " unmasked by the chair)?",
                m -> "inzage-afschrift gemaakt; " + count(m.group(1), "passage", "passages") + " afgeschermd"
                        + (m.group(2) == null ? "" : ", " + m.group(2) + " door de voorzitter getoond"));
        // DisclosureRepository
        rule("DISCLOSURE", "basis ([A-Z_]+); to ([^;]*); categories ([^;]*); on " + date
                        + "; (outside a meeting|meeting " + date + ")(; client informed)?(?:; note #" + n + " corrects #" + n + ")?",
                this::disclosure);
        rule("DISCLOSURE", "withdrawn #" + n + "(?: \\(replaced by #" + n + "\\))?; on " + date,
                m -> "aantekening " + m.group(1) + " ingetrokken op " + day(m.group(3))
                        + (m.group(2) == null ? "" : " (vervangen door aantekening " + m.group(2) + ")"));
        // DisclosureProposalService: proposed notes kept until the chair handles them (issue 15, legal2)
        rule("DISCLOSURE", "proposed " + n + " notes?; meeting " + date,
                m -> count(m.group(1), "aantekening", "aantekeningen") + " voorgesteld na de bespreking in de vergadering van "
                        + day(m.group(2)) + " (nog niet vastgelegd)");
        rule("DISCLOSURE", "proposal dropped; to ([^;]+); category ([A-Z_]+); meeting " + date,
                m -> "voorgestelde aantekening niet vastgelegd; aan: " + partner(m.group(1).strip()) + "; gegevens: "
                        + dataCategory(m.group(2)) + "; vergadering van " + day(m.group(3)));
        // MatrixViewModel
        rule("MATRIX_CHANGED", "([A-Z_]+)/([A-Z_]+): ([A-Z]+) -> ([A-Z]+); reden: (.*)",
                m -> enumLabel(Role.class, m.group(1), Role::label) + " / "
                        + enumLabel(LifeDomain.class, m.group(2), LifeDomain::label) + ": " + visibility(m.group(3))
                        + " → " + visibility(m.group(4)) + "; reden: " + m.group(5));
        rule("MATRIX_RESET", "reden: (.*)", m -> "teruggezet naar de standaard; reden: " + m.group(1));
        // RetentionService, RequestsViewModel (CaseEraser.Erasure#auditDetail as the tail)
        String tail = "((?:; scrubbed .+?)?(?:; removed \\d+ name decisions?)?)";
        rule("PURGE", "retention as of " + date + ": closed " + date + ", period (P\\w+)" + tail,
                m -> "bewaartermijn verstreken (peildatum " + day(m.group(1)) + "): casus gesloten op " + day(m.group(2))
                        + ", termijn " + period(m.group(3)) + erasure(m.group(4)));
        rule("PURGE", "retention as of " + date + ": meeting record, period (P\\w+)",
                m -> "bewaartermijn verstreken (peildatum " + day(m.group(1)) + "): vergadering, termijn "
                        + period(m.group(2)));
        rule("PURGE", "destroyed on request of the data subject \\(request " + n + ", received " + date + "\\)" + tail,
                m -> "vernietigd op verzoek van de betrokkene (verzoek " + m.group(1) + ", ontvangen " + day(m.group(2))
                        + ")" + erasure(m.group(3)));
        // SettingsViewModel, BackupCommand
        rule("PASSPHRASE_CHANGED", "new data key, database re-encrypted",
                m -> "nieuwe gegevenssleutel; de database is opnieuw versleuteld");
        rule("PASSPHRASE_CHANGED", "passphrase only", m -> "alleen de wachtzin");
        rule("BACKUP", "backup file (.+)", m -> "back-upbestand " + m.group(1));
        // VaultService.verifyAfterUnlock (issue 17: the full check after every unlock)
        rule("INTEGRITY_FAULT", "verify after unlock: " + n + " problem\\(s\\)(?:, first in table (\\w+))?",
                m -> "controle na het ontgrendelen: " + count(m.group(1), "probleem", "problemen")
                        + (m.group(2) == null ? "" : ", het eerste in tabel " + m.group(2)));
        // RequestsViewModel
        String req = "request " + n + " ([A-Z]+)";
        rule("REQUEST", req + " registered: received " + date + ", deadline " + date + ", by ([A-Z_]+)",
                m -> request(m) + " geregistreerd: ontvangen " + day(m.group(3)) + ", uiterlijk " + day(m.group(4))
                        + ", door " + label("requests.by.", m.group(5)).toLowerCase(Locale.ROOT));
        rule("REQUEST", req + " EXTENDED to " + date, m -> request(m) + " verlengd tot " + day(m.group(3)));
        rule("REQUEST", "request " + n + " VERNIETIGING HANDLED: case destroyed",
                m -> "verzoek " + m.group(1) + " (" + label("requests.type.", "VERNIETIGING").toLowerCase(Locale.ROOT)
                        + ") afgehandeld: de casus is vernietigd");
        rule("REQUEST", req + " (HANDLED|REFUSED)",
                m -> request(m) + ": " + label("requests.status.", m.group(3)).toLowerCase(Locale.ROOT));
        rule("REQUEST", req + ": passage masked again \\(([A-Z_]+)\\)",
                m -> request(m) + ": passage weer afgeschermd (" + category(m.group(3)) + ")");
        rule("REQUEST", req + ": passage unmasked \\(([A-Z_]+)\\) with a reason",
                m -> request(m) + ": passage met een reden getoond (" + category(m.group(3)) + ")");
        // VaultRulesViewModel, ChairViewModel
        rule("RULES_CHANGED", "evident belang definition changed", m -> "definitie van evident belang gewijzigd");
        rule("RULES_CHANGED", "retention cases " + n + " -> " + n + " months; meetings " + n + " -> " + n
                        + " months; evaluation every " + n + " -> " + n + " weeks",
                m -> "bewaartermijn casussen " + m.group(1) + " → " + count(m.group(2), "maand", "maanden")
                        + "; vergaderingen " + m.group(3) + " → " + count(m.group(4), "maand", "maanden")
                        + "; evaluatie elke " + m.group(5) + " → " + count(m.group(6), "week", "weken"));
        rule("RULES_CHANGED", "chair contact details changed", m -> "contactgegevens van de voorzitter gewijzigd");
        // ChainAgreementViewModel
        rule("RULES_CHANGED", "ketenovereenkomst changed", m -> "ketenovereenkomst gewijzigd");
        // ChainAgreementViewModel: possible names in the texts for clients judged no name (issue 15, legal2)
        rule("RULES_CHANGED", "(ketenovereenkomst changed; )?" + n + " possible names? in the client documents judged no name",
                m -> (m.group(1) == null ? "" : "ketenovereenkomst gewijzigd; ") + count(m.group(2), "mogelijke naam",
                        "mogelijke namen") + " in de teksten voor cliënten beoordeeld: geen naam");
        // VaultRulesViewModel: which roles read information from the police (issue 15)
        rule("RULES_CHANGED", "police information roles (chair only|chair,[A-Z_,]+) -> (chair only|chair,[A-Z_,]+)",
                m -> "politie-informatie te lezen door " + policeReaders(m.group(1)) + " → " + policeReaders(m.group(2)));
    }

    /** "chair only" or "chair,GGD,POLITIE" as stored by VaultRulesViewModel; an unknown role is {@link Unknown}. */
    private static String policeReaders(String stored) {
        if (stored.equals("chair only")) {
            return "alleen de voorzitter";
        }
        List<String> readers = new ArrayList<>();
        readers.add("de voorzitter");
        for (String role : stored.substring("chair,".length()).split(",")) {
            readers.add(enumLabel(Role.class, role, Role::label));
        }
        return String.join(", ", readers);
    }

    // ---- renderers ----

    private String presented(Matcher m) {
        List<String> parts = new ArrayList<>();
        parts.add("aanwezig: " + attendees(m.group(1)));
        parts.add("casus " + m.group(2) + " getoond aan " + audience(m.group(3)));
        parts.add("identiteit: " + words(m.group(4), AuditWords::identityPart));
        parts.add("melder: " + yesNo(m.group(5)));
        parts.add("volledig: " + words(m.group(6), s -> enumLabel(LifeDomain.class, s, LifeDomain::label)));
        parts.add("signaal: " + words(m.group(7), s -> enumLabel(LifeDomain.class, s, LifeDomain::label)));
        parts.add("verslag: " + m.group(8) + " van " + count(m.group(9), "alinea", "alinea's"));
        parts.add("besluiten: " + yesNo(m.group(10)));
        parts.add("juridische grondslag: " + yesNo(m.group(11)));
        parts.add("verstrekkingen: " + yesNo(m.group(12)));
        if (m.group(13) != null) {
            parts.add("met uitzondering van de voorzitter");
        }
        return String.join("; ", parts);
    }

    private String disclosure(Matcher m) {
        List<String> parts = new ArrayList<>();
        parts.add("grondslag: " + enumLabel(DisclosureBasis.class, m.group(1), DisclosureBasis::label));
        parts.add("aan: " + partnerList(m.group(2), ","));
        parts.add("gegevens: " + words(m.group(3), AuditWords::dataCategory));
        parts.add("op " + day(m.group(4)));
        parts.add(m.group(6) == null ? "buiten een vergadering" : "in de vergadering van " + day(m.group(6)));
        parts.add(m.group(7) == null ? "cliënt niet geïnformeerd" : "cliënt geïnformeerd");
        if (m.group(8) != null) {
            parts.add("aantekening " + m.group(8) + " corrigeert aantekening " + m.group(9));
        }
        return String.join("; ", parts);
    }

    private String request(Matcher m) {
        return "verzoek " + m.group(1) + " (" + label("requests.type.", m.group(2)).toLowerCase(Locale.ROOT) + ")";
    }

    /** "; scrubbed 3 paragraphs in 2 meetings, 1 disclosure note; removed 1 name decision" in Dutch. */
    private static String erasure(String tail) {
        if (tail == null || tail.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("(?:; scrubbed (.+?))?(?:; removed (\\d+) name decisions?)?").matcher(tail);
        if (!m.matches()) {
            throw new Unknown();
        }
        if (m.group(1) != null) {
            List<String> parts = new ArrayList<>();
            for (String part : m.group(1).split(", ")) {
                parts.add(scrubbed(part));
            }
            out.append("; elders weggehaald: ").append(String.join(", ", parts));
        }
        if (m.group(2) != null) {
            out.append("; ").append(count(m.group(2), "naambeoordeling", "naambeoordelingen")).append(" verwijderd");
        }
        return out.toString();
    }

    private static String scrubbed(String part) {
        Matcher m = Pattern.compile("(?:(\\d+) paragraphs?(?: and (\\d+) decisions?)?|(\\d+) decisions?) in (\\d+) meetings?")
                .matcher(part);
        if (m.matches()) {
            String what = m.group(1) != null
                    ? count(m.group(1), "alinea", "alinea's") + (m.group(2) == null ? "" : " en " + count(m.group(2), "besluit", "besluiten"))
                    : count(m.group(3), "besluit", "besluiten");
            return what + " in " + count(m.group(4), "vergadering", "vergaderingen");
        }
        m = Pattern.compile("(\\d+) disclosure notes?").matcher(part);
        if (m.matches()) {
            return count(m.group(1), "aantekening van verstrekking", "aantekeningen van verstrekking");
        }
        m = Pattern.compile("(\\d+) texts? of (\\d+) other cases?").matcher(part);
        if (m.matches()) {
            return count(m.group(1), "tekst", "teksten") + " van " + count(m.group(2), "andere casus", "andere casussen");
        }
        throw new Unknown();
    }

    private String cases(String list) {
        if (list == null || list.isEmpty()) {
            return "";
        }
        String[] numbers = list.split(",");
        return (numbers.length == 1 ? "; casus " : "; casussen ") + String.join(", ", numbers);
    }

    /** "a-1,a-6": each attendee by name and partner. */
    private String attendees(String list) {
        if (list.isEmpty()) {
            return "niemand";
        }
        return Arrays.stream(list.split(",")).map(id -> attendee(id, null)).collect(Collectors.joining(", "));
    }

    /** "a-6(ggd-vangnet),a-7(politie)": the outsiders admitted. */
    private String outsiders(String list) {
        if (list.isEmpty()) {
            return "niemand";
        }
        List<String> out = new ArrayList<>();
        for (String one : list.split(",")) {
            Matcher m = Pattern.compile("([^()]+)\\(([^()]+)\\)").matcher(one);
            if (!m.matches()) {
                throw new Unknown();
            }
            out.add(attendee(m.group(1), m.group(2)));
        }
        return String.join(", ", out);
    }

    /** An attendee by name, with the partner they attend for; an attendee no longer in the register as stored. */
    private String attendee(String id, String partnerId) {
        Attendee a = attendees.get(id);
        String partner = partnerId != null ? partnerId : attendeePartner.get(id);
        if (a == null) {
            return id + GONE + (partnerId == null ? "" : " van " + partner(partnerId));
        }
        return a.name() + (partner == null ? "" : " (" + partner(partner) + ")");
    }

    private String partner(String id) {
        String name = partners.get(id);
        return name == null ? id + GONE : name;
    }

    private String partnerList(String list, String separator) {
        String trimmed = list.strip();
        if (trimmed.isEmpty()) {
            return "niemand";
        }
        return Arrays.stream(trimmed.split(Pattern.quote(separator))).map(String::strip).map(this::partner)
                .collect(Collectors.joining(", "));
    }

    private static String words(String list, Function<String, String> each) {
        if (list.isEmpty()) {
            return "niets";
        }
        return Arrays.stream(list.split(",")).map(each).collect(Collectors.joining(", "));
    }

    private static String identityPart(String s) {
        return switch (s) {
            case "name" -> "naam";
            case "firstNames" -> "voornamen";
            case "aliases" -> "roepnamen en bijnamen";
            case "birthDate" -> "geboortedatum";
            case "bsn" -> "BSN";
            case "address" -> "adres";
            case "phone" -> "telefoon";
            case "relatives" -> "familieleden";
            case "legalRepresentative" -> "wettelijk vertegenwoordiger";
            case "fileNumbers" -> "dossiernummers van partners"; // issue 12
            default -> throw new Unknown();
        };
    }

    private static String audience(String kind) {
        return switch (kind) {
            case "CHAIR" -> "de voorzitter";
            case "ATTENDEE" -> "één deelnemer (bekijk als)";
            case "PRESENTATION" -> "iedereen in de zaal (presentatie)";
            case "EXPORT" -> "een export";
            default -> throw new Unknown();
        };
    }

    private static String yesNo(String s) {
        return s.equals("yes") ? "ja" : "nee";
    }

    private String visibility(String v) {
        return label("matrix.v.", v).toLowerCase(Locale.ROOT);
    }

    /** An inzage passage's kind, by the marker the copy shows for it. */
    /** A disclosure's category: a leefgebied or one of the other kinds of data (issue 15); else {@link Unknown}. */
    private static String dataCategory(String code) {
        Object c = DataCategory.parse(code);
        if (c instanceof LifeDomain d) {
            return d.label();
        }
        if (c instanceof DataCategory o) {
            return o.label();
        }
        throw new Unknown();
    }

    private static String category(String name) {
        InzageMasking.Category c = valueOf(InzageMasking.Category.class, name);
        return c.marker() == null ? "naam van een professional" : c.marker().substring(1, c.marker().length() - 1);
    }

    private static <E extends Enum<E>> String enumLabel(Class<E> type, String name, Function<E, String> label) {
        return label.apply(valueOf(type, name));
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new Unknown();
        }
    }

    private String label(String prefix, String name) {
        return bundle(prefix + name).orElseThrow(Unknown::new);
    }

    private Optional<String> bundle(String key) {
        try {
            return Optional.of(dutch.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String day(String iso) {
        return Nl.date(LocalDate.parse(iso));
    }

    /** "P2Y" as "2 jaar", "P1Y6M" as "1 jaar en 6 maanden". */
    private static String period(String iso) {
        Period p = Period.parse(iso);
        if (p.getDays() != 0) {
            throw new Unknown();
        }
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(p.getYears() + " jaar");
        }
        if (p.getMonths() != 0) {
            parts.add(count(Integer.toString(p.getMonths()), "maand", "maanden"));
        }
        if (parts.isEmpty()) {
            throw new Unknown();
        }
        return String.join(" en ", parts);
    }

    private static String count(String n, String one, String more) {
        return n + " " + ("1".equals(n) ? one : more);
    }
}
