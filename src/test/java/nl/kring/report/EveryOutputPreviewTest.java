package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.Partner;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;

/**
 * A preview before anything leaves, for every output (issue 11): the chair previews the partner reports, the rooster,
 * the verslag, the invitations, the inzage copy and the terugmelding, and each preview reads exactly as the file the
 * export then writes (the text PDFBox extracts, page by page).
 */
class EveryOutputPreviewTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = TestVaults.create(dir.resolve("v"));
        Importer.store(store, DemoData.demoData());
        JudgedMinutes.dismissAll(store, MEETING);
        store.session().markWritten();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private List<String> pages(byte[] pdf, String name) throws Exception {
        Path f = dir.resolve("preview-" + name);
        Files.write(f, pdf);
        return Pdfs.pages(f);
    }

    @Test
    void theMeetingsReportsRoosterAndVerslagReadAsThePreview() throws Exception {
        ExportPreview.Loaded l = ExportPreview.load(store, MEETING);
        Map<String, List<String>> previewed = new LinkedHashMap<>();
        for (Partner p : l.recipients()) {
            previewed.put(p.id() + ".pdf", pages(ExportPreview.report(l, p.id()), p.id()));
        }
        previewed.put("rooster.pdf", pages(ExportPreview.schedule(l), "rooster"));
        previewed.put("verslag.pdf", pages(ExportPreview.minutes(l), "verslag"));

        Path out = dir.resolve("out");
        List<Path> files = ExportService.exportMeeting(store, MEETING, out, Map.of(), ProgressListener.NONE).files();
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactlyInAnyOrderElementsOf(previewed.keySet());
        for (var e : previewed.entrySet()) {
            assertThat(Pdfs.pages(out.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(String.join("", previewed.get("rooster.pdf"))).contains("2026-008");
    }

    @Test
    void theInvitationsReadAsThePreview() throws Exception {
        Map<String, byte[]> previews = ExportPreview.invitations(store, MEETING);
        assertThat(previews).isNotEmpty();
        Path out = dir.resolve("invite");
        ExportService.invite(store, MEETING, out, false);
        try (var listing = Files.list(out)) {
            assertThat(listing.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-uitnodiging.pdf")))
                    .containsExactlyInAnyOrderElementsOf(previews.keySet().stream().map(InvitationPack::pdfName).toList());
        }
        for (var e : previews.entrySet()) {
            assertThat(Pdfs.pages(out.resolve(InvitationPack.pdfName(e.getKey())))).as(e.getKey())
                    .isEqualTo(pages(e.getValue(), e.getKey() + "-uitnodiging"));
        }
    }

    @Test
    void theInzageCopyReadsAsThePreviewAlsoWithAPassageUnmasked() throws Exception {
        byte[] masked = ExportPreview.inzage(store, "2026-008", Set.of());
        Path written = ExportService.inzage(store, "2026-008", dir.resolve("inzage.pdf"));
        assertThat(Pdfs.pages(written)).isEqualTo(pages(masked, "inzage"));

        var passages = InzageReport.preview(ExportService.inzageInput(store, "2026-010"));
        assertThat(passages).isNotEmpty();
        Set<String> shown = Set.of(passages.getFirst().id());
        byte[] one = ExportPreview.inzage(store, "2026-010", shown);
        Path written2 = ExportService.inzage(store, "2026-010", dir.resolve("inzage2.pdf"), shown).file();
        assertThat(Pdfs.pages(written2)).isEqualTo(pages(one, "inzage2"));
        assertThat(Pdfs.flat(String.join(" ", pages(one, "inzage2b")))).contains(passages.getFirst().original());
    }

    @Test
    void theTerugmeldingReadsAsThePreview() throws Exception {
        byte[] preview = ExportPreview.terugmelding(store, "2026-001");
        Path written = ExportService.referrerFeedback(store, "2026-001", dir.resolve("terugmelding.pdf"));
        assertThat(Pdfs.pages(written)).isEqualTo(pages(preview, "terugmelding"));
        assertThat(String.join("", pages(preview, "t2"))).contains("Terugmelding op uw melding");
    }
}
