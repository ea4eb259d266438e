package nl.kring.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.FileNumber;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Relative;
import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequest;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Span;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;
import nl.kring.store.SuspectDecisionRepository;

/**
 * The client's inzage copy ({@code kring inzage}, AVG art. 15): everything held on them, their own name included
 * (it is their copy), every minutes paragraph and decision of the meetings where their case was discussed, and every
 * disclosure without consent concerning them. Others' data is withheld (AVG art. 15(4), BW 7:456) by
 * {@link InzageMasking}: the melder, relatives, other clients and unknown persons masked, professionals by function;
 * the chair may have left single passages unmasked. A closing section says in general terms what was withheld and why,
 * and the retention text states the vault's own setting. A leefgebied note or minutes paragraph marked as information
 * from the police is withheld whole ({@link #POLICE}, issue 15): police registers fall outside the AVG's predecessor
 * (handreiking deel II §1; today the Wet politiegegevens), so the client asks the police for that information, and the
 * copy says so.
 */
public final class InzageReport {
    /** What stands in the copy instead of a note or paragraph from the police. */
    public static final String POLICE = "[informatie van de politie]";

    /**
     * @param caseFile          the case, with the client's identity
     * @param partners          the partner register (names for the kring, decision owners and disclosure recipients)
     * @param meetings          meetings in which the case was discussed (only this case's items are used)
     * @param otherDisclosures  disclosures recorded outside a meeting (phone calls and the like)
     * @param chair             sender and contact for questions
     * @param issuedOn          the date of the copy
     * @param requests          the client's requests (inzage, correctie ...) and how they were answered
     * @param evaluations       the evaluations of the restriction of their rights, with outcome and motivation
     */
    public record Input(CaseFile caseFile, List<Partner> partners, List<Meeting> meetings,
                        List<Disclosure> otherDisclosures, ChairContact chair, LocalDate issuedOn,
                        List<RightsRequest> requests, List<CaseFile> allCases,
                        List<SuspectDecisionRepository.Decision> decisions, Set<String> unmasked,
                        Integer retentionMonths, List<EvaluationRecord> evaluations) {
        public Input {
            Objects.requireNonNull(caseFile, "caseFile");
            Objects.requireNonNull(caseFile.client(), "client");
            Objects.requireNonNull(chair, "chair");
            partners = partners == null ? List.of() : List.copyOf(partners);
            meetings = meetings == null ? List.of() : List.copyOf(meetings);
            otherDisclosures = otherDisclosures == null ? List.of() : List.copyOf(otherDisclosures);
            issuedOn = issuedOn == null ? LocalDate.now() : issuedOn;
            requests = requests == null ? List.of() : List.copyOf(requests);
            allCases = allCases == null ? List.of() : List.copyOf(allCases);
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            unmasked = unmasked == null ? Set.of() : Set.copyOf(unmasked);
            evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        }

        public Input(CaseFile caseFile, List<Partner> partners, List<Meeting> meetings, List<Disclosure> otherDisclosures,
                     ChairContact chair, LocalDate issuedOn, List<RightsRequest> requests) {
            this(caseFile, partners, meetings, otherDisclosures, chair, issuedOn, requests, List.of(), List.of(), Set.of(),
                    null, List.of());
        }

        /** The same copy masking the clients of these cases (issue 17: those its texts may name). */
        public Input withAllCases(List<CaseFile> cases) {
            return new Input(caseFile, partners, meetings, otherDisclosures, chair, issuedOn, requests, cases,
                    decisions, unmasked, retentionMonths, evaluations);
        }

        /** The same copy with the given passages shown as written. */
        public Input withUnmasked(Set<String> ids) {
            return new Input(caseFile, partners, meetings, otherDisclosures, chair, issuedOn, requests, allCases,
                    decisions, ids, retentionMonths, evaluations);
        }

        public Input(CaseFile caseFile, List<Partner> partners, List<Meeting> meetings, List<Disclosure> otherDisclosures,
                     ChairContact chair, LocalDate issuedOn) {
            this(caseFile, partners, meetings, otherDisclosures, chair, issuedOn, List.of());
        }
    }

    private InzageReport() {
    }

    /** The copy as written, with what it withheld. */
    public record Rendered(byte[] pdf, List<InzageMasking.Passage> passages, int masked) {
    }

    /** Writes the copy atomically to {@code file}; returns it. */
    public static Path write(Input input, Path file, PdfOutput output) throws IOException {
        return SingleFile.write(file, render(input, output).pdf());
    }

    /** Every passage the copy would withhold (and those the chair unmasked), for the chair's review. */
    public static List<InzageMasking.Passage> preview(Input input) {
        return render(input, PdfOutput.archive()).passages();
    }

    static Rendered render(Input in, PdfOutput output) {
        CaseFile c = in.caseFile();
        InzageMasking masking = new InzageMasking(c, in.allCases(), in.partners(), in.decisions(), in.unmasked());
        byte[] pdf = render(in, output, masking);
        return new Rendered(pdf, masking.passages(), masking.maskedCount());
    }

    private static byte[] render(Input in, PdfOutput output, InzageMasking masking) {
        CaseFile c = in.caseFile();
        Client cl = c.client();
        BiFunction<String, String, String> text = (where, t) -> t == null ? "" : masking.mask(where, t);
        int[] police = {0}; // passages from the police, withheld whole
        Map<String, String> partnerNames = new LinkedHashMap<>();
        for (Partner p : in.partners()) {
            partnerNames.put(p.id(), p.name());
        }
        PageDecoration deco = new PageDecoration("Voor: " + cl.displayName() + " — persoonlijk afschrift",
                "Inzage op grond van de AVG (art. 15). Bevat uw persoonsgegevens: bewaar het zorgvuldig.",
                "Inzage casus " + c.number() + " · opgemaakt op " + Nl.date(in.issuedOn()));
        try (ReportDocument doc = new ReportDocument("Inzage in uw gegevens — casus " + c.number(),
                "Inzageafschrift", deco)) {
            doc.title("Inzage in uw gegevens");
            doc.subtitle("Afschrift voor " + cl.displayName() + " · casus " + c.number() + " · "
                    + Nl.date(in.issuedOn()));
            doc.paragraph("Dit overzicht bevat alle gegevens die het vangnetoverleg over u heeft vastgelegd, wat er "
                    + "in de overleggen over u is gezegd en besloten, en elke keer dat gegevens over u zonder uw "
                    + "toestemming aan een partner zijn verstrekt. Gegevens over anderen (wie de melding deed, uw "
                    + "familie, andere personen) zijn afgeschermd; aan het eind staat wat is afgeschermd en waarom.");

            doc.heading1("1. Uw persoonsgegevens");
            Table id = labels();
            row(id, "Voornamen", cl.firstNames());
            row(id, "Roepnaam", cl.roepnaam());
            row(id, "Achternaam", ((cl.prefix() == null ? "" : cl.prefix().strip() + " ") + Nl.orDash(cl.surname())).strip());
            row(id, "Ook bekend als", String.join(", ", cl.aliases()));
            row(id, "Geboortedatum", cl.birthDate() == null ? null : Nl.date(cl.birthDate()));
            row(id, "BSN", cl.bsn());
            row(id, "Adres", cl.address());
            row(id, "Telefoon", cl.phone());
            List<String> rel = new ArrayList<>();
            int relNo = 0;
            for (Relative r : cl.relatives()) {
                relNo++;
                String name = masking.maskWhole("Persoonsgegevens, familielid " + relNo, r.name(),
                        InzageMasking.Category.FAMILIELID);
                rel.add(name + (r.relation() == null || r.relation().isBlank() ? "" : " (" + r.relation() + ")"));
            }
            row(id, "Familie en naasten", String.join("; ", rel));
            row(id, "Wettelijk vertegenwoordiger", cl.legalRepresentative());
            row(id, "Wilsonbekwaam", cl.incapacitated() ? "ja" : "nee");
            // issue 12: the partners' own numbers for the client are the client's data too (AVG art. 15)
            List<String> numbers = new ArrayList<>();
            for (FileNumber fn : cl.fileNumbers()) {
                numbers.add(partnerNames.getOrDefault(fn.partnerId(), fn.partnerId()) + ": "
                        + (fn.label() == null || fn.label().isBlank() ? "" : fn.label().strip() + " ") + fn.number());
            }
            row(id, "Dossiernummers bij partners", String.join("; ", numbers));
            doc.table(id);

            doc.heading1("2. De melding");
            Table m = labels();
            row(m, "Casusnummer", c.number());
            row(m, "Datum melding", c.reportedOn() == null ? null : Nl.date(c.reportedOn()));
            row(m, "Melder", c.referrer() == null ? null : "[melder] (afgeschermd)");
            row(m, "Fase", c.phase() == null ? null : c.phase().label());
            row(m, "Evaluatie uiterlijk", c.evaluationDue() == null ? null : Nl.date(c.evaluationDue()));
            row(m, "Afgesloten op", c.closedOn() == null ? null : Nl.date(c.closedOn()));
            doc.table(m);

            doc.heading1("3. Toestemming en informatie");
            Table f = labels();
            row(f, "Toestemming", c.consent() == null || c.consent().status() == null ? "niet vastgelegd"
                    : c.consent().status().label()
                    + (c.consent().date() == null ? "" : " op " + Nl.date(c.consent().date()))
                    + (c.consent().by() == null || c.consent().by().isBlank() ? "" : ", door " + text.apply("Toestemming, door", c.consent().by())));
            row(f, "U bent geïnformeerd", c.informed() == null ? "niet vastgelegd" : Nl.yesNo(c.informed().status())
                    + (c.informed().reason() == null || c.informed().reason().isBlank() ? ""
                    : " — " + text.apply("Geïnformeerd, reden", c.informed().reason())));
            row(f, "Evident belang", text.apply("Evident belang", c.evidentInterest()));
            row(f, "Waarom geen lichter middel", text.apply("Lichter middel", c.lighterMeansConsidered()));
            // issue 15: who gave (substitute) consent, and each evaluation of the restriction with its outcome
            // a place in the copy names one text: two parents, two evaluations get "(2)" after the first
            Map<String, Integer> seen = new HashMap<>();
            UnaryOperator<String> place = w -> {
                int n = seen.merge(w, 1, Integer::sum);
                return n == 1 ? w : w + " (" + n + ")";
            };
            for (var p : c.consent() == null ? List.<ConsentPerson>of() : c.consent().persons()) {
                String where = place.apply("Toestemming " + p.who().label());
                row(f, "Toestemming " + p.who().label(), MinutesReport.consentPerson(p, t -> text.apply(where, t)));
            }
            for (EvaluationRecord e : in.evaluations()) {
                String where = place.apply("Evaluatie");
                row(f, "Evaluatie " + Nl.date(e.on()), e.outcome().label() + " — " + text.apply(where, e.motivation()));
            }
            doc.table(f);

            doc.heading1("4. Leefgebieden");
            Table d = new Table(2.2f, 2.7f, 5.1f).header("Leefgebied", "Score", "Toelichting");
            for (LifeDomain ld : LifeDomain.values()) {
                DomainAssessment a = c.domains().get(ld);
                if (a != null) {
                    String note;
                    if (a.policeNote() && a.note() != null && !a.note().isBlank()) {
                        note = POLICE;
                        police[0]++;
                    } else {
                        note = text.apply("Leefgebied " + ld.label(), a.note());
                    }
                    d.row(null, List.of(Span.of(Style.TABLE_BOLD, ld.label()), Span.of(Style.TABLE, Nl.score(a.score())),
                            Span.of(Style.TABLE, note)));
                }
            }
            if (d.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Er zijn geen leefgebieden vastgelegd.");
            } else {
                doc.table(d);
            }

            doc.heading1("5. Partners die uw gegevens mogen bespreken (de kring)");
            Table k = new Table(5f, 3f).header("Organisatie", "Taak");
            for (String pid : c.kring()) {
                Partner p = in.partners().stream().filter(x -> x.id().equals(pid)).findFirst().orElse(null);
                k.row(p == null ? pid : p.name(), p == null ? "–" : p.role().label());
            }
            if (k.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Geen.");
            } else {
                doc.table(k);
            }

            doc.heading1("6. Besprekingen in het vangnetoverleg");
            List<Disclosure> disclosures = new ArrayList<>(in.otherDisclosures());
            int discussed = 0;
            List<Meeting> meetings = new ArrayList<>(in.meetings());
            meetings.sort(Comparator.comparing(Meeting::date));
            for (Meeting meeting : meetings) {
                for (AgendaItem item : meeting.items()) {
                    if (!c.number().equals(item.caseNumber())) {
                        continue;
                    }
                    discussed++;
                    disclosures.addAll(item.disclosures());
                    String at = "Overleg " + Nl.date(meeting.date());
                    doc.heading2(Nl.longDate(meeting.date()) + " · "
                            + Nl.orDash(text.apply(at + ", plaats", meeting.location())));
                    int para = 0;
                    for (MinutesParagraph p : item.minutes()) {
                        para++;
                        List<Span> spans = new ArrayList<>();
                        if (p.category() != null) {
                            spans.add(new Span(Style.SMALL_BOLD, p.category().label() + ": "));
                        }
                        if (p.police()) {
                            spans.add(new Span(Style.BODY, POLICE));
                            police[0]++;
                        } else {
                            spans.add(new Span(Style.BODY, text.apply(at + ", alinea " + para, p.text())));
                        }
                        doc.paragraph(spans);
                    }
                    if (!item.decisions().isEmpty()) {
                        Table t = new Table(4.9f, 2.6f, 1.9f).header("Afgesproken", "Door", "Uiterlijk");
                        int decNo = 0;
                        for (Decision dec : item.decisions()) {
                            decNo++;
                            if (dec.police()) {
                                police[0]++; // issue 15: withheld whole, like a note or paragraph from the police
                            }
                            t.row(dec.police() ? POLICE : text.apply(at + ", afspraak " + decNo, dec.action()),
                                    dec.owner() == null ? "–" : partnerNames.getOrDefault(dec.owner(), dec.owner()),
                                    dec.due() == null ? "–" : Nl.date(dec.due()));
                        }
                        doc.table(t);
                    }
                }
            }
            if (discussed == 0) {
                doc.paragraph(Style.BODY_ITALIC, "Uw situatie is nog niet in een vangnetoverleg besproken.");
            }

            doc.heading1("7. Verstrekkingen zonder uw toestemming");
            doc.paragraph(Style.SMALL, "Elke keer dat gegevens over u zonder uw toestemming zijn gedeeld, is dat "
                    + "vastgelegd: welke gegevens, aan wie, op welke grond en waarom (handreiking bemoeizorg, punt 7). "
                    + "Een aantekening die niet klopte, wordt niet gewist maar ingetrokken: u ziet haar hier, gemarkeerd "
                    + "als ingetrokken, met de datum, de reden en de aantekening die haar vervangt.");
            disclosures.sort(Comparator.comparing(Disclosure::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Disclosure::id, Comparator.nullsLast(Comparator.naturalOrder())));
            if (disclosures.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Er zijn geen gegevens zonder uw toestemming verstrekt.");
            }
            for (int n = 0; n < disclosures.size(); n++) {
                doc.heading2(MinutesReport.disclosureHeading(disclosures, n));
                String at = "Verstrekking " + (n + 1);
                int[] field = {0};
                UnaryOperator<String> disclosureText = t -> text.apply(at + ", tekst " + (++field[0]), t);
                doc.table(MinutesReport.disclosure(disclosures.get(n), disclosures,
                        pid -> partnerNames.getOrDefault(pid, pid), disclosureText));
            }

            doc.heading1("8. Uw verzoeken");
            doc.paragraph(Style.SMALL, "Uw verzoeken om inzage, correctie, een afschrift of vernietiging, en hoe ze zijn "
                    + "beantwoord. Een verzoek wordt binnen een maand beantwoord (AVG, artikel 12).");
            if (in.requests().isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "U heeft (nog) geen verzoek gedaan.");
            } else {
                Table requests = new Table(2.0f, 1.9f, 1.9f, 2.2f, 3.5f)
                        .header("Verzoek", "Ontvangen", "Uiterlijk", "Status", "Toelichting");
                for (RightsRequest r : in.requests().stream().sorted(Comparator.comparing(RightsRequest::receivedOn)).toList()) {
                    requests.row(null, List.of(Span.of(Style.TABLE, requestType(r.type())),
                            Span.of(Style.TABLE, Nl.date(r.receivedOn())), Span.of(Style.TABLE, Nl.date(r.deadline())),
                            Span.of(Style.TABLE, requestStatus(r)),
                            Span.of(Style.TABLE, r.outcomeNote() == null ? "–"
                                    : text.apply("Verzoek van " + Nl.date(r.receivedOn()) + " (" + r.id() + ")", r.outcomeNote()))));
                }
                doc.table(requests);
            }

            doc.heading1("9. Uw rechten");
            doc.paragraph("U mag uw gegevens laten verbeteren of aanvullen, een kopie vragen en vragen om vernietiging. "
                    + "Gegevens van het vangnetoverleg worden niet langer bewaard dan nodig: "
                    + retention(in.retentionMonths()) + ". Heeft u vragen of een klacht, neem dan contact op met de "
                    + in.chair().withRole("de voorzitter van het vangnetoverleg") + "."
                    + (in.chair().complaints() == null ? "" : " Klachten kunt u ook indienen bij: " + in.chair().complaints() + "."));

            doc.heading1("10. Wat is afgeschermd en waarom");
            withheld(doc, masking, police[0]);
            return Outputs.finish(doc, output);
        }
    }

    /** The retention sentence from the vault's setting (months after the case is closed). */
    static String retention(Integer months) {
        if (months == null) {
            return "zo lang als de bewaartermijn van het vangnetoverleg voorschrijft, gerekend vanaf het afsluiten van "
                    + "de casus";
        }
        String period = months % 12 == 0 ? (months / 12 == 1 ? "één jaar" : months / 12 + " jaar")
                : months == 1 ? "één maand" : months + " maanden";
        return "de bewaartermijn is " + period + " na het afsluiten van de casus; daarna worden ze vernietigd";
    }

    private static void withheld(ReportDocument doc, InzageMasking masking, int police) {
        Map<InzageMasking.Category, Integer> counts = masking.withheld();
        doc.paragraph("U heeft recht op uw eigen gegevens. Dit afschrift mag de rechten van anderen niet schaden "
                + "(AVG artikel 15 lid 4; Burgerlijk Wetboek artikel 7:456). Daarom zijn gegevens over andere personen "
                + "vervangen door een aanduiding tussen haken. Wat er over u zelf is vastgelegd, staat er volledig in.");
        Table t = new Table(5.6f, 2.4f).header("Afgeschermd", "Aantal keer");
        for (InzageMasking.Category cat : InzageMasking.Category.values()) {
            int n = counts.getOrDefault(cat, 0);
            if (n > 0) {
                t.row(withheldLabel(cat), Integer.toString(n));
            }
        }
        if (police > 0) {
            t.row("Informatie van de politie " + POLICE, Integer.toString(police));
        }
        if (t.isEmpty()) {
            doc.paragraph(Style.BODY_ITALIC, "In dit afschrift is niets afgeschermd.");
        } else {
            doc.table(t);
            doc.paragraph(Style.SMALL, "Wie de melding deed, blijft afgeschermd zodat mensen zorgen kunnen melden "
                    + "zonder dat hun naam bekend wordt. Uw familie en andere personen hebben, net als u, recht op "
                    + "bescherming van hun privacy. Medewerkers van de partners staan vermeld met hun functie en "
                    + "organisatie. Wilt u weten waarom iets is afgeschermd, neem dan contact op met de voorzitter.");
            if (police > 0) {
                // handreiking deel II §1: politieregisters vallen niet onder de Wbp (nu: de Wet politiegegevens)
                doc.paragraph(Style.SMALL, "Informatie die de politie in het overleg heeft ingebracht, valt onder de "
                        + "Wet politiegegevens. Inzage daarin vraagt u aan bij de politie.");
            }
        }
    }

    private static String withheldLabel(InzageMasking.Category c) {
        return switch (c) {
            case MELDER -> "De naam van wie de melding deed [melder]";
            case FAMILIELID -> "Namen van uw familie en naasten [familielid]";
            case ANDERE_CLIENT -> "Gegevens van andere cliënten [andere cliënt]";
            case PERSOON -> "Namen van andere personen [persoon]";
            case ADRES -> "Adressen van anderen [adres]";
            case PROFESSIONAL -> "Namen van medewerkers (vervangen door functie en organisatie)";
        };
    }

    private static String requestType(RequestType t) {
        return switch (t) {
            case INZAGE -> "Inzage";
            case CORRECTIE -> "Correctie";
            case AFSCHRIFT -> "Afschrift";
            case VERNIETIGING -> "Vernietiging";
        };
    }

    private static String requestStatus(RightsRequest r) {
        return switch (r.status()) {
            case OPEN -> r.isExtended() ? "In behandeling; termijn verlengd op " + Nl.date(r.extendedOn()) + ": "
                    + r.extensionReason() : "In behandeling";
            case HANDLED -> "Afgehandeld op " + Nl.date(r.handledOn());
            case REFUSED -> "Afgewezen op " + Nl.date(r.handledOn());
        };
    }

    private static Table labels() {
        return new Table(2.6f, 5.4f).unruled();
    }

    private static void row(Table t, String label, String value) {
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, label), Span.of(Style.TABLE, Nl.orDash(value))));
    }
}
