package nl.kring.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kring.audit.AuditLog;
import nl.kring.store.Store;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, "the vault (found by attacking it)": each test is one attack, as an attacker with the vault folder (and
 * perhaps an old passphrase) would try it. Every vault here has its own per-user record ({@link VaultWitness}), so
 * the tests can play "this computer" and "another computer".
 */
class VaultAttackTest {
    private static final char[] OLD = "Oude wachtzin van de voorzitter 2025".toCharArray();
    private static final char[] NEW = "Nieuwe wachtzin van de voorzitter 2026".toCharArray();

    @TempDir
    Path tmp;

    private VaultWitness witness(String name) {
        return new VaultWitness(tmp.resolve(name + ".properties"));
    }

    private static void note(VaultSession s, String name, String value) {
        s.dsl().execute("MERGE INTO setting(name, setting_value) KEY (name) VALUES (?, ?)", name, value);
    }

    private static String noteOf(VaultSession s, String name) {
        return (String) s.dsl().fetchValue("SELECT setting_value FROM setting WHERE name = ?", name);
    }

    private static void audit(VaultSession s, String subject) {
        Store store = new Store(s);
        store.audit().append(AuditLog.Action.CASE_CHANGED, subject, null);
    }

    private static void copy(Path from, Path to, String... names) throws Exception {
        Files.createDirectories(to);
        for (String n : names) {
            Files.copy(from.resolve(n), to.resolve(n), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // --- 1. passphrase change with "nieuwe sleutel"

    @Test
    void aNewKeyLocksTheOldHeaderAndOldPassphraseOutOfLaterData() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            note(s, "before", "written before the change");
            audit(s, "2026-001");
        }
        byte[] oldHeader = Files.readAllBytes(dir.resolve(VaultHeader.FILE_NAME));
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            s.changePassphrase(OLD, NEW, true);
            // the open session goes on, on the re-encrypted file
            note(s, "after", "written after the change");
            audit(s, "2026-002");
            assertThat(new Store(s).verify()).isEmpty();
        }
        // The attacker kept the old vault.json and knows the old passphrase: it yields the old data key, and that key
        // no longer decrypts the database.
        byte[] oldKey = VaultHeader.parse(oldHeader).unwrap(Secrets.passphraseBytes(OLD));
        assertThatThrownBy(() -> {
            try (Connection c = Vault.rawConnection(dir, oldKey, Vault.url(dir, true) + ";ACCESS_MODE_DATA=r")) {
                c.createStatement().execute("SELECT 1");
            }
        }).isInstanceOf(SQLException.class);
        // and the vault with the old header put back does not open either
        Path withOldHeader = tmp.resolve("old-header");
        copy(dir, withOldHeader, Vault.DB_FILE, IntegrityManifest.FILE_NAME);
        Files.write(withOldHeader.resolve(VaultHeader.FILE_NAME), oldHeader);
        assertThatThrownBy(() -> Vault.open(withOldHeader, OLD, witness("elsewhere"), false)).isInstanceOf(VaultException.class);
        // The new passphrase opens everything, the audit trail still verifies (its key was kept), verify is clean.
        try (VaultSession s = Vault.open(dir, NEW, w, false)) {
            assertThat(noteOf(s, "before")).isEqualTo("written before the change");
            assertThat(noteOf(s, "after")).isEqualTo("written after the change");
            Store store = new Store(s);
            assertThat(store.audit().entries()).hasSize(2);
            assertThat(store.verify()).isEmpty();
            assertThat(s.wasCleanlyClosed()).isTrue();
        }
        assertThatThrownBy(() -> Vault.open(dir, OLD, w, false)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSPHRASE));
        assertThat(dir.resolve(Rekey.STAGING)).doesNotExist();
    }

    @Test
    void withoutANewKeyTheOldHeaderStillOpensLaterData() throws Exception {
        // What "nieuwe sleutel" is for: a rewrap alone leaves the data key as it was.
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w).close();
        byte[] oldHeader = Files.readAllBytes(dir.resolve(VaultHeader.FILE_NAME));
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            s.changePassphrase(OLD, NEW, false);
            note(s, "after", "later data");
        }
        byte[] oldKey = VaultHeader.parse(oldHeader).unwrap(Secrets.passphraseBytes(OLD));
        try (Connection c = Vault.rawConnection(dir, oldKey, Vault.url(dir, true) + ";ACCESS_MODE_DATA=r");
             var rs = c.createStatement().executeQuery("SELECT setting_value FROM setting WHERE name = 'after'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("later data");
        }
    }

    /** A crash at any step leaves the old vault (old passphrase) or the new one (new passphrase), whole. */
    @ParameterizedTest
    @EnumSource(value = Rekey.Step.class, names = "DONE", mode = EnumSource.Mode.EXCLUDE)
    void aCrashAtEveryStepOfANewKeyLeavesOneWholeVault(Rekey.Step crashAt) throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            for (int i = 0; i < 50; i++) {
                note(s, "n" + i, "waarde " + i);
            }
            audit(s, "2026-001");
        }
        VaultSession s = Vault.open(dir, OLD, w, false);
        assertThatThrownBy(() -> s.changePassphrase(OLD, NEW, true, step -> {
            if (step == crashAt) {
                throw new Rekey.Stop(step);
            }
        })).isInstanceOf(Rekey.Stop.class);
        s.abandon(); // the process is gone: lock released, nothing cleaned up
        boolean committed = crashAt.compareTo(Rekey.Step.COMMITTED) >= 0;
        char[] works = committed ? NEW : OLD;
        char[] fails = committed ? OLD : NEW;
        assertThatThrownBy(() -> Vault.open(dir, fails, w, false)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSPHRASE));
        try (VaultSession again = Vault.open(dir, works, w, false)) {
            for (int i = 0; i < 50; i++) {
                assertThat(noteOf(again, "n" + i)).isEqualTo("waarde " + i);
            }
            assertThat(new Store(again).verify()).isEmpty();
        }
        assertThat(dir.resolve(Rekey.STAGING)).doesNotExist();
        try (VaultSession again = Vault.open(dir, works, w, false)) {
            assertThat(again.wasCleanlyClosed()).isTrue();
        }
    }

    // --- 2. rollback

    @Test
    void anOlderDatabaseAndManifestCopiedBackAreRefused() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            note(s, "client", "2026-001 still here");
        }
        Path old = tmp.resolve("old");
        copy(dir, old, Vault.DB_FILE, IntegrityManifest.FILE_NAME);
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            s.dsl().execute("DELETE FROM setting WHERE name = 'client'"); // the purge
            audit(s, "2026-001");
        }
        copy(old, dir, Vault.DB_FILE, IntegrityManifest.FILE_NAME);
        assertThatThrownBy(() -> Vault.open(dir, OLD, w, false)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY));
    }

    @Test
    void anOlderDatabaseWithoutItsManifestIsRefusedByTheAuditHead() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            audit(s, "2026-001");
        }
        Path old = tmp.resolve("old");
        copy(dir, old, Vault.DB_FILE);
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            audit(s, "2026-001");
        }
        copy(old, dir, Vault.DB_FILE);
        Files.delete(dir.resolve(IntegrityManifest.FILE_NAME));
        assertThatThrownBy(() -> Vault.open(dir, OLD, w, false)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.getMessage()).contains("audit trail").contains("older copy"));
    }

    @Test
    void aWholeOlderFolderIsRefusedOnThisComputerButNotWhereNobodyKeptARecord() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            note(s, "client", "2026-001");
        }
        Path old = tmp.resolve("old");
        copy(dir, old, Vault.DB_FILE, IntegrityManifest.FILE_NAME, VaultHeader.FILE_NAME);
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            s.dsl().execute("DELETE FROM setting WHERE name = 'client'");
        }
        copy(old, dir, Vault.DB_FILE, IntegrityManifest.FILE_NAME, VaultHeader.FILE_NAME);
        assertThatThrownBy(() -> Vault.open(dir, OLD, w, false)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.getMessage()).contains("older than the one this computer last opened"));
        // The honest limit (docs/vault.md): with every copy, including this user's record, history can be rewritten.
        Vault.open(dir, OLD, witness("another-computer"), false).close();
    }

    @Test
    void aMissingManifestIsNotClean() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            note(s, "x", "y");
        }
        Files.delete(dir.resolve(IntegrityManifest.FILE_NAME));
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            assertThat(s.wasCleanlyClosed()).isFalse();
            assertThat(s.verifyDatabase()).anySatisfy(p -> assertThat(p).contains("integrity.json"));
        }
    }

    @Test
    void theHeaderCarriesTheWriteCounterAndAuditHeadAndTheUserRecordFollows() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        String head;
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            audit(s, "2026-001");
            head = s.auditHead();
        }
        VaultHeader h = VaultHeader.read(dir);
        assertThat(h.auditHead()).isEqualTo(head);
        assertThat(h.writes()).isEqualTo(2);
        assertThat(w.seen(h.vaultId())).hasValueSatisfying(seen -> {
            assertThat(seen.writes()).isEqualTo(2);
            assertThat(seen.auditHead()).isEqualTo(head);
        });
        Vault.open(dir, OLD, w, false).close();
        assertThat(VaultHeader.read(dir).writes()).isEqualTo(4);
    }

    @Test
    void aVersion1HeaderFromAnOlderKringOpensAndIsRewrittenAsVersion2() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        try (VaultSession s = Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w)) {
            note(s, "x", "kept");
        }
        // the header as Kring wrote it before issue 10: no vault id, no state, the version in the GCM additional data
        VaultHeader v2 = VaultHeader.read(dir);
        byte[] dataKey = v2.unwrap(Secrets.passphraseBytes(OLD));
        KdfParams kdf = v2.kdf();
        byte[] kek = kdf.derive(Secrets.passphraseBytes(OLD));
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"),
                new GCMParameterSpec(128, nonce));
        gcm.updateAAD(("kring-vault|1|argon2id|" + kdf.memoryKiB() + "|" + kdf.iterations() + "|" + kdf.parallelism()
                + "|" + Base64.getEncoder().encodeToString(kdf.salt())).getBytes(StandardCharsets.UTF_8));
        new VaultHeader(1, null, kdf, nonce, gcm.doFinal(dataKey), 0, null, null).write(dir);
        assertThat(Files.readString(dir.resolve(VaultHeader.FILE_NAME))).doesNotContain("vaultId").doesNotContain("keyedChecksum");
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            assertThat(noteOf(s, "x")).isEqualTo("kept");
        }
        VaultHeader upgraded = VaultHeader.read(dir);
        assertThat(upgraded.version()).isEqualTo(2);
        assertThat(upgraded.vaultId()).isNotNull();
        try (VaultSession s = Vault.open(dir, OLD, w, false)) {
            assertThat(new Store(s).verify()).isEmpty();
        }
    }

    // --- 5. header checksum keyed; absurd parameters

    @Test
    void anEditedCounterWithARecomputedPlainChecksumIsDamaged() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w).close();
        VaultHeader h = VaultHeader.read(dir);
        new VaultHeader(h.version(), h.vaultId(), h.kdf(), h.nonce(), h.wrappedKey(), h.writes() + 100, h.auditHead(),
                h.mac()).write(dir);
        assertThatThrownBy(() -> Vault.open(dir, OLD, witness("fresh"), false)).isInstanceOfSatisfying(VaultException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED);
                    assertThat(e.getMessage()).contains("keyed checksum");
                });
    }

    @Test
    void anEditedSaltIsDamagedNotAWrongPassphrase() throws Exception {
        Path dir = tmp.resolve("v");
        VaultWitness w = witness("w");
        Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), w).close();
        VaultHeader h = VaultHeader.read(dir);
        byte[] salt = h.kdf().salt().clone();
        salt[0] ^= 1;
        // the plain checksum recomputed, as an editor of the file would
        new VaultHeader(h.version(), h.vaultId(), h.kdf().withSalt(salt), h.nonce(), h.wrappedKey(), h.writes(),
                h.auditHead(), h.mac()).write(dir);
        assertThatThrownBy(() -> Vault.open(dir, OLD, w, false)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED);
            assertThat(e.getMessage()).contains("key parameters in vault.json");
        });
    }

    @Test
    void aFullDiskIsToldAsAFullDiskNotAsDamage() {
        // what H2 throws when the file cannot grow at open
        SQLException h2 = new SQLException("IO Exception: \"java.io.IOException: No space left on device\"", "90028",
                ErrorCode.IO_EXCEPTION_2, new IOException("No space left on device"));
        VaultException told = Vault.diskFull(h2, 5L * 1024 * 1024);
        assertThat(told).isNotNull();
        assertThat(told.kind()).isEqualTo(VaultException.Kind.IO);
        assertThat(told.getMessage()).contains("The disk is full").doesNotContain("\n");
        assertThat(told.isDiskFull()).isTrue();
        // nearly no space left and a write error without the OS's words: full as well
        assertThat(Vault.diskFull(new SQLException("write failed", "90028", ErrorCode.IO_EXCEPTION_1), 4096))
                .isNotNull();
        // a file that does not decrypt stays "damaged", whatever the free space
        assertThat(Vault.diskFull(new SQLException("corrupt", "90030", ErrorCode.FILE_CORRUPTED_1), 0)).isNull();
        assertThat(Vault.diskFull(new SQLException("other", "90028", ErrorCode.IO_EXCEPTION_1),
                100L * 1024 * 1024)).isNull();
    }

    @Test
    void absurdKeyDerivationParametersGiveOneClearLine() throws Exception {
        Path dir = tmp.resolve("v");
        Vault.create(dir, OLD, KdfParams.fresh(new SecureRandom()), witness("w")).close();
        String json = Files.readString(dir.resolve(VaultHeader.FILE_NAME));
        var root = (ObjectNode) new ObjectMapper().readTree(json);
        ((ObjectNode) root.path("kdf")).put("memoryKiB", 4L * 1024 * 1024); // 4 GiB: within the old bounds, an OutOfMemoryError before
        Files.writeString(dir.resolve(VaultHeader.FILE_NAME), root.toString());
        assertThatThrownBy(() -> Vault.open(dir, OLD, witness("w"), false)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED);
            assertThat(e.getMessage()).doesNotContain("\n");
        });
        // within the header's bounds but beyond what this process may use: refused before the allocation
        assertThatThrownBy(() -> VaultHeader.checkAffordable((int) VaultHeader.MAX_MEMORY_KIB, 256L * 1024 * 1024))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED);
                    assertThat(e.getMessage()).contains("more than this Java process may use").doesNotContain("\n");
                });
        VaultHeader.checkAffordable(KdfParams.DEFAULT_MEMORY_KIB, 1024L * 1024 * 1024);
    }
}
