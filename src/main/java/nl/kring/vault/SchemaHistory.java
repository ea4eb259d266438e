package nl.kring.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a vault's schema is current without starting Flyway (issue 17, round 6: Flyway's scan of the migrations,
 * their checksums and its validation cost every command about 0.5 s CPU). {@code db/schema-history.txt} lists what
 * Flyway resolves from {@link Vault#MIGRATIONS} and {@link Vault#BASELINE}: per migration its version, description,
 * type and checksum ({@code BaselineSchemaTest} holds the list to Flyway's own resolution). The schema is current when
 * the vault's history holds exactly the rows Flyway's validation accepts with nothing pending: every row successful,
 * and the rows are either every {@code V} migration or the baseline with every later {@code V} migration, each with
 * the listed description, type and checksum. Anything else (a pending, changed, failed, missing or unknown migration)
 * is left to Flyway, which migrates or refuses as before.
 */
final class SchemaHistory {
    static final String RESOURCE = "db/schema-history.txt";
    private static final String BASELINE_TYPE = "SQL_BASELINE";

    record Row(String version, String description, String type, Integer checksum) {
        static Row parse(String line) {
            String[] f = line.split("\\|", -1);
            return new Row(f[0], f[1], f[2], f[3].isEmpty() ? null : Integer.valueOf(f[3]));
        }

        String line() {
            return version + "|" + description + "|" + type + "|" + (checksum == null ? "" : checksum);
        }
    }

    private SchemaHistory() {
    }

    /** The migrations this Kring resolves, as listed in {@link #RESOURCE}. */
    static List<Row> resolved() {
        try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Row.parse(line.strip()));
                }
            }
            return rows;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** True when Flyway would validate this history and find nothing to apply; false means: run Flyway. */
    static boolean current(Connection c) throws SQLException {
        List<Row> resolved = resolved();
        if (resolved.isEmpty() || !historyExists(c)) {
            return false;
        }
        Set<Row> applied = new HashSet<>();
        int rows = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\", \"description\","
                + " \"type\", \"checksum\", \"success\" FROM PUBLIC.\"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rs.next()) {
                if (!rs.getBoolean(5)) {
                    return false;
                }
                int checksum = rs.getInt(4);
                applied.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : checksum));
                rows++;
            }
        }
        if (rows != applied.size()) {
            return false;
        }
        Row baseline = applied.stream().filter(r -> BASELINE_TYPE.equals(r.type())).findFirst().orElse(null);
        Set<Row> expected = new HashSet<>();
        for (Row r : resolved) {
            boolean isBaseline = BASELINE_TYPE.equals(r.type());
            if (baseline == null ? !isBaseline
                    : isBaseline ? r.equals(baseline) : compare(r.version(), baseline.version()) > 0) {
                expected.add(r);
            }
        }
        return applied.equals(expected);
    }

    private static boolean historyExists(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM"
                + " INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Versions compared as Flyway does: part by part, numerically. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
