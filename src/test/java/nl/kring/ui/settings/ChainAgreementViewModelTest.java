package nl.kring.ui.settings;

import nl.kring.TestVaults;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.service.Services;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The ketenovereenkomst's rules in the settings (issue 15): checked, saved content-free in the audit, defaults back. */
class ChainAgreementViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    static Partner partner(String id) {
        return new Partner(id, "Partner " + id, Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of());
    }

    @Test
    void checksSavesAndKeepsASignatoryThatLeftTheRegister() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            store.partners().save(partner("a"));
            store.partners().save(partner("b"));
            // signed earlier by a partner since removed from the register: kept as signed, not shown to tick
            ChainAgreementSettings.save(store.settings(), new ChainAgreement(null, null, null, null, null, null, null,
                    LocalDate.of(2026, 1, 5), List.of("weg", "a")));
            ChainAgreementViewModel vm = onFx(() -> new ChainAgreementViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY));
            onFx(() -> {
                vm.load();
                return null;
            });
            waitUntil(30, () -> vm.signatories().size() == 2 && !vm.busyProperty().get());
            assertThat(onFx(() -> vm.signatories().stream().filter(s -> s.signedProperty().get())
                    .map(ChainAgreementViewModel.Signatory::partnerId).toList())).containsExactly("a");
            assertThat(onFx(() -> vm.purposeProperty().get())).isEqualTo(ChainAgreement.DEFAULT_PURPOSE);
            assertThat(onFx(() -> vm.messageFor(ChainAgreementViewModel.F_COORDINATOR).get())).contains("Nog geen coördinator");

            onFx(() -> {
                vm.signedOnProperty().set("31-02-2026");
                return null;
            });
            assertThat(onFx(vm::isValid)).isFalse();
            assertThat(onFx(() -> vm.messageFor(ChainAgreementViewModel.F_SIGNED_ON).get())).contains("Geen geldige datum");
            onFx(() -> {
                vm.signedOnProperty().set("05-12-2026");
                return null;
            });
            assertThat(onFx(vm::isValid)).isFalse();
            assertThat(onFx(() -> vm.messageFor(ChainAgreementViewModel.F_SIGNED_ON).get())).contains("toekomst");
            onFx(() -> {
                vm.signedOnProperty().set("10-02-2026");
                vm.reportingProperty().set("x".repeat(ChainAgreement.MAX_TEXT + 1));
                return null;
            });
            assertThat(onFx(vm::isValid)).isFalse();
            assertThat(onFx(() -> vm.messageFor(ChainAgreementViewModel.F_REPORTING).get())).contains("te lang");
            onFx(() -> {
                vm.reportingProperty().set("");
                vm.coordinatorNameProperty().set("A. de Wit");
                vm.coordinatorFunctionProperty().set("privacyfunctionaris GGD");
                vm.signatories().get(1).signedProperty().set(true);
                return null;
            });
            // an empty text is allowed: the handreiking's default stands in, and the chair is told so
            assertThat(onFx(vm::isValid)).isTrue();
            assertThat(onFx(() -> vm.messageFor(ChainAgreementViewModel.F_REPORTING).get())).contains("standaardtekst");
            onFx(() -> {
                vm.save();
                return null;
            });
            waitUntil(30, () -> vm.messageProperty().get().contains("opgeslagen"));
            ChainAgreement saved = ChainAgreementSettings.load(store.settings());
            assertThat(saved.reporting()).isEqualTo(ChainAgreement.DEFAULT_REPORTING);
            assertThat(saved.coordinatorLine()).isEqualTo("A. de Wit, privacyfunctionaris GGD");
            assertThat(saved.signedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(saved.signedBy()).containsExactly("a", "b", "weg");
            assertThat(store.audit().entries().getLast().detail()).isEqualTo("ketenovereenkomst changed");
            long audited = store.audit().entries().size();

            // saving what is stored again writes no audit entry; the defaults button puts the handreiking's texts back
            onFx(() -> {
                vm.purposeProperty().set("Eigen doel.");
                vm.restoreDefaults();
                return null;
            });
            assertThat(onFx(() -> vm.purposeProperty().get())).isEqualTo(ChainAgreement.DEFAULT_PURPOSE);
            onFx(() -> {
                vm.save();
                return null;
            });
            waitUntil(30, () -> !vm.busyProperty().get() && !vm.dirtyProperty().get());
            assertThat(store.audit().entries()).hasSize((int) audited);
        }
    }
}
