package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Partner;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

/** The preview shows each partner exactly what the export sends it, and every replacement, on the demo meeting. */
class ExportPreviewTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    @Test
    void thePreviewIsTheReportThePartnerReceivesAndListsEveryReplacementAsThePartnerReadsIt() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            Importer.store(store, DemoData.demoData());
            for (var open : MinutesSuspects.open(store, MEETING)) {
                store.suspects().record(MEETING, open.text(), SuspectDecisionRepository.Kind.DISMISSED, null);
            }
            ExportPreview.Loaded loaded = ExportPreview.load(store, MEETING);
            List<Path> files = ExportService.exportMeeting(store, MEETING, dir.resolve("out"), Map.of(),
                    ProgressListener.NONE).files();
            List<CaseFile> cases = store.cases().all();
            assertThat(loaded.recipients()).isNotEmpty();
            for (Partner p : loaded.recipients()) {
                Path sent = dir.resolve("out").resolve(p.id() + ".pdf");
                assertThat(files).contains(sent);
                // the same rendering: page for page the same text as the file that is sent
                assertThat(pages(ExportPreview.report(loaded, p.id()))).as(p.id()).isEqualTo(pages(Files.readAllBytes(sent)));

                Set<String> mine = cases.stream().filter(c -> c.kring().contains(p.id())).map(CaseFile::number)
                        .collect(Collectors.toSet());
                for (ExportPreview.Replacement r : ExportPreview.replacements(loaded, p.id())) {
                    assertThat(Pdfs.caseNumbers(r.replacement())).as("%s: %s", p.id(), r).isSubsetOf(mine);
                    assertThat(r.original()).isNotBlank();
                    assertThat(r.replacement()).startsWith("[").endsWith("]");
                }
            }
            // the demo's client of 2026-001 is named in its minutes: the woningcorporatie in its kring sees the marker
            assertThat(ExportPreview.replacements(loaded, "woco-dak"))
                    .anySatisfy(r -> {
                        assertThat(r.where()).startsWith("2026-001");
                        assertThat(r.replacement()).isEqualTo("[cliënt 2026-001]");
                    });
        }
    }

    static List<String> pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc));
            }
            return out;
        }
    }
}
