package nl.kring.ui.unlock;

import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.common.HeldExecutor;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * "Annuleren" while the vault opens (issue 16): the screen is free at once, the late result never reaches the
 * workspace, the vault the worker opened anyway is closed before the next unlock runs, and that next unlock opens the
 * vault. The worker is a {@link HeldExecutor}: each moment of the race (before the worker comes to the work, while it
 * opens the vault, between its end and the screen being told) is taken in turn, without threads or waiting.
 */
class UnlockCancelTest {
    @TempDir
    Path dir;
    Path vault;
    final HeldExecutor worker = new HeldExecutor();
    /** What reached the screen: the workspace would be built on these. */
    final List<Services> unlocked = new ArrayList<>();
    /** Every vault the worker opened, handed over or not. */
    final List<Services> opened = new ArrayList<>();

    @BeforeEach
    void vault() throws Exception {
        vault = dir.resolve("vault");
        TestVaults.create(vault).close();
    }

    private UnlockViewModel screen(UnlockViewModel.Opener opener) {
        return new UnlockViewModel(worker, () -> vault, unlocked::add, opener);
    }

    private Services openAndKeep(Path d, char[] passphrase) throws VaultException {
        Services s = Services.open(d, passphrase);
        opened.add(s);
        return s;
    }

    private static void typeAndUnlock(UnlockViewModel vm) {
        vm.passphraseProperty().set(TestVaults.PASSPHRASE);
        vm.unlock();
    }

    /** Back on the passphrase screen: not busy, no message, the field empty and ready for the next attempt. */
    private static void assertFreeAgain(UnlockViewModel vm) {
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.passphraseProperty().get()).isEmpty();
        vm.passphraseProperty().set("x");
        assertThat(vm.canUnlockProperty().get()).as("unlock offered again").isTrue();
        vm.passphraseProperty().set("");
    }

    /** No Kring holds the vault: its lock is free (the same check the demo uses before it removes a folder). */
    private void assertVaultNotInUse() {
        assertThatCode(() -> Vault.ensureNotInUse(vault)).doesNotThrowAnyException();
    }

    @Test
    void cancelledBeforeTheWorkerCameToItTheVaultIsNeverOpenedAndTheNextUnlockOpensIt() throws Exception {
        UnlockViewModel vm = screen(this::openAndKeep);
        typeAndUnlock(vm);
        assertThat(vm.busyProperty().get()).isTrue();

        vm.cancel();
        assertFreeAgain(vm);

        typeAndUnlock(vm);
        worker.releaseFirst(); // the cancelled attempt reaches the worker: it opens nothing
        assertThat(opened).isEmpty();
        assertThat(unlocked).isEmpty();
        assertThat(vm.busyProperty().get()).as("the second attempt still runs").isTrue();
        assertVaultNotInUse();

        worker.release();
        assertThat(unlocked).singleElement().satisfies(s -> assertThat(s.isOpen()).isTrue());
        assertThat(vm.busyProperty().get()).isFalse();
        unlocked.getFirst().close();
        assertVaultNotInUse();
    }

    @Test
    void cancelledWhileTheVaultOpensTheLateResultOpensNoWorkspaceAndTheVaultIsClosed() throws Exception {
        UnlockViewModel[] vm = new UnlockViewModel[1];
        // the chair presses "Annuleren" while the worker is inside the open (key derivation, H2, migrations)
        vm[0] = screen((d, p) -> {
            Services s = openAndKeep(d, p);
            if (opened.size() == 1) {
                vm[0].cancel();
                assertFreeAgain(vm[0]);
            }
            return s;
        });
        typeAndUnlock(vm[0]);
        worker.release();

        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst().isOpen()).as("the worker closed the vault nobody gets").isFalse();
        assertThat(unlocked).as("the late result is ignored").isEmpty();
        assertFreeAgain(vm[0]);
        assertVaultNotInUse();

        typeAndUnlock(vm[0]);
        worker.release();
        assertThat(opened).hasSize(2);
        assertThat(unlocked).containsExactly(opened.get(1));
        assertThat(opened.get(1).isOpen()).isTrue();
        opened.get(1).close();
    }

    @Test
    void cancelledAfterTheVaultOpenedButBeforeTheScreenWasToldItIsClosedAheadOfTheNextUnlock() throws Exception {
        UnlockViewModel vm = screen(this::openAndKeep);
        typeAndUnlock(vm);
        worker.runFirstWork(); // the worker opened the vault; its result is on the way to the screen

        vm.cancel();
        assertFreeAgain(vm);
        worker.deliver(); // the late result arrives
        assertThat(unlocked).as("the late result is ignored").isEmpty();
        assertThat(opened).singleElement().satisfies(s -> assertThat(s.isOpen()).as("closed on the worker").isTrue());

        typeAndUnlock(vm); // at once again: the close of the first is queued before this open
        assertThat(worker.held()).isEqualTo(2);
        worker.releaseFirst();
        assertThat(opened.getFirst().isOpen()).isFalse();
        assertVaultNotInUse();

        worker.release();
        assertThat(unlocked).containsExactly(opened.get(1));
        assertThat(opened.get(1).isOpen()).isTrue();

        vm.cancel(); // too late: the workspace has the vault, it stays open
        assertThat(worker.held()).isZero();
        assertThat(opened.get(1).isOpen()).isTrue();
        opened.get(1).close();
    }

    @Test
    void aCancelledWrongPassphraseNeitherCountsNorSaysAnything() throws Exception {
        UnlockViewModel vm = screen(this::openAndKeep);
        vm.passphraseProperty().set("niet de goede wachtzin");
        vm.unlock();
        worker.runFirstWork(); // the key derivation said "wrong"; the screen is not told yet
        vm.cancel();
        worker.deliver();
        assertFreeAgain(vm);
        assertThat(vm.waitSecondsProperty().get()).isZero();
        assertThat(opened).isEmpty();
        assertVaultNotInUse();
    }
}
