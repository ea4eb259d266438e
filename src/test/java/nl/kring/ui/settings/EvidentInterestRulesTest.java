package nl.kring.ui.settings;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.TestVaults;
import nl.kring.domain.EvidentInterest;
import nl.kring.service.Services;
import nl.kring.store.VaultPolicy;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.ui.common.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 in the vault's rules: the keten's own evident belang, and a warning above two years' retention. */
class EvidentInterestRulesTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    static List<String> messages(VaultRulesViewModel vm, String field) {
        return vm.problems().stream().filter(p -> p.field().equals(field)).map(Problem::message).toList();
    }

    @Test
    void theGuidelinesDefinitionIsAnUrgentHealthInterestNotNuisanceAlone() {
        // handreiking deel I §6 point 3 and deel II §5.1, in its words
        assertThat(EvidentInterest.GUIDELINE).contains("dringend gezondheidsbelang van de cliënt")
                .contains("al dan niet gecombineerd met ernstige overlast")
                .contains("ernstig nadeel voor de gezondheidstoestand van de cliënt, of de reële vrees daarvoor")
                .contains("Overlast alleen is geen evident belang.");
    }

    @Test
    void aRetentionAboveTwentyFourMonthsIsWarnedButAllowed() {
        VaultRulesViewModel vm = new VaultRulesViewModel(new SameThreadExecutor(), null, () -> LocalDate.of(2026, 11, 28));
        vm.show(VaultPolicy.DEFAULT);
        assertThat(messages(vm, VaultRulesViewModel.F_CASE_MONTHS)).isEmpty();
        vm.caseMonthsProperty().set("25");
        assertThat(messages(vm, VaultRulesViewModel.F_CASE_MONTHS)).singleElement().asString()
                .startsWith("Bewaartermijn casussen: langer dan 24 maanden.")
                .contains("te denken valt aan maximaal twee jaar");
        assertThat(vm.isValid()).isTrue();
        vm.meetingMonthsProperty().set("24");
        assertThat(messages(vm, VaultRulesViewModel.F_MEETING_MONTHS)).isEmpty();
    }

    @Test
    void theKetensWordingIsSavedInTheVaultAndAudited() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            VaultRulesViewModel vm = onFx(() -> new VaultRulesViewModel(new SameThreadExecutor(), new Services(store), () -> LocalDate.of(2026, 11, 28)));
            onFx(() -> {
                vm.load();
                return null;
            });
            assertThat("24".equals(vm.caseMonthsProperty().get())).isTrue();
            assertThat(onFx(() -> messages(vm, VaultRulesViewModel.F_EVIDENT))).singleElement().asString()
                    .startsWith("De keten heeft nog geen eigen omschrijving vastgelegd");
            onFx(() -> {
                vm.evidentInterestProperty().set("  Ernstige zelfverwaarlozing of een reële vrees daarvoor; overlast alleen niet.  ");
                vm.save();
                return null;
            });
            assertThat(!vm.resultProperty().get().isEmpty()).isTrue();
            assertThat(vm.resultProperty().get()).isEqualTo("De regels zijn opgeslagen.");
            assertThat(onFx(() -> store.settings().get(EvidentInterest.SETTING)))
                    .hasValue("Ernstige zelfverwaarlozing of een reële vrees daarvoor; overlast alleen niet.");
            assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("RULES_CHANGED")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("evident belang definition changed"));
            VaultRulesViewModel again = onFx(() -> new VaultRulesViewModel(new SameThreadExecutor(), new Services(store), () -> LocalDate.of(2026, 11, 28)));
            onFx(() -> {
                again.load();
                return null;
            });
            assertThat(!again.evidentInterestProperty().get().isEmpty()).isTrue();
            assertThat(again.evidentInterestProperty().get()).startsWith("Ernstige zelfverwaarlozing");
            assertThat(onFx(() -> messages(again, VaultRulesViewModel.F_EVIDENT))).isEmpty();
        }
    }
}
