package nl.kring.report;

import static nl.kring.report.Pdfs.containsWord;
import static nl.kring.report.Pdfs.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;

class InzageReportTest {
    @TempDir
    static Path out;
    static Path file;
    static String text;
    static final Disclosure PHONE_CALL = new Disclosure(List.of(LifeDomain.SOMATISCH_FUNCTIONEREN),
            List.of("ggz-altrecht"), DisclosureBasis.EVIDENT_BELANG, "Wond dreigt te ontsteken; GGZ gaat mee op huisbezoek.",
            "Cliënt was niet bereikbaar.", "voorzitter M. Bos", LocalDate.of(2026, 11, 20));
    /** An earlier meeting in which the melder is named in the minutes. */
    static final Meeting EARLIER = new Meeting(LocalDate.of(2026, 10, 15), "GGD, zaal 1", null, List.of("a-1"),
            List.of(new AgendaItem("2026-017", 10, List.of(new MinutesParagraph(null,
                    "Ans Buurman van de Bewonerscommissie Kerkstraat meldde dat Jan de Vries al weken binnen blijft.")),
                    List.of(), List.of()),
                    new AgendaItem("2026-018", 10, List.of(new MinutesParagraph(null, "Andere cliënte: Riek Zwanenburg.")),
                            List.of(new Decision("Iets over een ander.", "ggd-vangnet", null)), List.of())));

    @BeforeAll
    static void write() throws IOException {
        file = InzageReport.write(new InzageReport.Input(ReportFixtures.C17, ReportFixtures.PARTNERS,
                List.of(ReportFixtures.MEETING, EARLIER), List.of(PHONE_CALL), ReportFixtures.CHAIR,
                LocalDate.of(2026, 12, 1)), out.resolve("inzage-2026-017.pdf"), PdfOutput.archive());
        text = flat(Pdfs.text(file));
    }

    @Test
    void containsAllIdentityDataOfTheClient() {
        var cl = ReportFixtures.C17.client();
        assertThat(text).contains("Johannes Petrus").contains("Jan").contains("de Vries").contains("Hansje")
                .contains("12 maart 1984").contains("111222333").contains("Kerkstraat 12, 3511 AB Utrecht")
                .contains("06-12345678").contains("[familielid] (zoon)").contains("Voor: " + cl.displayName());
    }

    @Test
    void containsEveryLeefgebiedWithNoteAndTheKring() {
        for (var e : ReportFixtures.C17.domains().entrySet()) {
            DomainAssessment a = e.getValue();
            assertThat(text).contains(e.getKey().label() + " " + Nl.score(a.score()) + " " + flat(a.note()));
        }
        assertThat(text).contains("Woonstichting Het Dak Woningcorporatie").contains("Altrecht GGZ, team bemoeizorg GGZ");
    }

    @Test
    void containsEveryMinutesParagraphAndDecisionOfTheirCaseOnlyWithTheirOwnName() {
        for (AgendaItem item : ReportFixtures.MEETING.items()) {
            if (!item.caseNumber().equals("2026-017")) {
                continue;
            }
            for (MinutesParagraph p : item.minutes()) {
                // the client's own words in full; only others' names (the son, unknown persons) are masked
                String own = flat(p.text()).replace("Peter de Vries", "[familielid]");
                assertThat(text).contains(own.substring(0, Math.min(own.length(), 60)));
            }
            for (Decision d : item.decisions()) {
                assertThat(text).contains(flat(d.action()));
            }
        }
        assertThat(text).contains("[melder] van de [melder] meldde dat Jan de Vries");
        // nothing of other cases
        assertThat(text).doesNotContain("Zwanenburg").doesNotContain("Riek").doesNotContain("Iets over een ander")
                .doesNotContain("2026-018").doesNotContain("Memo");
    }

    @Test
    void containsEveryDisclosureConcerningThem() {
        assertThat(text).contains("Verstrekking 1").contains("Verstrekking 2").doesNotContain("Verstrekking 3");
        assertThat(text).contains("Ontruiming dreigt; zonder overleg verliest De Vries zijn woning.")
                .contains("Huisvesting, Financiën").contains("Aan Woonstichting Het Dak")
                .contains("Wond dreigt te ontsteken").contains("Aan Altrecht GGZ, team bemoeizorg")
                .contains("Evident belang").contains("20 november 2026");
        // sorted by date: the phone call of 20 November before the meeting of 26 November
        assertThat(text.indexOf("Wond dreigt")).isLessThan(text.indexOf("Ontruiming dreigt"));
    }

    @Test
    void theMelderIsMasked() {
        var melder = ReportFixtures.C17.referrer();
        assertThat(text).contains("Melder [melder] (afgeschermd)");
        assertThat(containsWord(text, melder.name())).isFalse();
        assertThat(containsWord(text, melder.organisation())).isFalse();
        assertThat(containsWord(text, "Buurman")).isFalse();
    }

    @Test
    void headerAndPagesOnEveryPage() {
        List<String> pages = Pdfs.pages(file);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(flat(pages.get(i))).contains("Voor: Jan de Vries").contains("Inzage op grond van de AVG")
                    .contains("pagina " + (i + 1) + " van " + pages.size());
        }
    }

    @Test
    void archiveOrPasswordAndNoTemporaryFileLeft() throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(doc.isEncrypted()).isFalse();
        }
        Path protectedFile = InzageReport.write(new InzageReport.Input(ReportFixtures.C17, ReportFixtures.PARTNERS,
                List.of(), List.of(), ReportFixtures.CHAIR, null), out.resolve("beveiligd.pdf"), PdfOutput.password("geheim"));
        assertThatThrownBy(() -> Loader.loadPDF(protectedFile.toFile()).close()).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(protectedFile.toFile(), "geheim")) {
            assertThat(doc.getEncryption().getCOSObject().getInt(COSName.V)).isEqualTo(5);
            assertThat(flat(new PDFTextStripper().getText(doc)))
                    .contains("Uw situatie is nog niet in een vangnetoverleg besproken")
                    .contains("Er zijn geen gegevens zonder uw toestemming verstrekt");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("inzage-2026-017.pdf", "beveiligd.pdf");
        }
    }
}
