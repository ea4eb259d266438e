package nl.kring.vault;

import nl.kring.TestVaults;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * New vaults are made from one baseline script instead of the sixteen migrations (issue 17). The script must build
 * exactly the schema the migrations build, must be regenerated whenever a migration is added, and must not stop an
 * older vault from upgrading through the migrations.
 */
class BaselineSchemaTest {
    /**
     * Per table its indexes in H2's order (the order they were made in): where two indexes can serve a sorted read,
     * H2 takes the first, and the index check at an open (IntegrityManifest.indexMismatch, IndexCheckTest) reads each
     * index only when it is the one H2 takes.
     */
    private static final String INDEX_ORDER = "INDEX_ORDER";
    /** INFORMATION_SCHEMA's views of a schema's make-up (not its data). */
    private static final List<String> VIEWS = List.of("TABLES", "COLUMNS", "TABLE_CONSTRAINTS", "KEY_COLUMN_USAGE",
            "REFERENTIAL_CONSTRAINTS", "CHECK_CONSTRAINTS", "CONSTRAINT_COLUMN_USAGE", "INDEXES", "INDEX_COLUMNS",
            "TRIGGERS", "SEQUENCES", INDEX_ORDER);

    @TempDir
    Path tmp;

    private static final String REGENERATE = "run nl.kring.vault.BaselineScript src/main/resources/db/baseline after"
            + " adding a migration";

    @Test
    void theCommittedBaselineIsTheScriptOfTheSchemaTheMigrationsBuild() throws Exception {
        BaselineScript.Script now = BaselineScript.generate();
        List<Path> committed = baselineFiles();
        // a migration added without running BaselineScript: the newest version has no baseline, or it scripts
        // another schema (older baselines stay: vaults made by them name them in their history)
        assertThat(committed).as(REGENERATE).extracting(p -> p.getFileName().toString()).contains(now.fileName());
        Path newest = committed.stream().max((a, b) -> SchemaHistory.compare(version(a), version(b))).orElseThrow();
        assertThat(newest.getFileName().toString()).as(REGENERATE).isEqualTo(now.fileName());
        assertThat(Files.readString(newest, StandardCharsets.UTF_8)).as(REGENERATE).isEqualTo(now.text());
    }

    @Test
    void theListOfMigrationsTheOpenChecksIsWhatFlywayResolves() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SchemaHistory.RESOURCE)) {
            assertThat(in).as(SchemaHistory.RESOURCE).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(REGENERATE)
                    .isEqualTo(BaselineScript.history(Vault.MIGRATIONS, Vault.BASELINE));
        }
    }

    @Test
    void theOpenLeavesToFlywayEveryHistoryItsValidationWouldNotPassWithNothingToApply() throws Exception {
        try (Connection c = plain(tmp.resolve("steps"))) {
            Vault.migrate(c, Vault.MIGRATIONS);
            assertThat(SchemaHistory.current(c)).as("migrated step by step").isTrue();
        }
        Path dir = tmp.resolve("vault");
        try (VaultSession s = Vault.create(dir, TestVaults.PASSPHRASE.toCharArray())) {
            Connection c = s.connection();
            assertThat(SchemaHistory.current(c)).as("made from the baseline").isTrue();
            String newest = version(c);
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1");
                assertThat(SchemaHistory.current(c)).as("a changed checksum").isFalse();
                st.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1");
                assertThat(SchemaHistory.current(c)).isTrue();
                st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" IS NOT NULL");
                assertThat(SchemaHistory.current(c)).as("a failed migration").isFalse();
                st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE");
                st.execute("UPDATE \"flyway_schema_history\" SET \"version\" = '22' WHERE \"version\" IS NOT NULL");
                assertThat(SchemaHistory.current(c)).as("a baseline this Kring does not know, newer migrations pending")
                        .isFalse();
                st.execute("UPDATE \"flyway_schema_history\" SET \"version\" = '" + newest + "' WHERE \"version\" = '22'");
                assertThat(SchemaHistory.current(c)).isTrue();
            }
        }
        try (Connection c = plain(tmp.resolve("steps")); Statement st = c.createStatement()) {
            // a history Flyway does not validate: the open leaves it to Flyway, which refuses it as before
            st.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
            assertThat(SchemaHistory.current(c)).as("a step's checksum changed").isFalse();
            assertThatThrownBy(() -> Vault.migrate(c, Vault.MIGRATIONS, Vault.BASELINE)).hasMessageContaining("checksum");
        }
        try (Connection c = plain(tmp.resolve("behind"))) {
            Flyway.configure().dataSource(new SingleConnectionDataSource(c)).locations(Vault.MIGRATIONS)
                    .target(previousVersion()).load().migrate();
            assertThat(SchemaHistory.current(c)).as("a migration pending").isFalse();
        }
    }

    private static String version(Path baseline) {
        String name = baseline.getFileName().toString();
        return name.substring(1, name.indexOf("__"));
    }

    @Test
    void aNewVaultHasTheSchemaAndVersionOfAVaultMigratedStepByStep() throws Exception {
        Map<String, List<String>> migrated;
        String migratedVersion;
        try (Connection c = plain(tmp.resolve("migrated"))) {
            assertThat(Vault.migrate(c, Vault.MIGRATIONS)).isGreaterThan(1);
            RowDigests.rebuild(c);
            migrated = schema(c);
            migratedVersion = version(c);
        }
        try (VaultSession s = Vault.create(tmp.resolve("new"), TestVaults.PASSPHRASE.toCharArray())) {
            Connection c = s.connection();
            // made by the baseline in one step (beside it, Flyway's own row for making its history table)
            assertThat(history(c)).filteredOn(row -> !row.startsWith("null "))
                    .containsExactly(migratedVersion + " SQL_BASELINE B" + migratedVersion + "__baseline.sql");
            assertThat(version(c)).isEqualTo(migratedVersion);
            Map<String, List<String>> made = schema(c);
            assertThat(made.keySet()).containsExactlyElementsOf(VIEWS);
            assertThat(differences(made, migrated)).isEmpty();
            assertThat(made.get("TRIGGERS")).as("every table has its digest triggers").isNotEmpty();
        }
        // and it opens again (Flyway validates the baseline's row against the script)
        try (VaultSession s = Vault.open(tmp.resolve("new"), TestVaults.PASSPHRASE.toCharArray())) {
            assertThat(s.verifyDatabase()).isEmpty();
        }
    }

    @Test
    void anOlderVaultStillUpgradesThroughTheMigrations() throws Exception {
        Map<String, List<String>> upgraded;
        String newest;
        try (Connection c = plain(tmp.resolve("old"))) {
            String before = previousVersion();
            Flyway.configure().dataSource(new SingleConnectionDataSource(c)).locations(Vault.MIGRATIONS)
                    .target(before).load().migrate();
            assertThat(version(c)).isEqualTo(before);
            // as Vault.connect opens it: the baseline is beside the migrations, and only the newer migration runs
            assertThat(Vault.migrate(c, Vault.MIGRATIONS, Vault.BASELINE)).isEqualTo(1);
            RowDigests.rebuild(c);
            assertThat(history(c)).noneSatisfy(row -> assertThat(row).contains("SQL_BASELINE"));
            upgraded = schema(c);
            newest = version(c);
        }
        try (Connection c = plain(tmp.resolve("fresh"))) {
            assertThat(Vault.migrate(c, Vault.MIGRATIONS, Vault.BASELINE)).isEqualTo(1);
            RowDigests.rebuild(c);
            assertThat(version(c)).isEqualTo(newest);
            assertThat(differences(schema(c), upgraded)).isEmpty();
        }
    }

    /** Per view, the rows only one of the two schemas has (marked {@code +} for the first, {@code -} for the second). */
    private static List<String> differences(Map<String, List<String>> a, Map<String, List<String>> b) {
        List<String> out = new ArrayList<>();
        for (String view : VIEWS) {
            List<String> x = a.getOrDefault(view, List.of());
            List<String> y = b.getOrDefault(view, List.of());
            x.stream().filter(r -> !y.contains(r)).forEach(r -> out.add(view + " + " + r));
            y.stream().filter(r -> !x.contains(r)).forEach(r -> out.add(view + " - " + r));
        }
        return out;
    }

    /** The version before the newest migration (the schema an older Kring left). */
    private static String previousVersion() {
        var versions = Stream.of(Flyway.configure().dataSource("jdbc:h2:mem:versions", "sa", "")
                        .locations(Vault.MIGRATIONS).load().info().all())
                .map(m -> m.getVersion()).sorted().toList();
        return versions.get(versions.size() - 2).getVersion();
    }

    private static List<Path> baselineFiles() throws IOException, URISyntaxException {
        var url = BaselineSchemaTest.class.getClassLoader().getResource("db/baseline");
        assertThat(url).as("db/baseline on the class path").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.getFileName().toString().startsWith("B")).sorted().toList();
        }
    }

    private static Connection plain(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";TRACE_LEVEL_FILE=0",
                "kring", "");
    }

    /** Flyway's newest successful version. */
    private static String version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\" FROM"
                + " \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\", \"type\","
                + " \"script\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    /**
     * Per view, the rows of schema PUBLIC, sorted, each as its columns' names and values: everything but the
     * database's own name (the catalog columns), a table's last change and its estimated row count.
     */
    static Map<String, List<String>> schema(Connection c) throws SQLException {
        // H2 names a constraint's own index itself (PRIMARY_KEY_4, CONSTRAINT_4E_INDEX_A) from a counter, so the same
        // schema made in another order has other names there: such an index is named by its constraint instead
        Map<String, String> constraintIndex = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT INDEX_NAME, CONSTRAINT_NAME FROM"
                + " INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'PUBLIC' AND INDEX_NAME IS NOT NULL")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    constraintIndex.put(rs.getString(1), "index of " + rs.getString(2));
                }
            }
        }
        Map<String, List<String>> result = new TreeMap<>((a, b) -> VIEWS.indexOf(a) - VIEWS.indexOf(b));
        for (String view : VIEWS) {
            List<String> rows = new ArrayList<>();
            if (view.equals(INDEX_ORDER)) {
                Map<String, List<String>> order = new TreeMap<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME, INDEX_NAME"
                        + " FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                    while (rs.next()) {
                        order.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                                .add(constraintIndex.getOrDefault(rs.getString(2), rs.getString(2)));
                    }
                }
                order.forEach((table, names) -> rows.add(table + " " + names));
                result.put(view, rows);
                continue;
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM INFORMATION_SCHEMA." + view)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    String schema = null;
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String name = md.getColumnName(i);
                        if (schema == null && name.endsWith("_SCHEMA")) {
                            schema = String.valueOf(rs.getString(i));
                        }
                        if (name.endsWith("_CATALOG") || name.equals("LAST_MODIFICATION")
                                || name.equals("ROW_COUNT_ESTIMATE")) {
                            continue;
                        }
                        String value = rs.getString(i);
                        if (name.equals("INDEX_NAME") && value != null) {
                            value = constraintIndex.getOrDefault(value, value);
                        }
                        row.append(name).append('=').append(value).append(' ');
                    }
                    if ("PUBLIC".equals(schema)) {
                        rows.add(row.toString());
                    }
                }
            }
            rows.sort(null);
            result.put(view, rows);
        }
        return result;
    }

}
