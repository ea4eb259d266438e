package nl.kring.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index check only means something if H2 really reads the rows for one query and the index for the other.
 * This pins the plans for every index of the schema, so an H2 upgrade that plans differently fails here.
 */
class IndexCheckTest {
    @TempDir
    Path tmp;

    @Test
    void everyIndexIsReadByItsQueryAndTheRowsByATableScan() throws Exception {
        try (VaultSession s = Vault.create(tmp.resolve("v"), "correct horse battery staple".toCharArray())) {
            Connection c = s.connection();
            Map<String, Map<String, List<String>>> indexes = new TreeMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME "
                    + "FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
                while (rs.next()) {
                    indexes.computeIfAbsent(rs.getString(1), t -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), i -> new ArrayList<>()).add(rs.getString(3));
                }
            }
            int checked = 0;
            for (var t : indexes.entrySet()) {
                for (var i : t.getValue().entrySet()) {
                    assertThat(plan(c, IntegrityManifest.scanQuery(t.getKey(), i.getValue())))
                            .contains("/* PUBLIC." + t.getKey() + ".tableScan */");
                    assertThat(plan(c, IntegrityManifest.indexQuery(t.getKey(), i.getKey(), i.getValue())))
                            .contains("/* PUBLIC." + i.getKey() + " */").contains("index sorted");
                    checked++;
                }
            }
            assertThat(indexes).containsKeys("CASE_FILE", "CASE_KRING", "CLIENT_ALIAS", "MINUTES_PARAGRAPH");
            assertThat(checked).isGreaterThan(15);
            assertThat(IntegrityManifest.indexMismatch(c)).isNull();
        }
    }

    private static String plan(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("EXPLAIN " + sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
