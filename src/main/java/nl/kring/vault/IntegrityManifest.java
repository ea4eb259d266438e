package nl.kring.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import nl.kring.schema.DefaultSchema;
import org.jooq.impl.DSL;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * H2 pages are encrypted but not authenticated: a flipped byte can come back as silently changed data. On a clean
 * close Kring writes, per table, the row count and a digest of its rows, under an HMAC keyed from the data key.
 * Format 2 (issue 17): the digest is the sum kept by {@link RowDigests} in the database, sealed per table; the open
 * compares it with the kept sums (one row per table), {@code kring verify} recomputes every row. Format 1 (a manifest
 * written by an older Kring): a SHA-256 over all rows of the table, recomputed at the open ({@link #compute}).
 */
public final class IntegrityManifest {
    public static final String FILE_NAME = "integrity.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "PUBLIC";

    public enum State { CLEAN, OPEN }

    public record TableDigest(long rows, String sha256) {
    }

    /** A SHA-256 over all rows per table ({@link #compute}), as Kring wrote it before issue 17. */
    public static final int FORMAT_ROWS = 1;
    /** Per table the HMAC of the kept row sums ({@link RowDigests#sealed}). */
    public static final int FORMAT_SUMS = 2;

    private final State state;
    private final Map<String, TableDigest> tables;
    private final long writes;
    private final int format;

    public IntegrityManifest(State state, Map<String, TableDigest> tables) {
        this(state, tables, -1);
    }

    /** {@code writes}: the header's write counter when this manifest was written (-1: a manifest from before it). */
    public IntegrityManifest(State state, Map<String, TableDigest> tables, long writes) {
        this(state, tables, writes, FORMAT_ROWS);
    }

    public IntegrityManifest(State state, Map<String, TableDigest> tables, long writes, int format) {
        this.state = state;
        this.tables = Map.copyOf(tables);
        this.writes = writes;
        this.format = format;
    }

    public int format() {
        return format;
    }

    public long writes() {
        return writes;
    }

    public State state() {
        return state;
    }

    public Map<String, TableDigest> tables() {
        return tables;
    }

    /**
     * Digests every table of the schema, rows ordered by primary key. The rows are read by a table scan (H2's
     * {@code USE INDEX ()}), so the digest covers the rows as stored: left to itself H2 would read a table whose
     * columns all sit in an index (such as CASE_KRING) from that index alone, and a damaged row would go unseen.
     * {@link #indexMismatch} then ties every index to those rows.
     */
    public static Map<String, TableDigest> compute(DSLContext dsl) {
        // The columns as they are in the file, not as this version's schema has them: a vault written by an older
        // Kring is checked against its manifest before the migrations run, so a column a migration will add must
        // not be read yet, and a table it will create does not exist yet.
        Map<String, List<String>> stored = new HashMap<>();
        for (Record r : dsl.resultQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ?"
                + " ORDER BY TABLE_NAME, ORDINAL_POSITION", SCHEMA).fetch()) {
            stored.computeIfAbsent(r.get(0, String.class), k -> new ArrayList<>()).add(r.get(1, String.class));
        }
        Map<String, TableDigest> result = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            List<String> columns = stored.get(table.getName());
            if (columns == null) {
                continue;
            }
            MessageDigest sha = Sha256.digest();
            long rows = 0;
            Field<?>[] fields = columns.stream().map(c -> {
                Field<?> known = table.field(c);
                return known != null ? known : DSL.field(DSL.name(c));
            }).toArray(Field<?>[]::new);
            List<String> order = new ArrayList<>();
            if (table.getPrimaryKey() != null) {
                for (Field<?> f : table.getPrimaryKey().getFields()) {
                    order.add(quote(f.getName()));
                }
            }
            String sql = "SELECT " + String.join(", ", Arrays.stream(fields).map(f -> quote(f.getName())).toList())
                    + " FROM " + quote(SCHEMA) + "." + quote(table.getName()) + " USE INDEX ()"
                    + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order));
            try (var cursor = dsl.resultQuery(sql).coerce(fields).fetchLazy()) {
                for (Record r : cursor) {
                    rows++;
                    for (int i = 0; i < r.size(); i++) {
                        Object v = r.get(i);
                        if (v instanceof byte[] x) {
                            v = HexFormat.of().formatHex(x); // by content (V24's identity keys), not the array's identity
                        }
                        byte[] b = v == null ? new byte[] {0} : ("\u0001" + v).getBytes(StandardCharsets.UTF_8);
                        sha.update(intBytes(b.length));
                        sha.update(b);
                    }
                }
            }
            result.put(table.getName(), new TableDigest(rows, HexFormat.of().formatHex(sha.digest())));
        }
        return result;
    }

    /**
     * Null when every index of every table holds exactly the table's rows; otherwise which one does not. An index
     * in H2 is a copy of some columns plus the row key; a query that H2 answers from an index never looks at the
     * row, so a damaged row (or index) can show one thing to one query and another to the next without any error.
     * For each index this reads (row key, indexed columns) once by a table scan and once through the index, and
     * compares the two as sets. Needs no manifest, so it also holds after a crash.
     */
    public static String indexMismatch(Connection connection) throws SQLException {
        return indexMismatch(connection, null);
    }

    /** As {@link #indexMismatch(Connection)}, for the given tables only (null: all). */
    static String indexMismatch(Connection connection, List<String> only) throws SQLException {
        Map<String, Map<String, List<String>>> indexes = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                        + "WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (only != null && !only.contains(rs.getString(1))) {
                        continue;
                    }
                    indexes.computeIfAbsent(rs.getString(1), t -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), i -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        for (var table : indexes.entrySet()) {
            for (var index : table.getValue().entrySet()) {
                Map<Long, List<Object>> scanned = rows(connection, scanQuery(table.getKey(), index.getValue()));
                Map<Long, List<Object>> indexed = rows(connection, indexQuery(table.getKey(), index.getKey(), index.getValue()));
                if (!scanned.equals(indexed)) {
                    long differ = scanned.entrySet().stream().filter(e -> !e.getValue().equals(indexed.get(e.getKey()))).count()
                            + indexed.keySet().stream().filter(k -> !scanned.containsKey(k)).count();
                    return table.getKey() + " (its index " + index.getKey() + " disagrees with the stored rows in "
                            + differ + " rows)";
                }
            }
        }
        return null;
    }

    /** Row key and columns, read from the stored rows (H2 plan: tableScan). */
    static String scanQuery(String table, List<String> columns) {
        return "SELECT _ROWID_, " + String.join(", ", columns.stream().map(IntegrityManifest::quote).toList())
                + " FROM " + quote(SCHEMA) + "." + quote(table) + " USE INDEX ()";
    }

    /** Row key and columns, read from the index alone (the ORDER BY makes H2 walk it; the columns are all in it). */
    static String indexQuery(String table, String index, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(IntegrityManifest::quote).toList());
        return "SELECT _ROWID_, " + cols + " FROM " + quote(SCHEMA) + "." + quote(table)
                + " USE INDEX (" + quote(index) + ") ORDER BY " + cols;
    }

    private static Map<Long, List<Object>> rows(Connection connection, String sql) throws SQLException {
        Map<Long, List<Object>> result = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> values = new ArrayList<>(n - 1);
                for (int i = 2; i <= n; i++) {
                    values.add(rs.getObject(i));
                }
                if (result.put(rs.getLong(1), values) != null) {
                    result.put(-rs.getLong(1) - 1, List.of("duplicate row key"));
                }
            }
        }
        return result;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The first table whose digest differs, or null when all match. */
    public String firstMismatch(Map<String, TableDigest> actual) {
        for (var e : tables.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) {
                TableDigest a = actual.get(e.getKey());
                return e.getKey() + " (expected " + e.getValue().rows() + " rows, found "
                        + (a == null ? "none" : a.rows() + (a.rows() == e.getValue().rows() ? " with changed content" : "")) + ")";
            }
        }
        for (String name : actual.keySet()) {
            if (!tables.containsKey(name) && actual.get(name).rows() > 0) {
                return name + " (not in the manifest)";
            }
        }
        return null;
    }

    public void write(Path vaultDir, byte[] macKey) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("state", state.name());
        if (writes >= 0) {
            root.put("writes", writes);
        }
        if (format != FORMAT_ROWS) {
            root.put("format", format);
        }
        ObjectNode t = root.putObject("tables");
        tables.forEach((name, d) -> {
            ObjectNode n = t.putObject(name);
            n.put("rows", d.rows());
            n.put("sha256", d.sha256());
        });
        root.put("mac", mac(macKey, JSON.writeValueAsBytes(root)));
        AtomicFiles.write(vaultDir.resolve(FILE_NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Null when there is no manifest yet (a vault that was never closed cleanly since creation). */
    public static IntegrityManifest read(Path vaultDir, byte[] macKey) throws VaultException {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(vaultDir.resolve(FILE_NAME)));
            if (root == null || !root.isObject()) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The integrity manifest cannot be read.");
            }
            ObjectNode body = ((ObjectNode) root).deepCopy();
            String stored = body.path("mac").asText("");
            body.remove("mac");
            if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                    mac(macKey, JSON.writeValueAsBytes(body)).getBytes(StandardCharsets.US_ASCII))) {
                throw new VaultException(VaultException.Kind.INTEGRITY, "The integrity manifest was changed.");
            }
            Map<String, TableDigest> tables = new TreeMap<>();
            root.path("tables").properties().forEach(e -> tables.put(e.getKey(),
                    new TableDigest(e.getValue().path("rows").asLong(), e.getValue().path("sha256").asText())));
            int format = root.path("format").asInt(FORMAT_ROWS);
            if (format != FORMAT_ROWS && format != FORMAT_SUMS) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The integrity manifest has an unknown format.");
            }
            return new IntegrityManifest(State.valueOf(root.path("state").asText()), tables, root.path("writes").asLong(-1),
                    format);
        } catch (NoSuchFileException e) {
            return null;
        } catch (VaultException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The integrity manifest cannot be read.", e);
        }
    }

    private static String mac(byte[] key, byte[] content) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
