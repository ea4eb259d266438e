package nl.kring.ui.settings;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.TestVaults;
import nl.kring.domain.ChairDetails;
import nl.kring.report.ExportService;
import nl.kring.service.Services;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: the chair's details in the settings, saved in the vault and used as sender of the reports. */
class ChairViewModelTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void chairDetailsAreCheckedSavedAuditedAndUsedByTheReports() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            // A fresh vault knows no chair: reports then say "de voorzitter", never a made-up name.
            assertThat(ExportService.chair(store).withRole("de voorzitter")).isEqualTo("de voorzitter");
            ChairViewModel vm = onFx(() -> new ChairViewModel(new SameThreadExecutor(), new Services(store), () -> LocalDate.of(2026, 12, 1)));
            onFx(() -> {
                vm.show(ContactSettings.load(store.settings()));
                vm.nameProperty().set("M. Bos");
                vm.functionProperty().set("voorzitter vangnetoverleg, GGD Rivierstad");
                vm.emailProperty().set("m.bos@ggd");
                return null;
            });
            assertThat(onFx(vm::isValid)).isFalse();
            assertThat(onFx(() -> vm.messageFor(ChairViewModel.F_EMAIL).get())).contains("geen geldig e-mailadres");
            onFx(() -> {
                vm.emailProperty().set("m.bos@ggd-rivierstad.example");
                vm.phoneProperty().set("088-5550100");
                vm.complaintsProperty().set("Klachtenfunctionaris GGD, 088-5550199");
                vm.save();
                return null;
            });
            assertThat(!vm.resultProperty().get().isEmpty()).isTrue();
            assertThat(vm.resultProperty().get()).contains("opgeslagen");
            assertThat(ContactSettings.load(store.settings())).isEqualTo(new ChairDetails("M. Bos",
                    "voorzitter vangnetoverleg, GGD Rivierstad", "m.bos@ggd-rivierstad.example", "088-5550100",
                    "Klachtenfunctionaris GGD, 088-5550199"));
            assertThat(store.audit().entries().getLast().detail()).isEqualTo("chair contact details changed");
            assertThat(ExportService.chair(store).contactLine()).isEqualTo(
                    "M. Bos, voorzitter vangnetoverleg, GGD Rivierstad, 088-5550100, m.bos@ggd-rivierstad.example");
            assertThat(ExportService.chair(store).complaints()).isEqualTo("Klachtenfunctionaris GGD, 088-5550199");
        }
    }
}
