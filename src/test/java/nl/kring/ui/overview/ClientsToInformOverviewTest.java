package nl.kring.ui.overview;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ClientInforming;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.TestVaults;
import nl.kring.domain.Informed;
import nl.kring.service.Services;
import nl.kring.ui.common.SameThreadExecutor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the Overzicht names the clients discussed without consent who were not informed (handreiking deel I §6
 * points 2, 5, 7), case numbers only, and writes the information for clients from beside such a case, audited with its
 * number. On the demo vault, with 2026-010 (consent refused) recorded as not informed and no reason.
 */
class ClientsToInformOverviewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void listsTheClientsToInformAndWritesTheLetterBesideOne() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            Importer.store(store, DemoData.demoData());
            CaseFile c = store.cases().find("2026-010").orElseThrow();
            store.cases().save(new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), c.domains(),
                    c.consent(), null, c.evidentInterest(), c.lighterMeansConsidered(), c.evaluationDue(), c.closedOn(),
                    c.kring()));
            OverviewViewModel vm = onFx(() -> new OverviewViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY));
            onFx(() -> {
                vm.refresh();
                return null;
            });
            // 2026-010 first (nothing recorded), then the demo's two clients not informed for a recorded reason
            assertThat(onFx(() -> List.copyOf(vm.uninformed()))).containsExactly(
                    new ClientInforming.Uninformed("2026-010", LocalDate.of(2026, 11, 26), ClientInforming.Kind.NO_REASON),
                    new ClientInforming.Uninformed("2026-003", LocalDate.of(2026, 11, 26), ClientInforming.Kind.REASON_RECORDED),
                    new ClientInforming.Uninformed("2026-008", LocalDate.of(2026, 11, 26), ClientInforming.Kind.REASON_RECORDED));
            assertThat(OverviewViewModel.uninformedText(vm.uninformed().getFirst())).isEqualTo("Besproken zonder "
                    + "toestemming op 26-11-2026. Niet vastgelegd dat de cliënt is geïnformeerd, en geen reden om dat niet te doen.");
            assertThat(OverviewViewModel.uninformedText(vm.uninformed().get(1))).contains("reden vastgelegd")
                    .contains("evalueer");

            // inside the vault folder: refused in Dutch, nothing written
            onFx(() -> {
                vm.writeInformation("2026-010", dir.resolve("vault").resolve("brief.pdf"));
                return null;
            });
            assertThat(onFx(() -> vm.messageProperty().get())).contains("kluismap");
            assertThat(dir.resolve("vault").resolve("brief.pdf")).doesNotExist();

            Path letter = dir.resolve("informatie-clienten.pdf");
            onFx(() -> {
                vm.writeInformation("2026-010", letter);
                return null;
            });
            assertThat(onFx(() -> vm.messageProperty().get())).contains("casus 2026-010").contains("geïnformeerd");
            String text;
            try (var doc = Loader.loadPDF(letter.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(text).contains("Informatie voor cliënten").contains("Uw rechten")
                    .doesNotContain("2026-010").doesNotContain(c.client().surname()).doesNotContain(c.client().roepnaam());
            var last = store.audit().entries().getLast();
            assertThat(last.action()).isEqualTo("EXPORT");
            assertThat(last.subject()).isEqualTo("2026-010");
            assertThat(last.detail()).isEqualTo("client information letter written");
            assertThat(store.audit().verify()).isEmpty();

            // once the case records that the client was informed, it leaves the list
            store.cases().save(new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), c.domains(),
                    c.consent(), new Informed(true, null), c.evidentInterest(), c.lighterMeansConsidered(),
                    c.evaluationDue(), c.closedOn(), c.kring()));
            onFx(() -> {
                vm.refresh();
                return null;
            });
            assertThat(onFx(() -> vm.uninformed().stream().map(ClientInforming.Uninformed::caseNumber).toList()))
                    .containsExactly("2026-003", "2026-008");
        }
    }
}
