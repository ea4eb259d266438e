package nl.kring.report.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {
    private static final PageDecoration DECO = new PageDecoration("Voor: test", "Vertrouwelijk.", "voet");

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void charactersWithoutGlyphBecomeQuestionMarksAndControlsVanish() throws IOException {
        byte[] pdf;
        try (ReportDocument doc = new ReportDocument("t", null, DECO)) {
            doc.paragraph("Planeet \uD83E\uDE90 en 漢字;\ttab,\u0007bel,\u00a0nbsp, e\u0308 (samengesteld) en \u200bzwj.");
            pdf = doc.saveArchive();
        }
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Planeet ? en ??; tab,bel, nbsp, ë (samengesteld) en zwj.");
    }

    @Test
    void hardLineBreaksAndEmptyCellsAndRowsKeepTheirPlace() throws IOException {
        byte[] pdf;
        try (ReportDocument doc = new ReportDocument("t", null, DECO)) {
            doc.paragraph("regel een\nregel twee");
            doc.table(new Table(1, 1).header("A", "B").row("", "").row("x", "").row("", "y"));
            doc.table(new Table(1).row("zonder kop"));
            pdf = doc.saveArchive();
            assertThat(doc.pageCount()).isEqualTo(1);
        }
        assertThat(text(pdf)).contains("regel een\nregel twee").contains("x").contains("y").contains("zonder kop");
    }

    @Test
    void aHeadingNeverEndsAPage() throws IOException {
        byte[] pdf;
        try (ReportDocument doc = new ReportDocument("t", null, DECO)) {
            for (int i = 0; i < 200; i++) {
                doc.heading1("Kop " + i);
                doc.paragraph("Tekst " + i);
            }
            pdf = doc.saveArchive();
        }
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                List<String> lines = s.getText(d).lines().filter(l -> l.startsWith("Kop ") || l.startsWith("Tekst "))
                        .toList();
                assertThat(lines.getLast()).as("page %d", p).startsWith("Tekst ");
            }
        }
    }

    @Test
    void saveOnceAndNeedAPasswordAndARecipient() {
        try (ReportDocument doc = new ReportDocument("t", null, DECO)) {
            assertThatThrownBy(() -> doc.saveProtected("")).isInstanceOf(IllegalArgumentException.class);
            doc.saveArchive();
            assertThatThrownBy(doc::saveArchive).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> new PageDecoration(" ", "x", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
