package nl.kring.report;

import static nl.kring.report.Pdfs.flat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.report.layout.ReportDocument;

/** Long minutes flow over many pages; no word is lost, no line is clipped or drawn outside the body area. */
class LongMinutesTest {
    private static final String[] VOCABULARY = {"cliënt", "woning", "huisbezoek", "zorgen", "geëvalueerd", "overleg",
            "contact", "afspraak", "situatie", "buren", "overlast", "financiën", "coöperatie", "reünie", "privé",
            "één", "huisarts", "wijkteam", "begeleiding", "onveilig", "verwaarlozing", "signalen", "de", "het", "een",
            "en", "is", "niet", "met", "op", "voor", "naar", "bij", "Öztürk", "Ĳssel", "daarom", "volgende", "week"};
    private static final String LONG_WORD = "https://voorbeeld.example/dossiers/zeer/lange/verwijzing/zonder/spaties/"
            + "die/breder/is/dan/een/hele/regel/van/het/verslag/en/dus/gebroken/moet/worden/0123456789abcdef";

    @TempDir
    static Path out;
    static List<String> paragraphs = new ArrayList<>();
    static String longNote;

    @BeforeAll
    static void export() throws IOException {
        MeetingReports.export(input(paragraphs), out, ProgressListener.NONE);
        longNote = longNoteText;
    }

    private static String longNoteText;

    /** 30 paragraphs of 200 words (one with a word wider than a line) and a 700-word leefgebied note. */
    static MeetingExportInput input(List<String> paragraphsOut) {
        Random random = new Random(17);
        for (int p = 0; p < 30; p++) {
            StringBuilder sb = new StringBuilder("Alinea" + (p + 1));
            for (int w = 1; w < 200; w++) {
                sb.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                if (w % 23 == 0) {
                    sb.append('.');
                }
            }
            if (p == 7) {
                sb.append(' ').append(LONG_WORD);
            }
            paragraphsOut.add(sb.toString());
        }
        StringBuilder note = new StringBuilder("Notitiebegin");
        for (int w = 0; w < 700; w++) {
            note.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        longNoteText = note.append(" notitie-einde").toString();

        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        domains.put(LifeDomain.HUISVESTING, new DomainAssessment(2, longNoteText));
        CaseFile c = new CaseFile("2026-100", ReportFixtures.C17.client(), ReportFixtures.C17.referrer(), null,
                Phase.INTAKE, domains, null, null, "evident", null, null, null, List.of("ggd-vangnet", "woco-dak"));
        List<MinutesParagraph> minutes = paragraphsOut.stream().map(MinutesParagraph::general).toList();
        Meeting m = new Meeting(ReportFixtures.MEETING_DATE, "GGD", LocalTime.of(13, 30), List.of("a-1", "a-7"),
                List.of(new AgendaItem("2026-100", 30, minutes,
                        List.of(new Decision("Vervolg over twee weken.", "woco-dak", null)), List.of())));
        return MeetingExportInput.of(m, ReportFixtures.PARTNERS, List.of(c), RelevanceMatrix.defaults(),
                ReportFixtures.PSEUDONYMISER, ReportFixtures.CHAIR);
    }

    @Test
    void everyWordOfEveryParagraphComesBackInOrderOverSeveralPages() throws IOException {
        for (String file : List.of("woco-dak.pdf", "verslag.pdf")) {
            Path pdf = out.resolve(file);
            assertThat(Pdfs.pages(pdf)).as(file).hasSizeGreaterThanOrEqualTo(8);
            String body = flat(bodyText(pdf));
            int from = 0;
            for (String p : paragraphs) {
                String expected = flat(p.replace(LONG_WORD, ""));
                int at = body.indexOf(expected.substring(0, expected.length() / 2), from);
                assertThat(at).as("%s: paragraph '%s…' in order", file, p.substring(0, 9)).isGreaterThanOrEqualTo(from);
                assertThat(body.substring(at)).startsWith(expected.strip());
                from = at + expected.length() / 2;
            }
            // the long note spans pages inside one table row
            assertThat(body.replace(" Leefgebied Score Toelichting", "").replace(" Huisvesting (vervolg)", ""))
                    .contains(flat(longNote));
            // the word wider than a line was cut, not dropped or clipped
            assertThat(bodyText(pdf).replaceAll("\\s+", "")).contains(LONG_WORD);
        }
    }

    @Test
    void noGlyphOutsideTheBodyAreaExceptTheHeaderAndFooter() {
        float w = ReportDocument.PAGE.getWidth();
        float h = ReportDocument.PAGE.getHeight();
        for (String file : List.of("woco-dak.pdf", "verslag.pdf", "rooster.pdf")) {
            for (Pdfs.Glyph g : Pdfs.glyphs(out.resolve(file))) {
                boolean decoration = Math.abs(g.baseline() - 34f) < 0.6f || Math.abs(g.baseline() - (h - 34f)) < 0.6f
                        || Math.abs(g.baseline() - (h - 46f)) < 0.6f;
                if (!decoration) {
                    assertThat(g.baseline()).as("%s p%d '%s'", file, g.page(), g.text())
                            .isGreaterThan(ReportDocument.BODY_BOTTOM)
                            .isLessThan(ReportDocument.BODY_TOP);
                }
                assertThat(g.x()).as("%s p%d '%s'", file, g.page(), g.text())
                        .isGreaterThanOrEqualTo(ReportDocument.MARGIN_LEFT - 0.5f);
                assertThat(g.x() + g.width()).as("%s p%d '%s'", file, g.page(), g.text())
                        .isLessThanOrEqualTo(w - ReportDocument.MARGIN_RIGHT + 0.5f);
            }
        }
    }

    /** Text inside the body area only (header and footer cut away). */
    static String bodyText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float w = ReportDocument.PAGE.getWidth();
            float h = ReportDocument.PAGE.getHeight();
            StringBuilder sb = new StringBuilder();
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("body", new Rectangle2D.Float(0, 60, w, h - 60 - 50));
            for (var page : doc.getPages()) {
                s.extractRegions(page);
                sb.append(s.getTextForRegion("body")).append('\n');
            }
            return sb.toString();
        }
    }
}
