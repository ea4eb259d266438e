package nl.kring.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Span;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;

/**
 * Terugmelding aan de verwijzer: a letter to the melder with only what they may know: the melding was received
 * and discussed, the phase, and whether the case is taken up. No client identity (the melding is referred to by
 * its date and our reference, the case number), no leefgebieden, minutes, decisions or any health detail.
 */
public final class ReferrerFeedbackReport {

    /** Whether the vangnetoverleg took the case up, as the melder may hear it. */
    public enum Outcome {
        IN_ONDERZOEK("Het vangnetoverleg onderzoekt nog of en welke hulp nodig is."),
        OPGEPAKT("Het vangnetoverleg heeft de casus in behandeling genomen."),
        NIET_OPGEPAKT("Het vangnetoverleg neemt de casus niet in behandeling."),
        AFGESLOTEN("De casus is inmiddels afgesloten.");

        private final String sentence;

        Outcome(String sentence) {
            this.sentence = sentence;
        }

        public String sentence() {
            return sentence;
        }

        /** The default reading of a phase: still being looked into, taken up, or closed. */
        public static Outcome fromPhase(Phase phase) {
            if (phase == null) {
                return IN_ONDERZOEK;
            }
            return switch (phase) {
                case MELDING, SCREENING -> IN_ONDERZOEK;
                case CLIENTVERDELING, INTAKE, HULPVRAAGDEFINIERING, TRAJECT_EVALUATIE -> OPGEPAKT;
                case AFGESLOTEN -> AFGESLOTEN;
            };
        }
    }

    /**
     * @param caseFile    the case; only its number, melding date, phase and melder are used
     * @param discussedOn the meeting in which the melding was discussed
     * @param outcome     null: {@link Outcome#fromPhase}
     * @param chair       sender
     * @param issuedOn    the letter's date; null: today
     */
    public record Input(CaseFile caseFile, LocalDate discussedOn, Outcome outcome, ChairContact chair,
                        LocalDate issuedOn) {
        public Input {
            Objects.requireNonNull(caseFile, "caseFile");
            Objects.requireNonNull(chair, "chair");
            Referrer m = caseFile.referrer();
            if (m == null || ((m.name() == null || m.name().isBlank())
                    && (m.organisation() == null || m.organisation().isBlank()))) {
                throw new IllegalArgumentException("case " + caseFile.number() + " has no melder to write to");
            }
            outcome = outcome == null ? Outcome.fromPhase(caseFile.phase()) : outcome;
            issuedOn = issuedOn == null ? LocalDate.now() : issuedOn;
        }
    }

    private ReferrerFeedbackReport() {
    }

    /** Writes the letter atomically to {@code file}; returns it. */
    public static Path write(Input input, Path file, PdfOutput output) throws IOException {
        return SingleFile.write(file, render(input, output));
    }

    static byte[] render(Input in, PdfOutput output) {
        CaseFile c = in.caseFile();
        Referrer m = c.referrer();
        String addressee = addressee(m);
        PageDecoration deco = new PageDecoration("Voor: " + addressee,
                "Alleen voor de melder. Bevat geen gegevens over de gezondheid of situatie van de betrokkene.",
                "Terugmelding · ons kenmerk " + c.number() + " · " + Nl.date(in.issuedOn()));
        try (ReportDocument doc = new ReportDocument("Terugmelding aan de melder — " + c.number(),
                "Terugmelding aan de verwijzer", deco)) {
            doc.title("Terugmelding op uw melding");
            doc.subtitle("Vangnetoverleg · " + Nl.date(in.issuedOn()));
            Table t = new Table(2f, 6f).unruled();
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Aan"), Span.of(Style.TABLE, addressee)));
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Van"),
                    Span.of(Style.TABLE, in.chair().withRole("voorzitter vangnetoverleg"))));
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Uw melding van"),
                    Span.of(Style.TABLE, c.reportedOn() == null ? "–" : Nl.date(c.reportedOn()))));
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Ons kenmerk"), Span.of(Style.TABLE, c.number())));
            doc.table(t);

            doc.paragraph("Geachte " + (m.name() == null || m.name().isBlank() ? "heer, mevrouw" : m.name().strip()) + ",");
            doc.paragraph("Wij hebben uw melding" + (c.reportedOn() == null ? "" : " van " + Nl.date(c.reportedOn()))
                    + " ontvangen. Uw melding is " + (in.discussedOn() == null ? "besproken in het vangnetoverleg"
                    : "op " + Nl.date(in.discussedOn()) + " besproken in het vangnetoverleg") + ".");
            doc.paragraph(List.of(new Span(Style.BODY_BOLD, "Stand van zaken: "),
                    new Span(Style.BODY, "fase " + (c.phase() == null ? "onbekend" : c.phase().label()).toLowerCase(Nl.LOCALE)
                            + ". " + in.outcome().sentence())));
            // What the chair can promise (issue 15): the partners never see the melder, but the client has a right to
            // know the source of the data (AVG art. 15(1)(g)), restricted only where needed to protect others (AVG
            // art. 15(4) and 23, UAVG art. 41); the inzage copy masks the melder on that ground, case by case.
            doc.paragraph("Vanwege het beroepsgeheim en de privacy van de betrokkene kunnen wij u niets vertellen over "
                    + "diens gezondheid of situatie, of over de hulp die wordt geboden. Uw naam geven wij niet door aan "
                    + "de partners van het overleg. Vraagt de betrokkene inzage in zijn gegevens, dan heeft hij in "
                    + "beginsel het recht te weten waar die vandaan komen. Wij schermen uw naam dan af als dat nodig is "
                    + "om u of anderen te beschermen, maar wij kunnen niet in alle gevallen beloven dat de betrokkene "
                    + "uw naam nooit te weten komt.");
            doc.paragraph("Maakt u zich opnieuw zorgen, of verandert de situatie, neem dan contact op met "
                    + in.chair().withRole("de voorzitter van het vangnetoverleg") + ". Dank voor uw melding."
                    + (in.chair().complaints() == null ? "" : " Klachten: " + in.chair().complaints() + "."));
            doc.gap(8f);
            doc.paragraph("Met vriendelijke groet,");
            doc.paragraph(in.chair().name() == null ? List.of(new Span(Style.BODY, "de voorzitter van het vangnetoverleg"))
                    : List.of(new Span(Style.BODY_BOLD, in.chair().name()), new Span(Style.BODY,
                    "\nvoorzitter vangnetoverleg" + (in.chair().organisation() == null ? ""
                            : ", " + in.chair().organisation()))));
            return Outputs.finish(doc, output);
        }
    }

    private static String addressee(Referrer m) {
        boolean name = m.name() != null && !m.name().isBlank();
        boolean org = m.organisation() != null && !m.organisation().isBlank();
        if (name && org && !m.name().strip().equalsIgnoreCase(m.organisation().strip())) {
            return m.name().strip() + ", " + m.organisation().strip();
        }
        return name ? m.name().strip() : m.organisation().strip();
    }
}
