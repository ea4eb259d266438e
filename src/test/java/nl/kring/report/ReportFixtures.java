package nl.kring.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;

/** A realistic, wholly fictitious meeting: 4 cases, 6 partners (5 present), names with diacritics. */
final class ReportFixtures {
    static final LocalDate MEETING_DATE = LocalDate.of(2026, 11, 26);
    static final LocalDate SIGNED = LocalDate.of(2025, 6, 1);
    static final ChairContact CHAIR = new ChairContact("M. Bos", "GGD Regio Utrecht", "030-6305400",
            "vangnet@ggd.example");
    /** Appears in an untagged paragraph of 2026-017 that every kring member reads. */
    static final String DIACRITICS = "Geëvalueerd met de coöperatie: één reünie in het café, privé gesprek met "
            + "dr. Öztürk; ook İlknur, Çelik, Ñúñez, Ærø, Ĳsselmonde en „aanhalingstekens” – gedachtestreep.";

    static final Partner GGD = partner("ggd-vangnet", "GGD Regio Utrecht, Vangnet", Role.GGD, Tier.KERN,
            new Attendee("a-1", "M. Bos", "voorzitter"));
    static final Partner GGZ = partner("ggz-altrecht", "Altrecht GGZ, team bemoeizorg", Role.GGZ, Tier.KERN,
            new Attendee("a-2", "dr. S. Öztürk", "psychiater"));
    static final Partner POLITIE = partner("politie-oost", "Politie Midden-Nederland, wijkteam Oost", Role.POLITIE,
            Tier.SCHIL, new Attendee("a-3", "K. van Dijk", "wijkagent"));
    static final Partner WOCO = partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
            new Attendee("a-7", "R. Kok", "wijkconsulent"));
    static final Partner VZ = partner("vz-brug", "Verslavingszorg De Brug", Role.VERSLAVINGSZORG, Tier.KERN,
            new Attendee("a-5", "E. Jansen", "casemanager"));
    /** In the kring of 2026-018 but not present: no report. */
    static final Partner HUISARTS = partner("ha-zuilen", "Huisartsenpraktijk Zuilen", Role.HUISARTS, Tier.KERN,
            new Attendee("a-6", "dr. A. Meijer", "huisarts"));

    static final List<Partner> PARTNERS = List.of(GGD, GGZ, POLITIE, WOCO, VZ, HUISARTS);

    static final CaseFile C17 = new CaseFile("2026-017",
            new Client("Johannes Petrus", "Jan", "de", "Vries", List.of("Hansje"), LocalDate.of(1984, 3, 12),
                    "111222333", "Kerkstraat 12, 3511 AB Utrecht", "06-12345678",
                    List.of(new Relative("Peter de Vries", "zoon")), null, false),
            new Referrer("Ans Buurman", "Bewonerscommissie Kerkstraat", true), LocalDate.of(2026, 10, 2),
            Phase.SCREENING,
            domains(Map.of(
                    LifeDomain.FINANCIEN, new DomainAssessment(2, "Huurachterstand van twee maanden, post ongeopend."),
                    LifeDomain.HUISVESTING, new DomainAssessment(2, "Woning ernstig vervuild, ongedierte in de gang."),
                    LifeDomain.GEESTELIJK_FUNCTIONEREN, new DomainAssessment(1, "Achterdochtig, mogelijk psychotisch; weigert elk contact."),
                    LifeDomain.VEILIGHEID, new DomainAssessment(2, "Brandgevaar door opgestapeld papier bij de kachel."),
                    LifeDomain.VERSLAVING, new DomainAssessment(3, "Drinkt dagelijks bier, geen acute zorgen."),
                    LifeDomain.SOMATISCH_FUNCTIONEREN, new DomainAssessment(2, "Open wond aan het onderbeen, onbehandeld."))),
            new Consent(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 10, 5), "Jan de Vries zelf"),
            new Informed(false, "Contact niet mogelijk; Jan de Vries doet de deur niet open."),
            "Ernstige zelfverwaarlozing en reële vrees voor de gezondheid van De Vries.",
            "Bilateraal overleg met de huisarts was onvoldoende.", LocalDate.of(2026, 12, 10), null,
            List.of("ggd-vangnet", "woco-dak", "politie-oost", "ggz-altrecht"));

    static final CaseFile C18 = new CaseFile("2026-018",
            new Client("Hendrika Wilhelmina", "Riek", null, "Zwanenburg", List.of(), LocalDate.of(1951, 7, 30),
                    "123456782", "Oudegracht 200 bis, 3511 NR Utrecht", "030-2345678",
                    List.of(new Relative("Willemijn Zwanenburg", "dochter")), null, false),
            new Referrer("L. Pauw", "Thuiszorg Zuid", false), LocalDate.of(2026, 9, 14), Phase.INTAKE,
            domains(Map.of(
                    LifeDomain.PERSOONLIJKE_VERZORGING, new DomainAssessment(1, "Wast zich niet meer, kleding vervuild."),
                    LifeDomain.HUISHOUDING, new DomainAssessment(2, "Keuken onbruikbaar, bedorven eten."),
                    LifeDomain.SOCIAAL_FUNCTIONEREN, new DomainAssessment(2, "Geen contact meer met de kinderen."),
                    LifeDomain.SOMATISCH_FUNCTIONEREN, new DomainAssessment(2, "Ernstig ondergewicht, diabetes ontregeld."))),
            new Consent(ConsentStatus.GEVRAAGD, LocalDate.of(2026, 11, 1), "wijkverpleegkundige"),
            new Informed(true, null), "Reële vrees voor ernstig nadeel voor de gezondheid.",
            "Huisarts alleen kreeg geen toegang.", LocalDate.of(2026, 12, 20), null,
            List.of("ggd-vangnet", "ha-zuilen", "ggz-altrecht"));

    static final CaseFile C19 = new CaseFile("2026-019",
            new Client("Mehmet", "Memo", null, "Yılmaz", List.of("Memo Y."), LocalDate.of(1990, 1, 5),
                    validBsn(), "Vleutenseweg 77-3, 3532 HJ Utrecht", "06-98765432",
                    List.of(), null, false),
            new Referrer("J. de Graaf", "Politie Midden-Nederland", false), LocalDate.of(2026, 10, 20),
            Phase.CLIENTVERDELING,
            domains(Map.of(
                    LifeDomain.VERSLAVING, new DomainAssessment(1, "Dagelijks crackgebruik, schulden bij dealers."),
                    LifeDomain.VEILIGHEID, new DomainAssessment(1, "Bedreigd door schuldeisers; overlast in portiek."),
                    LifeDomain.JURIDISCH, new DomainAssessment(2, "Lopende zaak wegens winkeldiefstal."),
                    LifeDomain.FINANCIEN, new DomainAssessment(2, "Geen inkomen sinds augustus."),
                    LifeDomain.HUISVESTING, new DomainAssessment(3, "Huurt kamer, huur nog betaald door broer."))),
            new Consent(ConsentStatus.NIET_TE_VRAGEN, null, null), new Informed(false, "Verblijfplaats onbekend."),
            "Acuut gevaar voor de cliënt door schuldeisers.", "Alleen verslavingszorg benaderen bleek onvoldoende.",
            null, null, List.of("ggd-vangnet", "vz-brug", "politie-oost", "woco-dak"));

    static final CaseFile C20 = new CaseFile("2026-020",
            new Client("Joëlle Anne", "Joëlle", null, "Brouwer", List.of(), LocalDate.of(1998, 11, 2),
                    otherValidBsn(), "Amsterdamsestraatweg 501, 3553 EE Utrecht",
                    "+31 6 11223344", List.of(new Relative("Kees Brouwer", "vader")), null, false),
            new Referrer("Buurtteam Noordwest", "Buurtteam Noordwest", false), LocalDate.of(2026, 11, 10),
            Phase.MELDING,
            domains(Map.of(
                    LifeDomain.GEESTELIJK_FUNCTIONEREN, new DomainAssessment(2, "Somber, trekt zich terug, slaapt overdag."),
                    LifeDomain.VERSLAVING, new DomainAssessment(2, "Blowt dagelijks, sinds kort ook ghb."),
                    LifeDomain.DAGBESTEDING_WERK, new DomainAssessment(2, "Opleiding gestopt, geen dagritme."),
                    LifeDomain.HUISVESTING, new DomainAssessment(1, "Dreigende huisuitzetting per 1 januari."))),
            new Consent(ConsentStatus.GEGEVEN, LocalDate.of(2026, 11, 12), "cliënte zelf"), new Informed(true, null),
            null, null, null, null, List.of("ggd-vangnet", "vz-brug", "ggz-altrecht", "woco-dak"));

    static final List<CaseFile> CASES = List.of(C17, C18, C19, C20);

    static final Meeting MEETING = new Meeting(MEETING_DATE, "GGD, zaal 2", LocalTime.of(9, 0),
            List.of("a-1", "a-2", "a-3", "a-7", "a-5"),
            List.of(
                    new AgendaItem("2026-017", 15, List.of(
                            new MinutesParagraph(null, "Jan de Vries is sinds oktober bekend. Buurvrouw meldt stank en "
                                    + "dat De Vries al weken niet buiten komt. Zoon Peter de Vries belde vanaf 06-12345678 "
                                    + "en noemde BSN 111 222 333 en geboortedatum 12-03-1984."),
                            MinutesParagraph.general(DIACRITICS),
                            new MinutesParagraph(LifeDomain.GEESTELIJK_FUNCTIONEREN, "Jan is in 2019 opgenomen geweest "
                                    + "na een psychose; GGZ schat de kans op terugval hoog in."),
                            new MinutesParagraph(LifeDomain.HUISVESTING, "De woning aan de Kerkstraat 12 wordt bij "
                                    + "voortduring van de overlast ontruimd; woningcorporatie wacht het huisbezoek af.")),
                            List.of(new Decision("Betalingsregeling aanbieden en ontruiming aanhouden tot 1 februari.",
                                            "woco-dak", LocalDate.of(2026, 12, 10), LifeDomain.HUISVESTING, false),
                                    new Decision("Huisbezoek met GGZ binnen twee weken.", "ggd-vangnet",
                                            LocalDate.of(2026, 12, 10), null, true),
                                    new Decision("Wijkagent loopt mee bij het huisbezoek.", "politie-oost", null,
                                            LifeDomain.VEILIGHEID, false)),
                            List.of(new Disclosure(List.of(LifeDomain.HUISVESTING, LifeDomain.FINANCIEN), List.of("woco-dak"),
                                    DisclosureBasis.EVIDENT_BELANG, "Ontruiming dreigt; zonder overleg verliest De Vries zijn woning.",
                                    "Cliënt weigert elk contact.", "voorzitter M. Bos", MEETING_DATE))),
                    new AgendaItem("2026-018", 10, List.of(
                            MinutesParagraph.general("Mevrouw Zwanenburg (Riek) laat de wijkverpleging niet meer binnen."),
                            new MinutesParagraph(LifeDomain.SOMATISCH_FUNCTIONEREN, "Huisarts maakt zich zorgen over de "
                                    + "diabetes; mevrouw Zwanenburg komt niet op controle.")),
                            List.of(new Decision("Huisarts legt huisbezoek af samen met de GGD.", "ha-zuilen",
                                    LocalDate.of(2026, 12, 3))),
                            List.of()),
                    new AgendaItem("2026-019", 10, List.of(
                            new MinutesParagraph(null, "Memo is sinds twee weken niet meer op zijn kamer gezien."),
                            new MinutesParagraph(LifeDomain.VERSLAVING, "Yılmaz gebruikt dagelijks; De Brug heeft hem in "
                                    + "september uit zorg ontslagen na agressie."),
                            new MinutesParagraph(LifeDomain.VEILIGHEID, "Schuldeisers hebben de portiekdeur vernield; "
                                    + "politie rijdt extra surveillance.")),
                            List.of(new Decision("Extra surveillance rond Vleutenseweg 77-3 gedurende vier weken.",
                                            "politie-oost", LocalDate.of(2026, 12, 24), LifeDomain.VEILIGHEID, false),
                                    new Decision("Outreachend contact via straatteam.", "vz-brug", LocalDate.of(2026, 12, 5))),
                            List.of(new Disclosure(List.of(LifeDomain.VEILIGHEID, LifeDomain.VERSLAVING),
                                    List.of("politie-oost", "vz-brug"), DisclosureBasis.CONFLICT_VAN_PLICHTEN,
                                    "Acuut gevaar voor Memo Yılmaz en omwonenden.", "Verblijfplaats onbekend.",
                                    "voorzitter M. Bos", MEETING_DATE))),
                    new AgendaItem("2026-020", 10, List.of(
                            MinutesParagraph.general("Joëlle Brouwer heeft ingestemd met bespreking; vader Kees Brouwer "
                                    + "is bezorgd."),
                            new MinutesParagraph(LifeDomain.GEESTELIJK_FUNCTIONEREN, "Mogelijk depressie; Altrecht "
                                    + "plant een intake.")),
                            List.of(new Decision("Intake bij Altrecht inplannen.", "ggz-altrecht", LocalDate.of(2026, 12, 8),
                                            LifeDomain.GEESTELIJK_FUNCTIONEREN, false),
                                    new Decision("Huisuitzetting aanhouden zolang het traject loopt.", "woco-dak", null,
                                            LifeDomain.HUISVESTING, false)),
                            List.of())));

    private ReportFixtures() {
    }

    static MeetingExportInput input() {
        return MeetingExportInput.of(MEETING, PARTNERS, CASES, RelevanceMatrix.defaults(), PSEUDONYMISER, CHAIR);
    }

    /** The test's stand-in for the pseudonymisation engine: it knows only the clients' name strings. */
    static final Pseudonymiser PSEUDONYMISER = Pseudonymiser.of(text -> {
        String s = text;
        for (Map.Entry<String, String> e : nameReplacements().entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    });

    private static Map<String, String> nameReplacements() {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (CaseFile c : CASES) {
            Client cl = c.client();
            String r = "[cliënt " + c.number() + "]";
            String surname = (cl.prefix() == null ? "" : cl.prefix() + " ") + cl.surname();
            for (String n : List.of(cl.roepnaam() + " " + surname, cl.firstNames() + " " + surname, surname,
                    capitalise(surname), cl.surname(), cl.roepnaam())) {
                entries.add(Map.entry(n, r));
            }
        }
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries) {
            m.putIfAbsent(e.getKey(), e.getValue());
        }
        return m;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Partner partner(String id, String name, Role role, Tier tier, Attendee... attendees) {
        return new Partner(id, name, role, tier, SIGNED, null, List.of(attendees));
    }

    static Map<LifeDomain, DomainAssessment> domains(Map<LifeDomain, DomainAssessment> m) {
        return new EnumMap<>(m);
    }

    static String validBsn() {
        return firstValid(192837400);
    }

    static String otherValidBsn() {
        return firstValid(246813500);
    }

    private static String firstValid(int from) {
        for (int n = from; ; n++) {
            String s = String.format("%09d", n);
            if (Bsn.isValid(s)) {
                return s;
            }
        }
    }
}
