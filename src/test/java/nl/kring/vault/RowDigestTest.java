package nl.kring.vault;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17: the integrity check costs what the writes cost. Per table a row count and a sum of row hashes are kept in
 * the database by a trigger, in the transaction of each write; the close seals them into integrity.json and the open
 * compares one row per table. Each test below is one way the new digests could be fooled: rows changed, deleted or
 * added outside Kring, the digest table edited, a trigger removed, a transaction that fails half-way, a crash.
 * "Outside Kring" is someone with the passphrase who opens the H2 file directly with the data key.
 */
class RowDigestTest {
    @TempDir
    Path tmp;

    Path dir;

    @BeforeEach
    void demoVault() throws Exception {
        dir = tmp.resolve("v");
        try (Store store = TestVaults.create(dir)) {
            Importer.store(store, DemoData.demoData());
        }
    }

    /** The H2 file opened as a tool would open it: with the data key, without Kring's open or close. */
    private Connection outside() throws Exception {
        byte[] key = VaultHeader.read(dir).unwrap(Secrets.passphraseBytes(TestVaults.PASSPHRASE.toCharArray()));
        try {
            return Vault.rawConnection(dir, key, Vault.url(dir, true));
        } finally {
            Secrets.wipe(key);
        }
    }

    private static void sql(Connection c, String... statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** Runs the statements with the trigger of {@code table} dropped and put back: the sums do not follow them. */
    private void behindTheDigestsBack(String table, String... statements) throws Exception {
        try (Connection c = outside()) {
            sql(c, "DROP TRIGGER PUBLIC.KRING_DIGEST_" + table);
            sql(c, statements);
            sql(c, "CREATE TRIGGER PUBLIC.KRING_DIGEST_" + table + " AFTER INSERT, UPDATE, DELETE ON PUBLIC." + table
                    + " FOR EACH ROW CALL '" + RowDigestTrigger.class.getName() + "'");
        }
    }

    @Test
    void theSumsFollowEveryWriteIncludingCascadesAndTheCloseWritesTheNewFormat() throws Exception {
        try (Store store = TestVaults.open(dir)) {
            Connection c = store.session().connection();
            assertThat(RowDigests.stored(c)).isEqualTo(RowDigests.recompute(c)).containsKeys("CASE_FILE", "AUDIT_ENTRY");
            String number = store.cases().all().getFirst().number();
            assertThat(RowDigests.stored(c).get("CASE_KRING").rows()).isPositive();
            store.cases().delete(number); // ON DELETE CASCADE into relatives, kring, domains, agenda items, minutes
            sql(c, "INSERT INTO setting(name, setting_value) VALUES ('digest-test', 'een')",
                    "UPDATE setting SET setting_value = setting_value || 'x' WHERE name = 'digest-test'",
                    "MERGE INTO setting(name, setting_value) KEY (name) VALUES ('digest-test', 'twee')",
                    "INSERT INTO setting(name, setting_value) VALUES ('digest-gone', 'weg')",
                    "DELETE FROM setting WHERE name = 'digest-gone'");
            assertThat(RowDigests.stored(c)).isEqualTo(RowDigests.recompute(c));
            assertThat(store.verify()).isEmpty();
        }
        try (VaultSession s = Vault.open(dir, TestVaults.PASSPHRASE.toCharArray())) {
            assertThat(s.wasCleanlyClosed()).isTrue();
            assertThat(s.verifyDatabase()).isEmpty();
        }
        byte[] key = VaultHeader.read(dir).unwrap(Secrets.passphraseBytes(TestVaults.PASSPHRASE.toCharArray()));
        byte[] macKey = Vault.subkey(key, "integrity-manifest");
        assertThat(IntegrityManifest.read(dir, macKey).format()).isEqualTo(IntegrityManifest.FORMAT_SUMS);
        Secrets.wipe(key);
    }

    @Test
    void aRowChangedOutsideKringBehindTheSumsIsFoundByVerify() throws Exception {
        behindTheDigestsBack("CASE_FILE", "UPDATE PUBLIC.CASE_FILE SET SURNAME = 'Anders' WHERE NUMBER = "
                + "(SELECT MIN(NUMBER) FROM PUBLIC.CASE_FILE)");
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).anySatisfy(p -> assertThat(p).startsWith("table CASE_FILE")
                    .contains("do not match the digest"));
        }
    }

    @Test
    void aRowChangedOutsideKringThroughTheTriggerIsRefusedAtOpen() throws Exception {
        // Kring's jar on the tool's class path: the trigger follows the change, so the sums no longer match the
        // manifest sealed at the last close.
        try (Connection c = outside()) {
            sql(c, "UPDATE PUBLIC.CASE_FILE SET SURNAME = 'Anders' WHERE NUMBER = (SELECT MIN(NUMBER) FROM PUBLIC.CASE_FILE)");
        }
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY);
            assertThat(e.getMessage()).contains("CASE_FILE").contains("changed content");
        });
    }

    /** Issue 12: the partners' file numbers (V23) are covered like every table: one changed outside Kring is found. */
    @Test
    void aFileNumberChangedOutsideKringBehindTheSumsIsFoundByVerify() throws Exception {
        behindTheDigestsBack("FILE_NUMBER", "UPDATE PUBLIC.FILE_NUMBER SET FILE_NUMBER = '999999' WHERE POSITION = 0");
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).anySatisfy(p -> assertThat(p).startsWith("table FILE_NUMBER")
                    .contains("do not match the digest"));
        }
    }

    /** Issue 17: the identity index (V24) is covered like every table: a key row changed behind the sums is found. */
    @Test
    void anIdentityKeyRowChangedOutsideKringBehindTheSumsIsFoundByVerify() throws Exception {
        behindTheDigestsBack("CASE_IDENTITY_KEYS", "UPDATE PUBLIC.CASE_IDENTITY_KEYS SET KEY_HASHES = X'0000002a'"
                + " WHERE CASE_NUMBER = (SELECT MIN(CASE_NUMBER) FROM PUBLIC.CASE_IDENTITY_KEYS)");
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).anySatisfy(p -> assertThat(p).startsWith("table CASE_IDENTITY_KEYS")
                    .contains("do not match the digest"));
        }
    }

    /** A key row changed through the trigger (Kring's jar on a tool's class path): refused at the open. */
    @Test
    void anIdentityKeyRowChangedThroughTheTriggerIsRefusedAtOpen() throws Exception {
        try (Connection c = outside()) {
            sql(c, "UPDATE PUBLIC.CASE_IDENTITY_KEYS SET KEY_HASHES = X'0000002a' WHERE CASE_NUMBER ="
                    + " (SELECT MIN(CASE_NUMBER) FROM PUBLIC.CASE_IDENTITY_KEYS)");
        }
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY);
            assertThat(e.getMessage()).contains("CASE_IDENTITY_KEYS");
        });
    }

    /**
     * A key row removed, or an older Kring's rows put back, behind the sums: the open computes the missing and outdated
     * rows again (through the trigger), and that does not hide the change: verify still finds the table.
     */
    @Test
    void anIdentityKeyRowRemovedBehindTheSumsIsFoundAfterTheOpenRecomputesIt() throws Exception {
        behindTheDigestsBack("CASE_IDENTITY_KEYS", "DELETE FROM PUBLIC.CASE_IDENTITY_KEYS WHERE CASE_NUMBER ="
                + " (SELECT MIN(CASE_NUMBER) FROM PUBLIC.CASE_IDENTITY_KEYS)");
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).anySatisfy(p -> assertThat(p).startsWith("table CASE_IDENTITY_KEYS"));
        }
    }

    @Test
    void anOlderKringsIdentityKeysPutBackBehindTheSumsAreFoundAfterTheOpenRecomputesThem() throws Exception {
        behindTheDigestsBack("CASE_IDENTITY_KEYS", "UPDATE PUBLIC.CASE_IDENTITY_KEYS SET KEYS_VERSION = KEYS_VERSION - 1,"
                + " KEY_HASHES = X'00000001'");
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).anySatisfy(p -> assertThat(p).startsWith("table CASE_IDENTITY_KEYS"));
        }
    }

    @Test
    void aRowDeletedOutsideKringIsFound() throws Exception {
        behindTheDigestsBack("DISCLOSURE", "DELETE FROM PUBLIC.DISCLOSURE WHERE ID = (SELECT MIN(ID) FROM PUBLIC.DISCLOSURE)");
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).anySatisfy(p -> assertThat(p).startsWith("table DISCLOSURE"));
        }
    }

    @Test
    void aRowAddedOutsideKringIsFound() throws Exception {
        behindTheDigestsBack("SETTING", "INSERT INTO PUBLIC.SETTING(NAME, SETTING_VALUE) VALUES ('smuggled', 'in')");
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).anySatisfy(p -> assertThat(p).startsWith("table SETTING"));
        }
    }

    @Test
    void anEditedDigestTableIsRefusedAtOpen() throws Exception {
        try (Connection c = outside()) {
            sql(c, "UPDATE PUBLIC.INTEGRITY_DIGEST SET ROW_SUM = ROW_SUM + 1 WHERE TABLE_NAME = 'CASE_FILE'");
        }
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY));
    }

    @Test
    void aDigestRowDeletedIsRefusedAtOpen() throws Exception {
        try (Connection c = outside()) {
            sql(c, "DELETE FROM PUBLIC.INTEGRITY_DIGEST WHERE TABLE_NAME = 'AUDIT_ENTRY'");
        }
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY);
            assertThat(e.getMessage()).contains("AUDIT_ENTRY");
        });
    }

    @Test
    void aRemovedTriggerIsRefusedAtOpen() throws Exception {
        try (Connection c = outside()) {
            sql(c, "DROP TRIGGER PUBLIC.KRING_DIGEST_PARTNER", "UPDATE PUBLIC.PARTNER SET NAME = NAME || ' (anders)'");
        }
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY);
            assertThat(e.getMessage()).contains("PARTNER").contains("trigger");
        });
    }

    @Test
    void aTransactionThatFailsHalfwayLeavesDataAndSumsTogether() throws Exception {
        try (Store store = TestVaults.open(dir)) {
            Connection c = store.session().connection();
            var before = RowDigests.stored(c);
            assertThatThrownBy(() -> store.transaction(s -> {
                s.session().dsl().execute("INSERT INTO setting(name, setting_value) VALUES ('half', 'way')");
                s.session().dsl().execute("INSERT INTO setting(name, setting_value) VALUES ('half', 'again')"); // duplicate key
            })).isInstanceOf(RuntimeException.class);
            assertThat(RowDigests.stored(c)).isEqualTo(before).isEqualTo(RowDigests.recompute(c));
        }
    }

    @Test
    void aCrashAfterWritesOpensWithAFullCheckAndEveryWriteKeepsItsDigest() throws Exception {
        VaultSession s = Vault.open(dir, TestVaults.PASSPHRASE.toCharArray());
        new Store(s).cases().delete(new Store(s).cases().all().getFirst().number());
        s.dsl().execute("INSERT INTO setting(name, setting_value) VALUES ('after', 'crash')");
        s.abandon(); // no close: the manifest says OPEN
        try (VaultSession again = Vault.open(dir, TestVaults.PASSPHRASE.toCharArray())) {
            assertThat(again.wasCleanlyClosed()).isFalse();
            assertThat(again.verifyDatabase()).isEmpty();
            assertThat(again.dsl().fetchValue("SELECT setting_value FROM setting WHERE name = 'after'")).isEqualTo("crash");
        }
    }

    @Test
    void aRowChangedBehindTheSumsBeforeACrashIsRefusedAtTheNextOpen() throws Exception {
        VaultSession s = Vault.open(dir, TestVaults.PASSPHRASE.toCharArray());
        s.abandon(); // the manifest says OPEN: the next open reads every row
        behindTheDigestsBack("CASE_FILE", "UPDATE PUBLIC.CASE_FILE SET SURNAME = 'Anders' WHERE NUMBER = "
                + "(SELECT MIN(NUMBER) FROM PUBLIC.CASE_FILE)");
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY);
            assertThat(e.getMessage()).contains("CASE_FILE");
        });
    }

    @Test
    void aManifestOfAnOlderKringIsCheckedRowByRowOnceAndThenReplaced() throws Exception {
        // What Kring wrote before issue 17: a SHA-256 over all rows per table (format 1).
        byte[] key = VaultHeader.read(dir).unwrap(Secrets.passphraseBytes(TestVaults.PASSPHRASE.toCharArray()));
        byte[] macKey = Vault.subkey(key, "integrity-manifest");
        IntegrityManifest sums = IntegrityManifest.read(dir, macKey);
        try (Connection c = Vault.rawConnection(dir, key, Vault.url(dir, true) + ";ACCESS_MODE_DATA=r")) {
            var rows = IntegrityManifest.compute(DSL.using(c, SQLDialect.H2));
            new IntegrityManifest(IntegrityManifest.State.CLEAN, rows, sums.writes()).write(dir, macKey);
        }
        assertThat(IntegrityManifest.read(dir, macKey).format()).isEqualTo(IntegrityManifest.FORMAT_ROWS);
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.session().wasCleanlyClosed()).isTrue();
            assertThat(store.verify()).isEmpty();
        }
        assertThat(IntegrityManifest.read(dir, macKey).format()).isEqualTo(IntegrityManifest.FORMAT_SUMS);
        // and an older manifest that does not match its rows is still refused
        try (Connection c = Vault.rawConnection(dir, key, Vault.url(dir, true) + ";ACCESS_MODE_DATA=r")) {
            var rows = new TreeMap<>(IntegrityManifest.compute(DSL.using(c, SQLDialect.H2)));
            rows.put("SETTING", new IntegrityManifest.TableDigest(rows.get("SETTING").rows(), "0".repeat(64)));
            new IntegrityManifest(IntegrityManifest.State.CLEAN, rows, IntegrityManifest.read(dir, macKey).writes())
                    .write(dir, macKey);
        }
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.INTEGRITY));
        Secrets.wipe(macKey);
        Secrets.wipe(key);
    }
}
