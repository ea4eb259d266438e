package nl.kring.vault;

import nl.kring.TestVaults;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupFileTest {
    @TempDir
    Path tmp;

    private Path backupWithOneSetting() throws Exception {
        Path backup = tmp.resolve("usb/kring.backup");
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            store.settings().put("marker", "waarde");
            BackupFile.write(store.session(), backup);
        }
        return backup;
    }

    @Test
    void restoreGivesAVaultThatOpensWithTheSameData() throws Exception {
        Path backup = backupWithOneSetting();
        BackupFile.restore(backup, tmp.resolve("restored"), TestVaults.PASSPHRASE.toCharArray());
        try (Store store = TestVaults.open(tmp.resolve("restored"))) {
            assertThat(store.settings().get("marker")).contains("waarde");
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void restoreNeverOverwrites() throws Exception {
        Path backup = backupWithOneSetting();
        var before = TestVaults.hashes(tmp.resolve("v"));
        assertThatThrownBy(() -> BackupFile.restore(backup, tmp.resolve("v"), TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.ALREADY_EXISTS));
        assertThat(TestVaults.hashes(tmp.resolve("v"))).isEqualTo(before);
    }

    @Test
    void aChangedByteIsRefused() throws Exception {
        Path backup = backupWithOneSetting();
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 100] ^= 0x01;
        Files.write(backup, bytes);
        assertThatThrownBy(() -> BackupFile.restore(backup, tmp.resolve("r"), TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED);
                    assertThat(e.getMessage()).contains("changed or is incomplete");
                });
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        Path backup = backupWithOneSetting();
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BackupFile.restore(backup, tmp.resolve("r"), TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED));
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void aWrongPassphraseIsToldApartFromDamage() throws Exception {
        Path backup = backupWithOneSetting();
        assertThatThrownBy(() -> BackupFile.restore(backup, tmp.resolve("r"), "een andere lange wachtzin hier".toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSPHRASE));
    }

    @Test
    void notABackupIsRefused() throws Exception {
        Path junk = tmp.resolve("junk");
        Files.writeString(junk, "hello");
        assertThatThrownBy(() -> BackupFile.restore(junk, tmp.resolve("r"), TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED));
    }
}
