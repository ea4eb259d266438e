package nl.kring.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import nl.kring.store.jooq.DefaultSchema;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * H2 pages are encrypted but not authenticated: a flipped byte can come back as silently changed data. On a clean
 * close Kring writes, per table, the row count and a SHA-256 over all rows, under an HMAC keyed from the data key;
 * opening and {@code kring verify} recompute and compare.
 */
public final class IntegrityManifest {
    public static final String FILE_NAME = "integrity.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum State { CLEAN, OPEN }

    public record TableDigest(long rows, String sha256) {
    }

    private final State state;
    private final Map<String, TableDigest> tables;

    public IntegrityManifest(State state, Map<String, TableDigest> tables) {
        this.state = state;
        this.tables = Map.copyOf(tables);
    }

    public State state() {
        return state;
    }

    public Map<String, TableDigest> tables() {
        return tables;
    }

    /** Digests every table of the schema, rows ordered by primary key. */
    public static Map<String, TableDigest> compute(DSLContext dsl) {
        Map<String, TableDigest> result = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            MessageDigest sha = sha256();
            long rows = 0;
            List<SortField<?>> order = new ArrayList<>();
            if (table.getPrimaryKey() != null) {
                for (Field<?> f : table.getPrimaryKey().getFields()) {
                    order.add(f.asc());
                }
            }
            try (var cursor = dsl.selectFrom(table).orderBy(order).fetchLazy()) {
                for (Record r : cursor) {
                    rows++;
                    for (int i = 0; i < r.size(); i++) {
                        Object v = r.get(i);
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
            return new IntegrityManifest(State.valueOf(root.path("state").asText()), tables);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
