package nl.kring.vault;

import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultTest {
    @TempDir
    Path tmp;

    private static final char[] PASS = "correct horse battery staple".toCharArray();

    @Test
    void roundTripKeepsData() throws Exception {
        Path dir = tmp.resolve("v");
        try (VaultSession s = Vault.create(dir, PASS)) {
            s.dsl().execute("INSERT INTO setting(name, setting_value) VALUES ('x', 'y')");
        }
        try (VaultSession s = Vault.open(dir, PASS)) {
            assertThat(s.dsl().fetchValue("SELECT setting_value FROM setting WHERE name = 'x'")).isEqualTo("y");
            assertThat(s.wasCleanlyClosed()).isTrue();
        }
    }

    @Test
    void wrongPassphraseIsToldAndChangesNoFile() throws Exception {
        Path dir = tmp.resolve("v");
        Vault.create(dir, PASS).close();
        Map<String, String> before = TestVaults.hashes(dir);
        assertThatThrownBy(() -> Vault.open(dir, "correct horse battery stapler".toCharArray()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSPHRASE));
        assertThat(TestVaults.hashes(dir)).isEqualTo(before);
    }

    @Test
    void nonAsciiPassphraseOpensAndNearMissDoesNot() throws Exception {
        Path dir = tmp.resolve("v");
        char[] pass = "Zeeuwse ëzels drinken ☕ in Ærøskøbing".toCharArray();
        Vault.create(dir, pass).close();
        // The same text in decomposed form (e + combining diaeresis) must open: people type it either way.
        String decomposed = Normalizer.normalize(new String(pass), Normalizer.Form.NFD);
        Vault.open(dir, decomposed.toCharArray()).close();
        assertThatThrownBy(() -> Vault.open(dir, "Zeeuwse ezels drinken ☕ in Ærøskøbing".toCharArray()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSPHRASE));
    }

    @Test
    void tamperedHeaderIsRefusedAsDamaged() throws Exception {
        Path dir = tmp.resolve("v");
        Vault.create(dir, PASS).close();
        Path header = dir.resolve(VaultHeader.FILE_NAME);
        String json = Files.readString(header);
        Files.writeString(header, json.replace("\"iterations\" : 1", "\"iterations\" : 2"));
        assertThat(Files.readString(header)).isNotEqualTo(json);
        assertThatThrownBy(() -> Vault.open(dir, PASS))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED));
    }

    @Test
    void passphraseChangeKeepsDataAndRetiresTheOldOne() throws Exception {
        Path dir = tmp.resolve("v");
        try (VaultSession s = Vault.create(dir, PASS)) {
            s.dsl().execute("INSERT INTO setting(name, setting_value) VALUES ('x', 'y')");
            s.changePassphrase(PASS, "een nieuw lang wachtwoord voor de kring".toCharArray());
        }
        assertThatThrownBy(() -> Vault.open(dir, PASS)).isInstanceOf(VaultException.class);
        try (VaultSession s = Vault.open(dir, "een nieuw lang wachtwoord voor de kring".toCharArray())) {
            assertThat(s.dsl().fetchValue("SELECT setting_value FROM setting WHERE name = 'x'")).isEqualTo("y");
        }
    }

    @Test
    void secondOpenIsRefusedCleanly() throws Exception {
        Path dir = tmp.resolve("v");
        try (VaultSession first = Vault.create(dir, PASS)) {
            assertThatThrownBy(() -> Vault.open(dir, PASS))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.IN_USE));
            assertThat(first.isOpen()).isTrue();
        }
        Vault.open(dir, PASS).close();
    }

    @Test
    void aVaultInUseIsNotPulledAway() throws Exception {
        Path dir = tmp.resolve("v");
        try (VaultSession first = Vault.create(dir, PASS)) {
            // the demo removes and re-creates its folder: a second demo window must stop before deleting anything
            assertThatThrownBy(() -> Vault.ensureNotInUse(dir)).isInstanceOfSatisfying(VaultException.class,
                    e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.IN_USE));
            assertThat(first.isOpen()).isTrue();
        }
        Vault.ensureNotInUse(dir);
        Vault.ensureNotInUse(tmp.resolve("nothing-there"));
        Vault.open(dir, PASS).close();
    }

    @Test
    void dataThatDiffersFromTheLastCleanCloseIsDetected() throws Exception {
        Path dir = tmp.resolve("v");
        try (VaultSession s = Vault.create(dir, PASS)) {
            s.dsl().execute("INSERT INTO setting(name, setting_value) VALUES ('x', 'y')");
        }
        Path manifest = dir.resolve(IntegrityManifest.FILE_NAME);
        byte[] manifestOfY = Files.readAllBytes(manifest);
        try (VaultSession s = Vault.open(dir, PASS)) {
            s.dsl().execute("UPDATE setting SET setting_value = 'z'");
        }
        // A genuine manifest (valid MAC, state CLEAN) that no longer matches the data: what a silently
        // changed page looks like to Kring.
        Files.write(manifest, manifestOfY);
        assertThatThrownBy(() -> Vault.open(dir, PASS))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY));
    }

    @Test
    void anEditedManifestIsRefused() throws Exception {
        Path dir = tmp.resolve("v");
        Vault.create(dir, PASS).close();
        Path manifest = dir.resolve(IntegrityManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("\"CLEAN\"", "\"OPEN\""));
        assertThatThrownBy(() -> Vault.open(dir, PASS))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY));
    }

    @Test
    void aCrashIsAcceptedWithEveryCommittedWrite() throws Exception {
        Path dir = tmp.resolve("v");
        Vault.create(dir, PASS).close();
        VaultSession s = Vault.open(dir, PASS);
        s.dsl().execute("INSERT INTO setting(name, setting_value) VALUES ('x', 'y')");
        s.abandon();
        try (VaultSession again = Vault.open(dir, PASS)) {
            assertThat(again.wasCleanlyClosed()).isFalse();
            assertThat(again.dsl().fetchValue("SELECT setting_value FROM setting WHERE name = 'x'")).isEqualTo("y");
            assertThat(again.verifyDatabase()).isEmpty();
        }
    }

    @Test
    void pathThatWouldInjectUrlSettingsIsRefused() {
        assertThatThrownBy(() -> Vault.create(tmp.resolve("x;INIT=RUNSCRIPT FROM 'evil'"), PASS))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.INVALID_PATH));
    }

    @Test
    void missingVaultIsNotFound() {
        assertThatThrownBy(() -> Vault.open(tmp.resolve("none"), PASS))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.NOT_FOUND));
    }
}
