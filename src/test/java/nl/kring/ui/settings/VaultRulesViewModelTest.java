package nl.kring.ui.settings;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.TestVaults;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.Role;
import nl.kring.report.ExportService;
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

/** The vault's rules in the settings screen: checked in Dutch, saved in the vault. */
class VaultRulesViewModelTest {
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
    void badValuesAreRefusedWithADutchMessageAndShortOnesWarned() {
        VaultRulesViewModel vm = new VaultRulesViewModel(new SameThreadExecutor(), null, () -> LocalDate.of(2026, 11, 28));
        vm.show(VaultPolicy.DEFAULT);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.caseMonthsProperty().get()).isEqualTo("24");
        assertThat(vm.weeksProperty().get()).isEqualTo("6");

        vm.caseMonthsProperty().set("twee jaar");
        assertThat(messages(vm, VaultRulesViewModel.F_CASE_MONTHS)).containsExactly(
                "Bewaartermijn casussen: vul een heel aantal maanden in, van 1 tot en met 240.");
        assertThat(vm.isValid()).isFalse();
        assertThat(vm.toPolicy()).isNull();
        vm.caseMonthsProperty().set("241");
        assertThat(vm.isValid()).isFalse();
        vm.caseMonthsProperty().set(" 18 ");
        assertThat(vm.isValid()).isTrue();

        vm.meetingMonthsProperty().set("6");
        assertThat(vm.isValid()).isTrue(); // allowed, with a warning
        assertThat(messages(vm, VaultRulesViewModel.F_MEETING_MONTHS)).singleElement().asString()
                .startsWith("Bewaartermijn vergaderingen: korter dan een jaar");

        vm.weeksProperty().set("0");
        assertThat(messages(vm, VaultRulesViewModel.F_WEEKS)).containsExactly(
                "Evaluatie van de beperking: vul een heel aantal weken in, van 1 tot en met 52.");
        vm.weeksProperty().set("53");
        assertThat(vm.isValid()).isFalse();
        vm.weeksProperty().set("8");
        assertThat(vm.toPolicy()).isEqualTo(new VaultPolicy(18, 6, 8));
    }

    @Test
    void savedRulesAreReadBackFromTheVault() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            VaultRulesViewModel vm = onFx(() -> new VaultRulesViewModel(new SameThreadExecutor(), new Services(store), () -> LocalDate.of(2026, 11, 28)));
            onFx(() -> {
                vm.load();
                return null;
            });
            assertThat("24".equals(vm.caseMonthsProperty().get())).isTrue();
            onFx(() -> {
                vm.caseMonthsProperty().set("36");
                vm.weeksProperty().set("4");
                vm.save();
                return null;
            });
            assertThat(!vm.resultProperty().get().isEmpty()).isTrue();
            assertThat(vm.resultProperty().get()).isEqualTo("De regels zijn opgeslagen.");
            assertThat(vm.dirtyProperty().get()).isFalse();
            assertThat(onFx(() -> VaultPolicy.load(store.settings()))).isEqualTo(new VaultPolicy(36, 24, 4));
            // the change is on record, from and to, for the privacy officer
            assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("RULES_CHANGED")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo(
                            "retention cases 24 -> 36 months; meetings 24 -> 24 months; evaluation every 6 -> 4 weeks"));
            assertThat(store.audit().verify()).isEmpty();
        }
    }

    /** Issue 15: which roles read information from the police is a vault rule, saved, audited and read back. */
    @Test
    void thePoliceRuleIsTickedSavedAuditedAndReadBack() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            VaultRulesViewModel vm = onFx(() -> new VaultRulesViewModel(new SameThreadExecutor(), new Services(store), () -> LocalDate.of(2026, 11, 28)));
            onFx(() -> {
                vm.load();
                return null;
            });
            assertThat(vm.caseMonthsProperty().get()).isEqualTo("24");
            // the default: the police (and the chair, always)
            assertThat(vm.toPoliceRule()).isEqualTo(PoliceRule.DEFAULT);
            assertThat(vm.dirtyProperty().get()).isFalse();
            onFx(() -> {
                vm.policeRoleProperty(Role.GGD).set(true);
                return null;
            });
            assertThat(vm.dirtyProperty().get()).isTrue();
            onFx(() -> {
                vm.save();
                return null;
            });
            assertThat(vm.resultProperty().get()).isEqualTo("De regels zijn opgeslagen.");
            assertThat(ExportService.policeRule(store).roles())
                    .containsExactlyInAnyOrder(Role.POLITIE, Role.GGD);
            assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("RULES_CHANGED")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo(
                            "police information roles chair,POLITIE -> chair,GGD,POLITIE"));

            // a fresh screen reads it back; untick both: nobody but the chair
            VaultRulesViewModel again = onFx(() -> new VaultRulesViewModel(new SameThreadExecutor(), new Services(store), () -> LocalDate.of(2026, 11, 28)));
            onFx(() -> {
                again.load();
                return null;
            });
            assertThat(again.policeRoleProperty(Role.GGD).get()).isTrue();
            assertThat(again.toPoliceRule().roles()).containsExactlyInAnyOrder(Role.POLITIE,
                    Role.GGD);
            onFx(() -> {
                again.policeRoleProperty(Role.GGD).set(false);
                again.policeRoleProperty(Role.POLITIE).set(false);
                again.save();
                return null;
            });
            assertThat(again.resultProperty().get()).isEqualTo("De regels zijn opgeslagen."); // saved, audited, witness written
            assertThat(ExportService.policeRule(store).roles()).isEmpty();
            assertThat(store.settings().get(PoliceRule.SETTING)).contains("");
            assertThat(store.audit().verify()).isEmpty();
        }
    }
}
