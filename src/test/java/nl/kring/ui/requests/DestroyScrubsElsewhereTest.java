package nl.kring.ui.requests;

import nl.kring.ui.FxTestSupport;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.report.ExportService;
import nl.kring.report.JudgedMinutes;
import nl.kring.report.ProgressListener;
import nl.kring.retention.CaseEraser;
import nl.kring.retention.EraseFixture;
import nl.kring.service.Services;
import nl.kring.store.Store;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.retention.EraseFixture.A;
import static nl.kring.retention.EraseFixture.MEETING;
import static nl.kring.retention.EraseFixture.NEEDLES;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.requests.RequestsFixture.TODAY;
import static nl.kring.ui.FxTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Destruction on the client's request, through the view model as the case screen drives it: the confirmation says the
 * client is named elsewhere, and afterwards no other case's texts, report or vault file holds the name.
 */
class DestroyScrubsElsewhereTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        startFx();
    }

    @Test
    void destroyingOnRequestReplacesTheClientInOtherCasesAndAuditsOnlyCounts() throws Exception {
        Path vault = dir.resolve("vault");
        Store store = TestVaults.create(vault);
        List<String> destroyed = new ArrayList<>();
        RightsRequest request;
        try {
            EraseFixture.fill(store, false);
            String before = EraseFixture.textsOfB(store);
            request = store.requests().register(A, RequestType.VERNIETIGING, TODAY.minusDays(3), Requester.CLIENT, TODAY);
            RequestsViewModel vm = fx(() -> {
                RequestsViewModel m = new RequestsViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY);
                m.setOnDestroyed(destroyed::add);
                m.show(A);
                return m;
            });
            assertThat(fx(() -> !vm.busyProperty().get() && !vm.requests().isEmpty())).isTrue();
            fx(() -> {
                vm.select(vm.requests().getFirst());
                vm.handle(name -> null);
                return null;
            });
            assertThat(fx(() -> vm.destruction().confirmingProperty().get())).isTrue();
            // 6 texts of case 2026-001 and 2 decisions on possible names in its meeting
            assertThat(fx(() -> vm.destruction().scopeProperty().get())).startsWith("Dit vernietigt casus 2026-010 definitief")
                    .endsWith("De cliënt wordt ook genoemd in 8 tekst(en) bij andere casussen (notulen, besluiten, "
                            + "verstrekkingen, leefgebieden of beslissingen over mogelijke namen); daar komt [cliënt 2026-010] "
                            + "(of [adres cliënt 2026-010], [BSN] enz.) voor in de plaats.");
            // counting changed nothing
            assertThat(FxTestSupport.<String>worker(x -> EraseFixture.textsOfB(store))).isEqualTo(before);

            fx(() -> {
                vm.destruction().confirmTextProperty().set(A);
                vm.destruction().destroy();
                return null;
            });
            assertThat(fx(() -> !destroyed.isEmpty())).isTrue();
            assertThat(destroyed).containsExactly(A);

            String after = FxTestSupport.<String>worker(x -> EraseFixture.textsOfB(store));
            for (String needle : NEEDLES) {
                assertThat(after).doesNotContainIgnoringCase(needle);
            }
            assertThat(after).contains("[cliënt 2026-010]", "[adres cliënt 2026-010]", "[BSN]", "[telefoon]",
                    "[broer van cliënt 2026-010]", "[buurman van cliënt 2026-010]");
            assertThat(FxTestSupport.<Map<String, ?>>worker(x -> store.suspects().forMeeting(MEETING)))
                    .containsOnlyKeys("Rivierstad");

            List<AuditLog.Entry> audit = FxTestSupport.worker(x -> store.audit().entries());
            assertThat(audit.getLast().action()).isEqualTo("PURGE");
            assertThat(audit.getLast().subject()).isEqualTo(A);
            assertThat(audit.getLast().detail()).isEqualTo("destroyed on request of the data subject (request "
                    + request.id() + ", received 2026-11-25); scrubbed 2 paragraphs and 1 decision in 1 meeting, "
                    + "1 disclosure note, 2 texts of 1 other case; removed 2 name decisions");
            for (AuditLog.Entry e : audit) {
                for (String needle : NEEDLES) {
                    assertThat(e.subject() + " " + e.detail()).doesNotContainIgnoringCase(needle);
                }
            }
            assertThat(FxTestSupport.<List<String>>worker(x -> store.verify())).isEmpty();

            JudgedMinutes.dismissAll(store, MEETING);
            ExportService.Result export = FxTestSupport.worker(x -> ExportService.exportMeeting(store, MEETING,
                    dir.resolve("export"), Map.of(), ProgressListener.NONE));
            for (Path pdf : export.files()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    String text = new PDFTextStripper().getText(doc);
                    for (String needle : NEEDLES) {
                        assertThat(text).as(pdf.getFileName().toString()).doesNotContainIgnoringCase(needle);
                    }
                }
            }
            assertThat(FxTestSupport.<CaseEraser.Counts>worker(x -> CaseEraser.preview(store, A))).isEqualTo(CaseEraser.Counts.NONE);
        } finally {
            worker(x -> {
                store.close();
                return null;
            });
        }
        assertThat(TestVaults.filesContaining(List.of(vault), NEEDLES)).isEmpty();
    }
}
