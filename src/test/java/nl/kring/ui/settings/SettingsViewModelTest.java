package nl.kring.ui.settings;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.ui.FxTestSupport;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings ViewModel without a stage: passphrase change and backup against a real vault. */
class SettingsViewModelTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void changingThePassphraseRewrapsTheKeyAndKeepsTheData() throws Exception {
        Path dir = tmp.resolve("v");
        Store store = TestVaults.create(dir);
        store.settings().put("marker", "x");
        SettingsViewModel vm = onFx(() -> new SettingsViewModel(new SameThreadExecutor(), new Services(store)));
        String fresh = "Nieuwe lange wachtzin voor de kring van 2027";
        onFx(() -> {
            vm.currentProperty().set(TestVaults.PASSPHRASE);
            vm.nextProperty().set(fresh);
            vm.repeatProperty().set(fresh);
            return null;
        });
        assertThat(onFx(() -> vm.canChangeProperty().get())).isTrue();
        onFx(() -> {
            vm.changePassphrase();
            return null;
        });
        assertThat(!vm.passphraseResultProperty().get().isEmpty()).isTrue();
        assertThat(vm.passphraseResultProperty().get()).contains("gewijzigd");
        store.close();
        assertThatThrownBy(() -> Vault.open(dir, TestVaults.PASSPHRASE.toCharArray())).isInstanceOf(VaultException.class);
        try (Store again = new Store(Vault.open(dir, fresh.toCharArray()))) {
            assertThat(again.settings().get("marker")).contains("x");
            assertThat(again.audit().entries()).extracting(e -> e.action()).contains("PASSPHRASE_CHANGED");
        }
    }

    /** Issue 10: "nieuwe sleutel" is offered (on by default), re-encrypts, and the open store goes on working. */
    @Test
    void theNewKeyOptionReencryptsAndTheOpenStoreGoesOn() throws Exception {
        Path dir = tmp.resolve("v");
        Store store = TestVaults.create(dir);
        store.settings().put("before", "x");
        byte[] oldHeader = Files.readAllBytes(dir.resolve("vault.json"));
        SettingsViewModel vm = onFx(() -> new SettingsViewModel(new SameThreadExecutor(), new Services(store)));
        assertThat(onFx(() -> vm.newKeyProperty().get())).isTrue();
        String fresh = "Nieuwe lange wachtzin voor de kring van 2027";
        onFx(() -> {
            vm.currentProperty().set(TestVaults.PASSPHRASE);
            vm.nextProperty().set(fresh);
            vm.repeatProperty().set(fresh);
            vm.changePassphrase();
            return null;
        });
        assertThat(!vm.passphraseResultProperty().get().isEmpty()).isTrue();
        assertThat(vm.passphraseResultProperty().get()).contains("opnieuw versleuteld");
        store.settings().put("after", "y");
        store.close();
        // the old header and the old passphrase: they no longer open the vault's data
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(dir.resolve("kring.mv.db"), copy.resolve("kring.mv.db"));
        Files.write(copy.resolve("vault.json"), oldHeader);
        assertThatThrownBy(() -> Vault.open(copy, TestVaults.PASSPHRASE.toCharArray())).isInstanceOf(VaultException.class);
        try (Store again = new Store(Vault.open(dir, fresh.toCharArray()))) {
            assertThat(again.settings().get("before")).contains("x");
            assertThat(again.settings().get("after")).contains("y");
            assertThat(again.audit().entries()).anySatisfy(e -> assertThat(e.detail()).contains("re-encrypted"));
            assertThat(again.verify()).isEmpty();
        }
    }

    @Test
    void aWeakNewPassphraseCannotBeChosen() throws Exception {
        Store store = TestVaults.create(tmp.resolve("v"));
        SettingsViewModel vm = onFx(() -> new SettingsViewModel(new SameThreadExecutor(), new Services(store)));
        onFx(() -> {
            vm.currentProperty().set(TestVaults.PASSPHRASE);
            vm.nextProperty().set("welkom123");
            vm.repeatProperty().set("welkom123");
            return null;
        });
        assertThat(onFx(() -> vm.canChangeProperty().get())).isFalse();
        assertThat(vm.passphraseFeedbackProperty().get()).isNotBlank();
        store.close();
    }

    @Test
    void backupToAFolderIsWrittenAndRemembered() throws Exception {
        Store store = TestVaults.create(tmp.resolve("v"));
        SettingsViewModel vm = onFx(() -> new SettingsViewModel(new SameThreadExecutor(), new Services(store)));
        Path usb = Files.createDirectories(tmp.resolve("usb"));
        onFx(() -> {
            vm.backupTo(usb);
            return null;
        });
        assertThat(vm.backupResultProperty().get().startsWith("Back-up geschreven")).isTrue();
        try (var files = Files.list(usb)) {
            assertThat(files.toList()).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".kringbackup"));
        }
        assertThat(new Services(store).lastBackup()).contains(LocalDate.now());
        assertThat(onFx(() -> vm.lastBackupProperty().get())).isEqualTo("Laatste back-up: " + LocalDate.now());
        store.close();
    }

    @Test
    void aBackupIsAuditedOnlyWhenTheFileWasWritten() throws Exception {
        Store store = TestVaults.create(tmp.resolve("v"));
        SettingsViewModel vm = onFx(() -> new SettingsViewModel(new SameThreadExecutor(), new Services(store)));
        // a folder that is a file: the backup cannot be written
        Path notAFolder = Files.writeString(tmp.resolve("stick"), "x");
        onFx(() -> {
            vm.backupTo(notAFolder);
            return null;
        });
        assertThat(!vm.busyProperty().get() && !vm.backupResultProperty().get().equals(I18n.t("settings.backup.busy"))).isTrue();
        assertThat(vm.backupResultProperty().get()).doesNotStartWith("Back-up geschreven");
        assertThat(store.audit().entries()).noneMatch(e -> e.action().equals("BACKUP"));
        assertThat(new Services(store).lastBackup()).isEmpty();
        assertThat(onFx(() -> vm.lastBackupProperty().get())).isEqualTo("Van deze kluis is nog geen back-up gemaakt.");

        Path usb = Files.createDirectories(tmp.resolve("usb"));
        onFx(() -> {
            vm.backupTo(usb);
            return null;
        });
        assertThat(vm.backupResultProperty().get().startsWith("Back-up geschreven")).isTrue();
        assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("BACKUP")).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith(".kringbackup"));
        store.close();
    }
}
