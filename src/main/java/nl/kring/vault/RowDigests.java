package nl.kring.vault;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per table the number of rows and the sum of a SHA-256 over each row (an order-free multiset hash), kept in table
 * {@code INTEGRITY_DIGEST} by {@link RowDigestTrigger} in the same transaction as every write (issue 17). A write
 * changes the sum by the hashes of the rows it adds and removes, so keeping it costs what the write costs, and
 * reading it costs one row per table however large the vault grows. The close seals the sums into
 * {@code integrity.json} (an HMAC per table, {@link #sealed}); the open compares them; {@code kring verify} and the
 * open after a crash recompute every row and compare with the sums.
 *
 * <p>The sums are not keyed: they live inside the encrypted database, where only the data key reaches them. What
 * leaves the database (the manifest) is keyed, so a guess at a small table's content cannot be checked against it.
 */
public final class RowDigests {
    static final String TABLE = "INTEGRITY_DIGEST";
    /** The row of INTEGRITY_DIGEST that records the schema the sums were last rebuilt for (Flyway's last rank). */
    static final String SCHEMA_MARK = "$SCHEMA";
    private static final String SCHEMA = "PUBLIC";
    private static final String HISTORY = "flyway_schema_history";
    private static final String TRIGGER_PREFIX = "KRING_DIGEST_";

    public record Digest(long rows, BigInteger sum) {
    }

    private RowDigests() {
    }

    /** The hash of one row: table name and every column value in the table's column order, each length-prefixed. */
    static BigInteger rowHash(String table, Object[] row) throws SQLException {
        MessageDigest sha = Sha256.digest();
        update(sha, table.getBytes(StandardCharsets.UTF_8));
        for (Object v : row) {
            update(sha, encode(v));
        }
        return new BigInteger(1, sha.digest());
    }

    /**
     * One value as bytes, the same whether H2 hands it to a trigger or to a result set: a kind letter and a canonical
     * text (dates as ISO, numbers without trailing zeros, CLOB/BLOB by content).
     */
    static byte[] encode(Object v) throws SQLException {
        if (v == null) {
            return new byte[] {0};
        }
        String s = switch (v) {
            case String x -> "S" + x;
            case Clob x -> "S" + x.getSubString(1, (int) x.length());
            case Boolean x -> "B" + x;
            case BigDecimal x -> "N" + (x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString());
            case Long x -> "N" + x;
            case Integer x -> "N" + x;
            case Short x -> "N" + x;
            case Byte x -> "N" + x;
            case BigInteger x -> "N" + x;
            case Date x -> "D" + x.toLocalDate();
            case LocalDate x -> "D" + x;
            case Timestamp x -> "T" + x.toLocalDateTime();
            case LocalDateTime x -> "T" + x;
            case Time x -> "t" + x.toLocalTime();
            case LocalTime x -> "t" + x;
            case OffsetDateTime x -> "O" + x;
            case byte[] x -> "X" + HexFormat.of().formatHex(x);
            case Blob x -> "X" + HexFormat.of().formatHex(x.getBytes(1, (int) x.length()));
            default -> v.getClass().getSimpleName() + ":" + v;
        };
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The tables that carry a digest: every base table of the schema but the digest table and Flyway's history. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (!t.equals(TABLE) && !t.equals(HISTORY)) {
                        result.add(t);
                    }
                }
            }
        }
        return result;
    }

    static boolean present(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, SCHEMA);
            ps.setString(2, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * The first table without Kring's digest trigger (for every insert, update and delete), or null: a trigger
     * dropped to change rows behind the sums' back is seen at the open, for the price of one query.
     */
    static String missingTrigger(Connection c) throws SQLException {
        Map<String, Set<String>> events = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT EVENT_OBJECT_TABLE, EVENT_MANIPULATION, JAVA_CLASS"
                + " FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA = ? AND ACTION_TIMING = 'AFTER'"
                + " AND ACTION_ORIENTATION = 'ROW'")) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (RowDigestTrigger.class.getName().equals(rs.getString(3))) {
                        events.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
        for (String table : tables(c)) {
            if (!events.getOrDefault(table, Set.of()).containsAll(List.of("INSERT", "UPDATE", "DELETE"))) {
                return table;
            }
        }
        return null;
    }

    /** The sums as kept in the database (one row per table): what the open and the close read. */
    static Map<String, Digest> stored(Connection c) throws SQLException {
        Map<String, Digest> result = new TreeMap<>();
        if (!present(c)) {
            return result;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT TABLE_NAME, ROW_COUNT, ROW_SUM FROM PUBLIC.INTEGRITY_DIGEST USE INDEX () ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                if (!SCHEMA_MARK.equals(rs.getString(1))) {
                    result.put(rs.getString(1), new Digest(rs.getLong(2), rs.getBigDecimal(3).toBigIntegerExact()));
                }
            }
        }
        return result;
    }

    /** The sums recomputed from every stored row (a table scan, not an index): what verify and a crash's open read. */
    static Map<String, Digest> recompute(Connection c) throws SQLException {
        Map<String, Digest> result = new TreeMap<>();
        for (String table : tables(c)) {
            result.put(table, digestOf(c, table));
        }
        return result;
    }

    /** One table's digest from its stored rows; reading every value of every row (H2 fails on a damaged one). */
    static Digest digestOf(Connection c, String table) throws SQLException {
        long rows = 0;
        BigInteger sum = BigInteger.ZERO;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT * FROM " + quote(SCHEMA) + "." + quote(table) + " USE INDEX ()")) {
            int n = rs.getMetaData().getColumnCount();
            Object[] row = new Object[n];
            while (rs.next()) {
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows++;
                sum = sum.add(rowHash(table, row));
            }
        }
        return new Digest(rows, sum);
    }

    /** Whether a table of that name is in the schema. */
    static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, SCHEMA);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Whether the sums describe the schema as it is: false when no sums are kept yet, or when a migration ran after
     * they were last rebuilt (a new column changes every row's hash) and the rebuild has not happened.
     */
    static boolean current(Connection c) throws SQLException {
        if (!present(c)) {
            return false;
        }
        long mark;
        try (PreparedStatement ps = c.prepareStatement("SELECT ROW_COUNT FROM PUBLIC.INTEGRITY_DIGEST WHERE TABLE_NAME = ?")) {
            ps.setString(1, SCHEMA_MARK);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                mark = rs.getLong(1);
            }
        }
        return mark == schemaRank(c);
    }

    /** Flyway's last applied rank: it changes with every migration. */
    private static long schemaRank(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COALESCE(MAX(\"installed_rank\"), 0) FROM PUBLIC.\"" + HISTORY + "\"")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * After migrations: puts the trigger on every table that lacks it, then recomputes every sum and records the schema
     * they were made for, in one transaction (a crash before its commit leaves the old mark, so the next open rebuilds
     * again). Costs one read of every row, once per upgrade.
     */
    static void rebuild(Connection c) throws SQLException {
        for (String table : tables(c)) {
            try (Statement st = c.createStatement()) {
                // DDL commits on its own; the triggers fire only once the sums below exist, and nothing writes here.
                st.execute("CREATE TRIGGER IF NOT EXISTS " + quote(SCHEMA) + "." + quote(TRIGGER_PREFIX + table)
                        + " AFTER INSERT, UPDATE, DELETE ON " + quote(SCHEMA) + "." + quote(table)
                        + " FOR EACH ROW CALL '" + RowDigestTrigger.class.getName() + "'");
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Map<String, Digest> sums = recompute(c);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM PUBLIC.INTEGRITY_DIGEST");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO PUBLIC.INTEGRITY_DIGEST (TABLE_NAME, ROW_COUNT, ROW_SUM) VALUES (?, ?, ?)")) {
                for (var e : sums.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setLong(2, e.getValue().rows());
                    ps.setBigDecimal(3, new BigDecimal(e.getValue().sum()));
                    ps.addBatch();
                }
                ps.setString(1, SCHEMA_MARK);
                ps.setLong(2, schemaRank(c));
                ps.setBigDecimal(3, BigDecimal.ZERO);
                ps.addBatch();
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The first table whose kept sum differs from its rows, or null when all agree. */
    static String firstDifference(Map<String, Digest> kept, Map<String, Digest> rows) {
        for (var e : rows.entrySet()) {
            Digest k = kept.get(e.getKey());
            if (!e.getValue().equals(k)) {
                return e.getKey() + " (its rows do not match the digest kept with them: " + e.getValue().rows()
                        + " rows, the digest counts " + (k == null ? "none" : k.rows()) + ")";
            }
        }
        for (String name : kept.keySet()) {
            if (!rows.containsKey(name)) {
                return name + " (a digest is kept for a table that is not there)";
            }
        }
        return null;
    }

    /**
     * The sums as the manifest holds them: per table the row count (as before) and an HMAC over table, count and
     * sum under the manifest key.
     */
    static Map<String, IntegrityManifest.TableDigest> sealed(Map<String, Digest> sums, byte[] macKey) {
        Map<String, IntegrityManifest.TableDigest> result = new TreeMap<>();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            for (var e : sums.entrySet()) {
                byte[] tag = mac.doFinal((e.getKey() + ":" + e.getValue().rows() + ":" + e.getValue().sum())
                        .getBytes(StandardCharsets.UTF_8));
                result.put(e.getKey(), new IntegrityManifest.TableDigest(e.getValue().rows(), HexFormat.of().formatHex(tag)));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static void update(MessageDigest sha, byte[] b) {
        sha.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
        sha.update(b);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
