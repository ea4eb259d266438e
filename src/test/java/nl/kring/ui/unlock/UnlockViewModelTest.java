package nl.kring.ui.unlock;

import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unlocking before any services exist: the vault opened on the executor the screen was given (here on the calling
 * thread, so no waiting), a wrong passphrase said in Dutch with a growing wait, the right one handing over the services.
 */
class UnlockViewModelTest {
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
}
