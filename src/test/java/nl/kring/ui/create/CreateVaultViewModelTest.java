package nl.kring.ui.create;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.service.Services;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new vault before any services exist: a weak passphrase or two that differ make nothing; a strong one creates the
 * vault on the executor the screen was given (here on the calling thread) and hands over its services, open.
 */
class CreateVaultViewModelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @Test
    void aWeakOrRepeatedWronglyPassphraseMakesNothingAStrongOneMakesTheVaultOpen() throws Exception {
        Path vault = dir.resolve("vault");
        List<Services> created = new ArrayList<>();
        CreateVaultViewModel vm = onFx(() -> new CreateVaultViewModel(new SameThreadExecutor(), () -> vault, created::add));

        onFx(() -> {
            vm.passphraseProperty().set("welkom123");
            vm.repeatProperty().set("welkom123");
            vm.create();
            return null;
        });
        assertThat(onFx(() -> vm.strongEnoughProperty().get())).isFalse();
        assertThat(created).isEmpty();
        assertThat(Files.exists(vault)).isFalse();

        onFx(() -> {
            vm.passphraseProperty().set(TestVaults.PASSPHRASE);
            vm.repeatProperty().set(TestVaults.PASSPHRASE + "!");
            return null;
        });
        assertThat(onFx(vm::mismatch)).isNotEmpty();
        assertThat(onFx(() -> vm.canCreateProperty().get())).isFalse();

        onFx(() -> {
            vm.repeatProperty().set(TestVaults.PASSPHRASE);
            vm.create();
            return null;
        });
        assertThat(created).singleElement().satisfies(s -> {
            assertThat(s.isOpen()).isTrue();
            assertThat(s.store().audit().entries()).extracting(AuditLog.Entry::action).containsExactly("VAULT_CREATED");
            s.close();
        });
        assertThat(onFx(() -> vm.passphraseProperty().get())).isEmpty();
        assertThat(onFx(() -> vm.errorProperty().get())).isEmpty();
        assertThat(onFx(() -> vm.busyProperty().get())).isFalse();
    }

    @Test
    void aFolderThatAlreadyHoldsAVaultIsRefusedInDutch() throws Exception {
        Path vault = dir.resolve("vault");
        TestVaults.create(vault).close();
        List<Services> created = new ArrayList<>();
        CreateVaultViewModel vm = onFx(() -> new CreateVaultViewModel(new SameThreadExecutor(), () -> vault, created::add));
        onFx(() -> {
            vm.passphraseProperty().set(TestVaults.PASSPHRASE);
            vm.repeatProperty().set(TestVaults.PASSPHRASE);
            vm.create();
            return null;
        });
        assertThat(created).isEmpty();
        assertThat(onFx(() -> vm.errorProperty().get())).isNotEmpty();
        assertThat(onFx(() -> vm.busyProperty().get())).isFalse();
    }
}
