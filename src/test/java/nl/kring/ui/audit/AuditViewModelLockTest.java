package nl.kring.ui.audit;

import nl.kring.domain.Role;
import nl.kring.service.PartnerService;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.common.HeldExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log read before the vault locked does not appear on the cleared screen when it arrives afterwards. */
class AuditViewModelLockTest {
    @TempDir
    Path dir;

    @Test
    void theTrailOnItsWayWhenTheVaultLocksIsDropped() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            new PartnerService(store).save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null), true);
            HeldExecutor executor = new HeldExecutor();
            AuditViewModel vm = new AuditViewModel(executor, new Services(store));
            vm.load();
            vm.clear();
            executor.release();
            assertThat(vm.filtered()).isEmpty();
            assertThat(vm.chainProperty().get()).isEqualTo(AuditViewModel.ChainState.NOT_CHECKED);
            assertThat(vm.chainTextProperty().get()).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }

    @Test
    void withoutALockTheTrailArrives() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            new PartnerService(store).save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null), true);
            HeldExecutor executor = new HeldExecutor();
            AuditViewModel vm = new AuditViewModel(executor, new Services(store));
            vm.load();
            executor.release();
            assertThat(vm.filtered()).isNotEmpty();
            assertThat(vm.chainProperty().get()).isEqualTo(AuditViewModel.ChainState.INTACT);
        }
    }
}
