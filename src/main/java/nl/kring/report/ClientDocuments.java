package nl.kring.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.Client;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentRules;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Partner;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Tier;
import nl.kring.domain.Visibility;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Span;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;

/**
 * The documents a client may be given, made from the vault's settings (issue 15):
 * <ul>
 *   <li>{@link #information}: <i>Informatie voor cliënten over het vangnetoverleg</i>, the general information of
 *   handreiking deel I §6 point 2 (purpose and organisation, the organisations taking part, the client's rights, the
 *   situations in which they can be restricted, where to complain);</li>
 *   <li>{@link #consentForm}: the <i>Toestemmingsformulier</i> for one case (the handreiking's "Formulier verzoek
 *   toestemming cliënt"), with signature lines under the rule for who decides (deel II §4.2-4.3);</li>
 *   <li>{@link #agreement}: a summary of the ketenovereenkomst, which point 10 says must be available to clients.</li>
 * </ul>
 * The first and the last name no client at all; the consent form names only its own client (and the persons whose
 * consent counts for that client), never another case.
 */
public final class ClientDocuments {
    /** File names used by {@code kring documents} and suggested by the app. */
    public static final String INFORMATION_FILE = "informatie-clienten.pdf";
    public static final String AGREEMENT_FILE = "ketenovereenkomst.pdf";

    public static String consentFileName(String caseNumber) {
        return "toestemming-" + caseNumber + ".pdf";
    }

    /**
     * What the documents are made of, as the vault's settings hold it.
     *
     * @param partners         the partner register
     * @param evidentInterest  the keten's own wording, or null (the guideline's definition is printed then)
     * @param retentionMonths  retention of cases after closing
     * @param evaluationWeeks  the evaluation interval of a restriction
     */
    public record Keten(ChainAgreement agreement, List<Partner> partners, ChairContact chair, String evidentInterest,
                        int retentionMonths, int evaluationWeeks, LocalDate issuedOn) {
        public Keten {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(chair, "chair");
            partners = partners == null ? List.of() : List.copyOf(partners);
            evidentInterest = evidentInterest == null || evidentInterest.isBlank() ? null : evidentInterest.strip();
            issuedOn = issuedOn == null ? LocalDate.now() : issuedOn;
        }

        /** The organisations taking part on the day of issue: a signed, unexpired agreement. */
        List<Partner> taking() {
            return partners.stream().filter(p -> p.hasValidAgreement(issuedOn)).toList();
        }

        String evidentInterestText() {
            return evidentInterest == null ? EvidentInterest.GUIDELINE : evidentInterest;
        }
    }

    /**
     * One case's consent request.
     *
     * @param ruleDate the date the rule for who decides is applied on: the next meeting that discusses the case, else
     *                 the day of issue
     */
    public record ConsentInput(Keten keten, CaseFile caseFile, RelevanceMatrix matrix, LocalDate ruleDate) {
        public ConsentInput {
            Objects.requireNonNull(keten, "keten");
            Objects.requireNonNull(caseFile, "caseFile");
            matrix = matrix == null ? RelevanceMatrix.defaults() : matrix;
            ruleDate = ruleDate == null ? keten.issuedOn() : ruleDate;
        }

        /** The partners of the case's kring, in the kring's order. */
        List<Partner> kring() {
            List<Partner> out = new ArrayList<>();
            for (String id : caseFile.kring()) {
                keten.partners().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(out::add);
            }
            return out;
        }
    }

    private ClientDocuments() {
    }

    // ------------------------------------------------------------------ the information letter

    public static Path writeInformation(Keten k, Path file) throws IOException {
        return SingleFile.write(file, information(k, PdfOutput.archive()));
    }

    static byte[] information(Keten k, PdfOutput output) {
        PageDecoration deco = new PageDecoration("Voor: cliënten en hun naasten",
                "Algemene informatie; bevat geen gegevens over een cliënt.",
                "Informatie voor cliënten over het vangnetoverleg · " + Nl.date(k.issuedOn()), "INFORMATIE");
        try (ReportDocument doc = new ReportDocument("Informatie voor cliënten over het vangnetoverleg",
                "Informatie voor cliënten", deco)) {
            doc.title("Informatie voor cliënten over het vangnetoverleg");
            doc.subtitle("Uw gegevens en uw rechten · " + Nl.date(k.issuedOn()));

            doc.heading1("Wat is het vangnetoverleg?");
            doc.paragraph("In het vangnetoverleg bespreken organisaties uit zorg, welzijn, wonen en veiligheid mensen "
                    + "over wie zij zich ernstige zorgen maken en die zelf (nog) geen hulp vragen. Het doel is dat deze "
                    + "mensen op tijd de hulp krijgen die zij nodig hebben.");
            doc.paragraph(k.agreement().purpose());

            doc.heading1("Welke organisaties doen mee?");
            organisations(doc, k.taking(), "Nu doen geen organisaties mee.");
            doc.paragraph("Een hulpverlener vertelt u altijd voor welke organisatie hij of zij werkt. Een organisatie "
                    + "hoort alleen over u als zij iets kan bijdragen aan de hulp, en krijgt alleen de gegevens die zij "
                    + "daarvoor nodig heeft.");

            doc.heading1("Welke gegevens worden vastgelegd?");
            doc.paragraph("Uw naam, adres en geboortedatum, wie zich zorgen maakte en wanneer, en hoe het met u gaat op "
                    + "deze gebieden: " + domains() + ". Ook wordt vastgelegd welke afspraken er zijn gemaakt, en aan wie "
                    + "welke gegevens zijn gegeven en waarom.");
            doc.paragraph("Verslagen van het overleg noemen geen namen maar een nummer.");

            doc.heading1("Hoe lang worden de gegevens bewaard?");
            doc.paragraph("Uw gegevens worden niet langer bewaard dan nodig: " + InzageReport.retention(k.retentionMonths())
                    + ".");
            doc.paragraph(k.agreement().storage());

            doc.heading1("Uw rechten");
            doc.paragraph("U heeft het recht te weten dat er gegevens over u worden vastgelegd. U mag:");
            bullet(doc, "inzage", "uw gegevens inzien en er een kopie van krijgen;");
            bullet(doc, "correctie", "onjuiste of onvolledige gegevens laten verbeteren of aanvullen;");
            bullet(doc, "verwijdering", "vragen uw gegevens te vernietigen;");
            bullet(doc, "bezwaar", "bezwaar maken tegen het gebruik van uw gegevens.");
            doc.paragraph("U krijgt binnen een maand antwoord op uw verzoek. In beginsel wordt u om toestemming gevraagd voordat "
                    + "uw gegevens met andere organisaties worden besproken. Die toestemming kunt u altijd weer intrekken.");
            doc.paragraph(List.of(new Span(Style.BODY_BOLD, "Afspraken tussen de organisaties. "),
                    new Span(Style.BODY, k.agreement().rights())));

            doc.heading1("Wanneer kunnen uw rechten worden beperkt?");
            doc.paragraph("Soms is er een ernstige zorg om uw gezondheid en lukt het niet u te spreken of toestemming te "
                    + "krijgen. Alleen dan kunnen de organisaties tijdelijk afwijken van uw rechten: door u (nog) niet te "
                    + "vertellen dat er gegevens over u worden vastgelegd, of door zonder uw toestemming gegevens over u uit "
                    + "te wisselen. Dat mag alleen als er een evident belang is, en alleen als een minder ingrijpende "
                    + "manier, zoals een gesprek tussen twee hulpverleners, niet genoeg was.");
            doc.paragraph(List.of(new Span(Style.BODY_BOLD, "Evident belang. "),
                    new Span(Style.BODY, k.evidentInterestText())));
            doc.paragraph("Ook een verzoek om inzage kan worden beperkt, maar alleen voor zover dat nodig is om anderen te "
                    + "beschermen, bijvoorbeeld degene die zich zorgen over u maakte. Elke beperking wordt vastgelegd met de "
                    + "reden, en ten minste elke " + k.evaluationWeeks() + " weken en bij elke nieuwe fase opnieuw "
                    + "bekeken. Zodra het kan, wordt u alsnog geïnformeerd.");

            doc.heading1("Vragen en klachten");
            doc.paragraph("Heeft u een vraag, of wilt u uw rechten gebruiken, neem dan contact op met "
                    + k.chair().withRole("de voorzitter van het vangnetoverleg") + ".");
            doc.paragraph(k.chair().complaints() == null
                    ? "Bent u het niet eens met hoe er met u of uw gegevens is omgegaan, dan kunt u een klacht indienen bij "
                    + "de voorzitter van het vangnetoverleg, of bij de klachtenregeling van de organisatie waar het over "
                    + "gaat."
                    : "Bent u het niet eens met hoe er met u of uw gegevens is omgegaan, dan kunt u een klacht indienen bij: "
                    + k.chair().complaints() + ".");
            doc.paragraph("U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).");
            doc.paragraph("De schriftelijke afspraken tussen de organisaties (de ketenovereenkomst) kunt u opvragen bij de "
                    + "voorzitter.");
            return Outputs.finish(doc, output);
        }
    }

    // ------------------------------------------------------------------ the consent form

    public static Path writeConsentForm(ConsentInput in, Path file) throws IOException {
        return SingleFile.write(file, consentForm(in, PdfOutput.archive()));
    }

    static byte[] consentForm(ConsentInput in, PdfOutput output) {
        CaseFile c = in.caseFile();
        Client cl = c.client();
        Keten k = in.keten();
        PageDecoration deco = new PageDecoration("Voor: " + fullName(cl) + " — persoonlijk",
                "Bevat uw persoonsgegevens: bewaar het zorgvuldig.",
                "Toestemmingsformulier · kenmerk " + c.number() + " · " + Nl.date(k.issuedOn()));
        try (ReportDocument doc = new ReportDocument("Toestemmingsformulier vangnetoverleg — " + c.number(),
                "Toestemmingsformulier", deco)) {
            doc.title("Toestemmingsformulier");
            doc.subtitle("Gegevens uitwisselen in het vangnetoverleg · " + Nl.date(k.issuedOn()));
            Table who = new Table(2.2f, 5.8f).unruled();
            who.row(null, List.of(Span.of(Style.TABLE_BOLD, "Naam"), Span.of(Style.TABLE, fullName(cl))));
            who.row(null, List.of(Span.of(Style.TABLE_BOLD, "Geboortedatum"), Span.of(Style.TABLE, Nl.date(cl.birthDate()))));
            who.row(null, List.of(Span.of(Style.TABLE_BOLD, "Ons kenmerk"), Span.of(Style.TABLE, c.number())));
            doc.table(who);

            doc.heading1("Waarom vragen wij uw toestemming?");
            doc.paragraph("Wij maken ons zorgen over u en willen met de organisaties hieronder overleggen hoe u het best "
                    + "geholpen kunt worden. Daarvoor hebben wij uw toestemming nodig. " + k.agreement().purpose());

            doc.heading1("Welke organisaties, welke gegevens");
            List<Partner> kring = in.kring();
            if (kring.isEmpty()) {
                doc.paragraph("Er zijn nog geen organisaties gekozen.");
            } else {
                Table t = new Table(3f, 3.4f, 3.4f).header("Organisatie", "Mag weten", "Alleen of er een zorg is");
                for (Partner p : kring) {
                    t.row(null, List.of(Span.of(Style.TABLE_BOLD, p.name() + "\n" + p.role().label()),
                            Span.of(Style.TABLE, "uw naam en adres; " + domains(in.matrix(), p, Visibility.VOLLEDIG)),
                            Span.of(Style.TABLE, domains(in.matrix(), p, Visibility.SIGNAAL))));
                }
                doc.table(t);
            }
            doc.paragraph("Alleen wat een organisatie voor haar taak nodig heeft. Bij „alleen of er een zorg is” hoort de "
                    + "organisatie niet wat er aan de hand is, alleen dat er een zorg is en bij wie zij terecht kan. Uw "
                    + "geboortedatum en burgerservicenummer worden niet gedeeld. Verslagen van het overleg noemen een "
                    + "nummer, niet uw naam.");

            doc.heading1("Wat u moet weten");
            doc.paragraph("Uw gegevens worden niet langer bewaard dan nodig: " + InzageReport.retention(k.retentionMonths())
                    + ". U mag uw gegevens inzien, laten verbeteren, laten vernietigen en bezwaar maken. U mag weigeren "
                    + "toestemming te geven, en u kunt uw toestemming altijd intrekken bij "
                    + k.chair().withRole("de voorzitter van het vangnetoverleg") + "."
                    + (k.chair().complaints() == null ? "" : " Klachten: " + k.chair().complaints() + "."));

            doc.heading1("Toestemming");
            ConsentRules.WhoConsents rule = ConsentRules.whoConsents(cl, in.ruleDate());
            doc.paragraph(List.of(new Span(Style.BODY_BOLD, "Wie beslist: "), new Span(Style.BODY, rule.explanation())));
            doc.paragraph("Ik geef toestemming dat de organisaties hierboven in het vangnetoverleg deze gegevens over "
                    + fullName(cl) + " uitwisselen.");
            doc.paragraph("☐ ja      ☐ nee");
            for (Signer s : signers(c, rule)) {
                signature(doc, s);
            }
            return Outputs.finish(doc, output);
        }
    }

    /** Who signs: a line per person whose consent counts under the rule, with the name where the case records it. */
    record Signer(String role, String name) {
    }

    static List<Signer> signers(CaseFile c, ConsentRules.WhoConsents rule) {
        Client cl = c.client();
        List<Signer> out = new ArrayList<>();
        List<ConsentPerson> persons = c.consent() == null ? List.of() : c.consent().persons();
        switch (rule) {
            case CLIENT -> out.add(new Signer("Cliënt", fullName(cl)));
            case UNKNOWN_AGE -> {
                out.add(new Signer("Cliënt", fullName(cl)));
                parents(out, persons, "Ouder of voogd (als de cliënt jonger is dan 16)");
            }
            case CHILD_AND_PARENTS -> {
                out.add(new Signer("Jongere (12 tot 16 jaar)", fullName(cl)));
                parents(out, persons, "Ouder of voogd");
            }
            case PARENTS -> parents(out, persons, "Ouder of voogd");
            case LEGAL_REPRESENTATIVE -> {
                List<String> names = persons.stream().filter(p -> p.who() == ConsentPerson.Who.REPRESENTATIVE)
                        .map(ConsentPerson::name).filter(Objects::nonNull).filter(n -> !n.isBlank()).map(String::strip)
                        .toList();
                if (names.isEmpty() && cl.legalRepresentative() != null && !cl.legalRepresentative().isBlank()) {
                    names = List.of(cl.legalRepresentative().strip());
                }
                if (names.isEmpty()) {
                    out.add(new Signer("Wettelijk vertegenwoordiger", null));
                }
                for (String n : names) {
                    out.add(new Signer("Wettelijk vertegenwoordiger", n));
                }
            }
        }
        return out;
    }

    /** The recorded parents and guardians by name, else two empty lines (both parents sign). */
    private static void parents(List<Signer> out, List<ConsentPerson> persons, String role) {
        List<ConsentPerson> recorded = persons.stream()
                .filter(p -> p.who() == ConsentPerson.Who.PARENT || p.who() == ConsentPerson.Who.GUARDIAN).toList();
        if (recorded.isEmpty()) {
            out.add(new Signer(role, null));
            out.add(new Signer(role, null));
            return;
        }
        for (ConsentPerson p : recorded) {
            String label = p.who() == ConsentPerson.Who.GUARDIAN ? "Voogd" : "Ouder";
            out.add(new Signer(label, p.name() == null || p.name().isBlank() ? null : p.name().strip()));
        }
    }

    private static void signature(ReportDocument doc, Signer s) {
        doc.gap(6f);
        doc.heading2(s.role());
        Table t = new Table(2.2f, 5.8f).unruled();
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Naam"),
                Span.of(Style.TABLE, s.name() == null ? "………………………………………………" : s.name())));
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Datum"), Span.of(Style.TABLE, "………………………………")));
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Handtekening"), Span.of(Style.TABLE, "\n\n………………………………………………")));
        doc.table(t);
    }

    // ------------------------------------------------------------------ the ketenovereenkomst

    public static Path writeAgreement(Keten k, Path file) throws IOException {
        return SingleFile.write(file, agreement(k, PdfOutput.archive()));
    }

    static byte[] agreement(Keten k, PdfOutput output) {
        ChainAgreement a = k.agreement();
        PageDecoration deco = new PageDecoration("Voor: wie erom vraagt",
                "Samenvatting van de afspraken tussen de organisaties; bevat geen gegevens over een cliënt.",
                "Ketenovereenkomst vangnetoverleg · samenvatting · " + Nl.date(k.issuedOn()), "INFORMATIE");
        try (ReportDocument doc = new ReportDocument("Ketenovereenkomst vangnetoverleg — samenvatting",
                "Ketenovereenkomst", deco)) {
            doc.title("Ketenovereenkomst vangnetoverleg");
            doc.subtitle("Samenvatting van de schriftelijke afspraken over gegevensuitwisseling · " + Nl.date(k.issuedOn()));
            List<Partner> signed = a.signatories(k.partners());
            doc.paragraph(a.signedOn() == null ? "Nog niet ondertekend."
                    : "Ondertekend op " + Nl.date(a.signedOn()) + (signed.isEmpty() ? "." : " door:"));
            organisations(doc, signed, null);

            doc.heading1("1. Doel");
            doc.paragraph(a.purpose());
            doc.heading1("2. Bewaren en beveiligen");
            doc.paragraph(a.storage());
            doc.paragraph("Gegevens worden niet langer bewaard dan nodig: " + InzageReport.retention(k.retentionMonths()) + ".");
            doc.heading1("3. Rechten van de cliënt");
            doc.paragraph(a.rights());
            doc.paragraph(List.of(new Span(Style.BODY_BOLD, "Evident belang. "),
                    new Span(Style.BODY, k.evidentInterestText())));
            doc.paragraph("Een beperking van de rechten wordt ten minste elke " + k.evaluationWeeks()
                    + " weken en bij elke fasewissel geëvalueerd.");
            doc.heading1("4. Meldplicht datalekken");
            doc.paragraph(a.reporting());
            doc.heading1("5. Coördinator");
            doc.paragraph(a.hasCoordinator() ? a.coordinatorLine() : "Nog geen coördinator aangewezen.");
            doc.heading1("6. Voorzitter");
            doc.paragraph(k.chair().withRole("De voorzitter van het vangnetoverleg")
                    + (k.chair().complaints() == null ? "" : ". Klachten: " + k.chair().complaints()) + ".");
            return Outputs.finish(doc, output);
        }
    }

    // ------------------------------------------------------------------ shared

    private static void organisations(ReportDocument doc, List<Partner> partners, String none) {
        if (partners.isEmpty()) {
            if (none != null) {
                doc.paragraph(none);
            }
            return;
        }
        Table t = new Table(4.6f, 2.4f, 1.6f).header("Organisatie", "Taak", "Partner");
        for (Partner p : partners) {
            t.row(null, List.of(Span.of(Style.TABLE, p.name()), Span.of(Style.TABLE, p.role().label()),
                    Span.of(Style.TABLE, p.tier() == null ? "–" : p.tier() == Tier.KERN ? "kern" : "schil")));
        }
        doc.table(t);
    }

    private static void bullet(ReportDocument doc, String word, String text) {
        doc.paragraph(List.of(new Span(Style.BODY, "•  "), new Span(Style.BODY_BOLD, word + ": "),
                new Span(Style.BODY, text)), 10f);
    }

    private static String domains() {
        List<String> names = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            names.add(d.label().toLowerCase(Nl.LOCALE));
        }
        return joinNl(names);
    }

    private static String domains(RelevanceMatrix m, Partner p, Visibility v) {
        List<String> names = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            if (m.get(p.role(), d) == v) {
                names.add(d.label().toLowerCase(Nl.LOCALE));
            }
        }
        return names.isEmpty() ? "–" : joinNl(names);
    }

    private static String joinNl(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.getLast();
    }

    /** "Johannes Petrus de Vries" — the full name for the client's own form. */
    static String fullName(Client cl) {
        StringBuilder sb = new StringBuilder();
        String first = cl.firstNames() != null && !cl.firstNames().isBlank() ? cl.firstNames() : cl.roepnaam();
        if (first != null && !first.isBlank()) {
            sb.append(first.strip()).append(' ');
        }
        if (cl.prefix() != null && !cl.prefix().isBlank()) {
            sb.append(cl.prefix().strip()).append(' ');
        }
        sb.append(cl.surname() == null ? "" : cl.surname().strip());
        return sb.toString().strip();
    }
}
