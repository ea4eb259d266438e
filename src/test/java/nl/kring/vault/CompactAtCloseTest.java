package nl.kring.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.interchange.Importer;
import nl.kring.retention.CaseEraser;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that wrote much (an import) or erased a case closes with H2 writing the file anew from the live data
 * (issue 17): one chunk, no dead pages. The control: a session that only saved a case leaves H2's file as H2 leaves it.
 */
class CompactAtCloseTest {

    @TempDir
    Path tmp;

    @Test
    void anImportLeavesAFileOfItsDataNotOfItsWriting() throws Exception {
        Path compacted = tmp.resolve("compacted");
        try (Store store = TestVaults.create(compacted)) {
            Importer.store(store, DemoData.demoData());
        }
        // the same import, the session then let go of without Kring's close: H2 closes the file as it would have
        Path plain = tmp.resolve("plain");
        Store other = TestVaults.create(plain);
        Importer.store(other, DemoData.demoData());
        other.session().abandon();

        Map<String, Long> after = fileInfo(compacted);
        Map<String, Long> before = fileInfo(plain);
        assertThat(after.get("info.CHUNK_COUNT")).isEqualTo(1);
        assertThat(after.get("info.CHUNKS_FILL_RATE")).isEqualTo(100);
        assertThat(before.get("info.CHUNK_COUNT")).as("H2's own close").isGreaterThan(1);
        assertThat(Files.size(compacted.resolve(Vault.DB_FILE))).isLessThan(Files.size(plain.resolve(Vault.DB_FILE)));

        // nothing but the vault's own files is left, and the vault opens whole
        try (Stream<Path> files = Files.list(compacted)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("integrity.json", Vault.DB_FILE, "vault.json", "vault.lock");
        }
        try (Store store = TestVaults.open(compacted)) {
            assertThat(store.session().wasCleanlyClosed()).isTrue();
            assertThat(store.verify()).isEmpty();
            assertThat(store.cases().all()).hasSize(DemoData.demoData().cases().size());
        }
    }

    @Test
    void aDestructionWritesTheFileAnewAtTheClose() throws Exception {
        Path dir = tmp.resolve("v");
        try (Store store = TestVaults.create(dir)) {
            Importer.store(store, DemoData.demoData());
        }
        List<CaseFile> cases;
        try (Store store = TestVaults.open(dir)) {
            cases = store.cases().all();
            // the control: a plain write leaves a second chunk beside the compacted one
            store.cases().save(cases.get(1));
        }
        assertThat(fileInfo(dir).get("info.CHUNK_COUNT")).as("after a plain write").isGreaterThan(1);

        String doomed = cases.get(0).number();
        try (Store store = TestVaults.open(dir)) {
            store.transaction(tx -> CaseEraser.erase(tx, List.of(doomed)));
        }
        assertThat(fileInfo(dir).get("info.CHUNK_COUNT")).as("after the erasure's close").isEqualTo(1);
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).isEmpty();
            assertThat(store.cases().exists(doomed)).isFalse();
            assertThat(store.cases().all()).hasSize(cases.size() - 1);
        }
    }

    /** H2's own figures of the file, read without writing (the data key, read-only, as a tool would open it). */
    private static Map<String, Long> fileInfo(Path dir) throws Exception {
        byte[] key = VaultHeader.read(dir).unwrap(Secrets.passphraseBytes(TestVaults.PASSPHRASE.toCharArray()));
        Map<String, Long> out = new HashMap<>();
        try (Connection c = Vault.rawConnection(dir, key, Vault.url(dir, true) + ";ACCESS_MODE_DATA=r");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.CHUNK_COUNT', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                out.put(rs.getString(1), Long.parseLong(rs.getString(2)));
            }
        } finally {
            Secrets.wipe(key);
        }
        return out;
    }
}
