package nl.kring.ui.unlock;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.service.Services;
import nl.kring.ui.create.CreateVaultViewModel;
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
 * The two screens before any services exist, unlocking and making a new vault: the vault opened or made on the executor
 * the screen was given (here on the calling thread, so no waiting), what goes wrong said in Dutch (a wrong passphrase
 * with a growing wait, a weak one refused), and the services of the open vault handed over.
 */
class BeforeUnlockViewModelsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @Test
    void aWrongPassphraseIsSaidAndWaitedForTheRightOneHandsOverTheOpenVault() throws Exception {
        Path vault = dir.resolve("vault");
        TestVaults.create(vault).close();
        List<Services> unlocked = new ArrayList<>();
        UnlockViewModel vm = onFx(() -> new UnlockViewModel(new SameThreadExecutor(), () -> vault, unlocked::add));

        onFx(() -> {
            vm.passphraseProperty().set("niet de goede wachtzin");
            vm.unlock();
            return null;
        });
        assertThat(onFx(() -> vm.errorProperty().get())).startsWith("Onjuiste wachtzin (poging 1)");
        assertThat(onFx(() -> vm.waitSecondsProperty().get())).isEqualTo(1);
        assertThat(onFx(() -> vm.passphraseProperty().get())).isEmpty();
        assertThat(unlocked).isEmpty();

        onFx(() -> {
            vm.passphraseProperty().set(TestVaults.PASSPHRASE);
            return null;
        });
        assertThat(onFx(() -> vm.canUnlockProperty().get())).as("waiting after a wrong attempt").isFalse();
        onFx(() -> {
            vm.tickWait();
            vm.unlock();
            return null;
        });
        assertThat(unlocked).singleElement().satisfies(s -> {
            assertThat(s.isOpen()).isTrue();
            s.close();
        });
        assertThat(onFx(() -> vm.errorProperty().get())).isEmpty();
        assertThat(onFx(() -> vm.busyProperty().get())).isFalse();
    }

    @Test
    void aMissingVaultIsSaidInDutchWithoutCountingAsAWrongPassphrase() throws Exception {
        List<Services> unlocked = new ArrayList<>();
        UnlockViewModel vm = onFx(() -> new UnlockViewModel(new SameThreadExecutor(), () -> dir.resolve("nothing"),
                unlocked::add));
        onFx(() -> {
            vm.passphraseProperty().set(TestVaults.PASSPHRASE);
            vm.unlock();
            return null;
        });
        assertThat(onFx(() -> vm.errorProperty().get())).isNotEmpty().doesNotStartWith("Onjuiste wachtzin");
        assertThat(onFx(() -> vm.waitSecondsProperty().get())).isZero();
        assertThat(unlocked).isEmpty();
    }

    @Test
    void theWaitGrowsAfterEachWrongAttemptUpToHalfAMinute() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 20)).extracting(UnlockViewModel::delayAfter)
                .containsExactly(0, 1, 2, 4, 8, 16, 30, 30, 30);
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
