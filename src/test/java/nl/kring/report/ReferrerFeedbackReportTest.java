package nl.kring.report;

import static nl.kring.report.Pdfs.containsWord;
import static nl.kring.report.Pdfs.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.report.ReferrerFeedbackReport.Outcome;

class ReferrerFeedbackReportTest {
    @TempDir
    Path out;

    @Test
    void tellsTheMelderOnlyReceiptDiscussionPhaseAndOutcome() throws IOException {
        CaseFile c = ReportFixtures.C17;
        Path file = ReferrerFeedbackReport.write(new ReferrerFeedbackReport.Input(c, ReportFixtures.MEETING_DATE, null,
                ReportFixtures.CHAIR, LocalDate.of(2026, 11, 27)), out.resolve("terugmelding.pdf"), PdfOutput.archive());
        String text = flat(Pdfs.text(file));
        assertThat(text).contains("Voor: Ans Buurman, Bewonerscommissie Kerkstraat")
                .contains("Geachte Ans Buurman,")
                .contains("Wij hebben uw melding van 2 oktober 2026 ontvangen.")
                .contains("op 26 november 2026 besproken in het vangnetoverleg")
                .contains("Stand van zaken: fase screening. " + Outcome.IN_ONDERZOEK.sentence())
                .contains("Ons kenmerk 2026-017")
                .contains("M. Bos");

        // no client identity, no health detail, nothing of the minutes or decisions
        var cl = c.client();
        for (String word : List.of(cl.surname(), cl.roepnaam(), "Johannes", "Hansje", "Peter")) {
            assertThat(containsWord(text, word)).as(word).isFalse();
        }
        assertThat(text).doesNotContain(cl.bsn()).doesNotContain("111 222 333").doesNotContain(cl.address())
                .doesNotContain("Kerkstraat 12").doesNotContain(cl.phone()).doesNotContain("1984");
        for (LifeDomain d : LifeDomain.values()) {
            assertThat(containsWord(text, d.label())).as(d.name()).isFalse();
        }
        for (var a : c.domains().values()) {
            assertThat(text).doesNotContain(flat(a.note()));
        }
        for (AgendaItem item : ReportFixtures.MEETING.items()) {
            for (MinutesParagraph p : item.minutes()) {
                assertThat(text).doesNotContain(flat(p.text()).substring(0, 25));
            }
            for (Decision d : item.decisions()) {
                assertThat(text).doesNotContain(flat(d.action()).substring(0, 20));
            }
        }
        for (String sensitive : List.of("psychot", "wond", "drinkt", "huurachterstand", "ontruim", "evident",
                "toestemming", "GGZ", "Woonstichting", "Politie")) {
            assertThat(text.toLowerCase()).as(sensitive).doesNotContain(sensitive.toLowerCase());
        }
        for (String page : Pdfs.pages(file)) {
            assertThat(flat(page)).contains("Voor: Ans Buurman").contains("Alleen voor de melder").contains("pagina 1 van");
        }
    }

    @Test
    void outcomeFollowsThePhaseUnlessTheChairSaysOtherwise() throws IOException {
        assertThat(Outcome.fromPhase(Phase.MELDING)).isEqualTo(Outcome.IN_ONDERZOEK);
        assertThat(Outcome.fromPhase(Phase.INTAKE)).isEqualTo(Outcome.OPGEPAKT);
        assertThat(Outcome.fromPhase(Phase.TRAJECT_EVALUATIE)).isEqualTo(Outcome.OPGEPAKT);
        assertThat(Outcome.fromPhase(Phase.AFGESLOTEN)).isEqualTo(Outcome.AFGESLOTEN);

        Path file = ReferrerFeedbackReport.write(new ReferrerFeedbackReport.Input(ReportFixtures.C19,
                ReportFixtures.MEETING_DATE, Outcome.NIET_OPGEPAKT, ReportFixtures.CHAIR, null), out.resolve("t.pdf"),
                PdfOutput.password("melder"));
        try (var doc = Loader.loadPDF(file.toFile(), "melder")) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertThat(text).contains("fase cliëntverdeling. " + Outcome.NIET_OPGEPAKT.sentence())
                    .contains("Voor: J. de Graaf, Politie Midden-Nederland");
        }
    }

    @Test
    void aCaseWithoutMelderCannotBeAnswered() {
        CaseFile noMelder = new CaseFile("2026-050", ReportFixtures.C18.client(), null, null, Phase.MELDING, null,
                null, null, null, null, null, null, List.of("ggd-vangnet"));
        assertThatThrownBy(() -> new ReferrerFeedbackReport.Input(noMelder, null, null, ReportFixtures.CHAIR, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-050");
    }
}
