package nl.kring.ui.common;

import nl.kring.TestVaults;
import nl.kring.service.VaultService;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: restoring a backup inside the app, against real vaults: the same checks as {@code kring restore} (never
 * over an existing vault, a changed file refused, the wrong passphrase refused), each as one Dutch sentence, and the
 * current vault untouched.
 */
class RestoreViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 9, 30);

    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    private Path backupOfAVaultWithAMarker() throws Exception {
        Path backup = tmp.resolve("usb").resolve("kring.kringbackup");
        Files.createDirectories(backup.getParent());
        try (Store store = TestVaults.create(tmp.resolve("kluis"))) {
            store.settings().put("marker", "voor de back-up");
            VaultService.backup(store, backup, LocalDate.of(2026, 12, 1));
        }
        return backup;
    }

    private RestoreViewModel restore(Path backup, Path target, String passphrase) throws Exception {
        RestoreViewModel vm = onFx(() -> new RestoreViewModel(new SameThreadExecutor(), tmp.resolve("kluis"), NOW));
        onFx(() -> {
            vm.backupFileProperty().set(backup.toString());
            if (target != null) {
                vm.targetProperty().set(target.toString());
            }
            vm.passphraseProperty().set(passphrase);
            vm.restore();
            return null;
        });
        return vm;
    }

    @Test
    void aBackupIsRestoredIntoANewFolderBesideTheVaultAndOpensWithItsPassphrase() throws Exception {
        Path backup = backupOfAVaultWithAMarker();
        RestoreViewModel vm = restore(backup, null, TestVaults.PASSPHRASE);
        Path expected = tmp.resolve("kluis-teruggezet-2026-12-05-0930").toAbsolutePath();
        assertThat(vm.restoredProperty().get()).isEqualTo(expected);
        assertThat(vm.resultProperty().get()).isEqualTo(I18n.t("restore.done", expected));
        assertThat(vm.passphraseProperty().get()).isEmpty(); // not kept after use
        try (Store again = TestVaults.open(expected)) {
            assertThat(again.settings().get("marker")).contains("voor de back-up");
        }
        // nothing left beside it: no staging folder
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kluis", "usb",
                    "kluis-teruggezet-2026-12-05-0930");
        }
    }

    @Test
    void aFolderThatHoldsSomethingIsNeverOverwritten() throws Exception {
        Path backup = backupOfAVaultWithAMarker();
        // restoring over the current vault itself: refused, the vault as it was
        String before = TestVaults.hashes(tmp.resolve("kluis")).toString();
        RestoreViewModel vm = restore(backup, tmp.resolve("kluis"), TestVaults.PASSPHRASE);
        assertThat(vm.restoredProperty().get()).isNull();
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.resultProperty().get()).startsWith("In de nieuwe kluismap staat al iets; Kring overschrijft nooit.");
        assertThat(TestVaults.hashes(tmp.resolve("kluis")).toString()).isEqualTo(before);
    }

    @Test
    void aChangedBackupAndTheWrongPassphraseAreRefusedInOneSentence() throws Exception {
        Path backup = backupOfAVaultWithAMarker();
        RestoreViewModel wrong = restore(backup, tmp.resolve("nieuw1"), "een andere lange wachtzin van de kring");
        assertThat(wrong.resultProperty().get()).startsWith("Onjuiste wachtzin voor deze back-up");
        assertThat(wrong.restoredProperty().get()).isNull();
        assertThat(tmp.resolve("nieuw1")).doesNotExist();

        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 5] ^= 1;
        Path changed = tmp.resolve("usb").resolve("gewijzigd.kringbackup");
        Files.write(changed, bytes);
        RestoreViewModel damaged = restore(changed, tmp.resolve("nieuw2"), TestVaults.PASSPHRASE);
        assertThat(damaged.resultProperty().get())
                .isEqualTo("Dit bestand is geen Kring-back-up, of het is beschadigd of gewijzigd. Er is niets teruggezet.");
        assertThat(tmp.resolve("nieuw2")).doesNotExist();

        RestoreViewModel missing = restore(tmp.resolve("usb").resolve("bestaat-niet.kringbackup"), tmp.resolve("nieuw3"),
                TestVaults.PASSPHRASE);
        assertThat(missing.resultProperty().get()).isEqualTo("Dat back-upbestand bestaat niet. Er is niets teruggezet.");
        assertThat(missing.failedProperty().get()).isTrue();
    }
}
