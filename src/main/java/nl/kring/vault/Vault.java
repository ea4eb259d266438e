package nl.kring.vault;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates and opens vaults. A vault is a folder with {@code vault.json} (wrapped key), {@code kring.mv.db}
 * (H2, AES), {@code integrity.json} and {@code vault.lock}. The passphrase never reaches H2: its file password
 * is the hex of a random 256-bit data key.
 */
public final class Vault {
    public static final String DB_NAME = "kring";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    public static final String LOCK_FILE = "vault.lock";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Vault() {
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(VaultHeader.FILE_NAME));
    }

    /** Creates a new vault; the folder must not hold one. The passphrase is not wiped (the caller owns it). */
    public static VaultSession create(Path dir, char[] passphrase) throws VaultException {
        return create(dir, passphrase, KdfParams.fresh(RANDOM));
    }

    public static VaultSession create(Path dir, char[] passphrase, KdfParams kdf) throws VaultException {
        return create(dir, passphrase, kdf, VaultWitness.forUser());
    }

    public static VaultSession create(Path dir, char[] passphrase, KdfParams kdf, VaultWitness witness) throws VaultException {
        Path vaultDir = guard(dir);
        if (exists(vaultDir) || Files.exists(vaultDir.resolve(DB_FILE))) {
            throw new VaultException(VaultException.Kind.ALREADY_EXISTS, vaultDir.toString());
        }
        boolean createdDir = !Files.exists(vaultDir);
        byte[] dataKey = new byte[32];
        RANDOM.nextBytes(dataKey);
        FileChannel lockChannel = null;
        Connection connection = null;
        try {
            Files.createDirectories(vaultDir);
            if (createdDir) {
                restrictToOwner(vaultDir);
            }
            lockChannel = lock(vaultDir);
            VaultHeader header = VaultHeader.wrap(dataKey, Secrets.passphraseBytes(passphrase), kdf, RANDOM,
                    VaultHeader.newVaultId(RANDOM), 0, VaultHeader.EMPTY_HEAD);
            connection = connect(vaultDir, dataKey, false, new int[1]);
            // From the first moment the vault has a header with its state and a manifest saying OPEN: a missing
            // manifest is never what a healthy vault looks like.
            header = header.withState(1, VaultHeader.EMPTY_HEAD, dataKey);
            header.write(vaultDir);
            witness.record(header);
            writeManifest(vaultDir, dataKey, new IntegrityManifest(IntegrityManifest.State.OPEN, Map.of(), 1,
                    IntegrityManifest.FORMAT_SUMS));
            return new VaultSession(vaultDir, header, dataKey, connection, lockChannel, null, witness);
        } catch (VaultException e) {
            closeQuietly(connection);
            cleanUpFailedCreate(vaultDir, createdDir, lockChannel, dataKey);
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            closeQuietly(connection);
            cleanUpFailedCreate(vaultDir, createdDir, lockChannel, dataKey);
            throw new VaultException(VaultException.Kind.IO, e.getMessage(), e);
        }
    }

    private static void cleanUpFailedCreate(Path vaultDir, boolean createdDir, FileChannel lock, byte[] key) {
        Secrets.wipe(key);
        closeQuietly(lock);
        try {
            for (String name : new String[] {VaultHeader.FILE_NAME, DB_FILE, LOCK_FILE, IntegrityManifest.FILE_NAME}) {
                Files.deleteIfExists(vaultDir.resolve(name));
            }
            if (createdDir) {
                deleteTree(vaultDir);
            }
        } catch (IOException ignored) {
            // Best effort: the caller reports the original problem.
        }
    }

    /** Opens a vault. The passphrase is not wiped (the caller owns it). */
    public static VaultSession open(Path dir, char[] passphrase) throws VaultException {
        return open(dir, passphrase, VaultWitness.forUser(), false);
    }

    /**
     * Opens a vault, checking that it is not older than its own header, its manifest and this user's record of it
     * (a rollback). {@code acceptOlder}: a restore puts an older state back on purpose; the checks against the
     * record and the audit head are skipped, and the write counter continues above everything seen.
     */
    public static VaultSession open(Path dir, char[] passphrase, VaultWitness witness, boolean acceptOlder)
            throws VaultException {
        Path vaultDir = guard(dir);
        VaultHeader.read(vaultDir); // "no vault here" or a damaged header before anything is created in the folder
        FileChannel lockChannel = lock(vaultDir);
        byte[] dataKey = null;
        Connection connection = null;
        try {
            try {
                Rekey.recover(vaultDir);
            } catch (IOException e) {
                throw new VaultException(VaultException.Kind.IO, "An interrupted passphrase change cannot be finished: "
                        + e.getMessage(), e);
            }
            VaultHeader header = VaultHeader.read(vaultDir);
            checkDatabaseFile(vaultDir);
            VaultHeader[] upgraded = new VaultHeader[1];
            try {
                dataKey = header.unwrap(Secrets.passphraseBytes(passphrase), upgraded);
            } catch (VaultException e) {
                var seen = witness.seen(header.vaultId());
                if (e.kind() == VaultException.Kind.WRONG_PASSPHRASE && seen.isPresent()
                        && seen.get().kdfFingerprint() != null
                        && !seen.get().kdfFingerprint().equals(header.kdfFingerprint())) {
                    throw new VaultException(VaultException.Kind.DAMAGED, "The key parameters in vault.json (salt,"
                            + " memory, passes) differ from those this computer last opened this vault with: the"
                            + " header was edited or replaced. (If the passphrase was changed on another computer,"
                            + " use the new one.)");
                }
                throw e;
            }
            header.checkKeyed(dataKey);
            boolean fromVersion1 = header.version() < 2;
            header = upgraded[0];
            byte[] macKey = subkey(dataKey, "integrity-manifest");
            IntegrityManifest manifest;
            try {
                manifest = IntegrityManifest.read(vaultDir, macKey);
            } finally {
                Secrets.wipe(macKey);
            }
            var seen = witness.seen(header.vaultId());
            boolean exactHead = false;
            if (!acceptOlder && !fromVersion1) {
                exactHead = checkNotRolledBack(header, manifest, seen.orElse(null));
            }
            String dbHead = checkReadOnly(vaultDir, dataKey, manifest,
                    acceptOlder || fromVersion1 ? null : header, exactHead);
            // The open is recorded before H2 may write (migrations): header first, then the manifest, so a crash in
            // between leaves a manifest one write behind that still says CLEAN.
            long writes = Math.max(header.writes(), acceptOlder && seen.isPresent() ? seen.get().writes() : 0) + 1;
            header = header.withState(writes, dbHead, dataKey);
            try {
                header.write(vaultDir);
            } catch (IOException e) {
                VaultException full = diskFull(e, usableSpace(vaultDir));
                throw full != null ? full
                        : new VaultException(VaultException.Kind.IO, "The vault header cannot be written: " + e.getMessage(), e);
            }
            witness.record(header);
            writeManifest(vaultDir, dataKey, new IntegrityManifest(IntegrityManifest.State.OPEN,
                    manifest == null ? Map.of() : manifest.tables(), writes,
                    manifest == null ? IntegrityManifest.FORMAT_SUMS : manifest.format()));
            int[] migrations = new int[1];
            connection = connect(vaultDir, dataKey, true, migrations);
            VaultSession session = new VaultSession(vaultDir, header, dataKey, connection, lockChannel, manifest, witness);
            if (migrations[0] > 0) {
                // An upgrade changed tables (a new column changes every row's digest): the manifest of the last
                // close describes the old schema, so verify must not hold the data to it until the next close.
                session.markWritten();
            }
            return session;
        } catch (VaultException e) {
            closeQuietly(connection);
            closeQuietly(lockChannel);
            Secrets.wipe(dataKey);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            closeQuietly(lockChannel);
            Secrets.wipe(dataKey);
            throw new VaultException(VaultException.Kind.DAMAGED, rootMessage(e), e);
        }
    }

    /**
     * The header, the manifest and this user's record must tell one story. A close writes the manifest, then the
     * header; an open writes the header, then the manifest; so after a crash the manifest may be one write ahead of or
     * behind the header, and then only as CLEAN. Anything else means files of different ages were put together: an
     * older copy was put back. Returns whether the database's audit head must equal the header's exactly (the last
     * close was clean and nothing came after it).
     */
    static boolean checkNotRolledBack(VaultHeader header, IntegrityManifest manifest, VaultWitness.Seen seen)
            throws VaultException {
        if (seen != null && header.writes() < seen.writes()) {
            throw new VaultException(VaultException.Kind.INTEGRITY, "This vault is older than the one this computer"
                    + " last opened (write " + header.writes() + "; this computer saw write " + seen.writes()
                    + "): an older copy of the vault folder was put back. To go back to an older state on purpose,"
                    + " restore a backup (kring restore).");
        }
        if (manifest == null) {
            return false;
        }
        long m = manifest.writes();
        long h = header.writes();
        boolean clean = manifest.state() == IntegrityManifest.State.CLEAN;
        if (m < 0 || !(m == h || (clean && (m == h - 1 || m == h + 1)))) {
            throw new VaultException(VaultException.Kind.INTEGRITY, "The database and its integrity manifest are"
                    + " from another moment than the vault header (manifest write " + m + ", header write " + h
                    + "): an older copy was put back.");
        }
        return clean && m == h;
    }

    /** Free bytes where the vault lives, or -1 when unknown. */
    static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * A failure because the disk is full, told as such: the operating system said so ("No space left on device",
     * Windows' "not enough space on the disk", a quota), or less than 1 MB is free and the failure is no decryption
     * or corruption error. Null otherwise. Before this, a full disk at open read "damaged" (issue 10).
     */
    static VaultException diskFull(Throwable e, long free) {
        boolean said = false;
        boolean corrupt = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("not enough space on the disk")
                    || m.contains("disk quota exceeded")) {
                said = true;
            }
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || s.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || s.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
                corrupt = true;
            }
        }
        if (said || (!corrupt && free >= 0 && free < 1024 * 1024)) {
            return VaultException.diskFull("The disk is full (" + Math.max(0, free) / 1024
                    + " KB free): the last change was not saved. Free some space and open the vault again;"
                    + " every change saved before is kept.", e);
        }
        return null;
    }

    /** Writes a manifest keyed from the data key. */
    static void writeManifest(Path vaultDir, byte[] dataKey, IntegrityManifest manifest) throws VaultException {
        byte[] macKey = subkey(dataKey, "integrity-manifest");
        try {
            manifest.write(vaultDir, macKey);
        } catch (IOException e) {
            VaultException full = diskFull(e, usableSpace(vaultDir));
            throw full != null ? full
                    : new VaultException(VaultException.Kind.IO, "The integrity manifest cannot be written: " + e.getMessage(), e);
        } finally {
            Secrets.wipe(macKey);
        }
    }

    /** Smallest database file H2 writes: its encryption header, two store headers and one chunk. */
    static final long MIN_DB_SIZE = 4 * 4096;

    /**
     * Refuses a missing, empty or cut-off database file before H2 sees it: H2 takes an empty file for a new
     * database and would write a fresh, empty one over it.
     */
    private static void checkDatabaseFile(Path vaultDir) throws VaultException {
        Path db = vaultDir.resolve(DB_FILE);
        if (!Files.isRegularFile(db)) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The database file is missing.");
        }
        try {
            long size = Files.size(db);
            if (size < MIN_DB_SIZE) {
                throw new VaultException(VaultException.Kind.DAMAGED,
                        "The database file is empty or cut short (" + size + " bytes).");
            }
        } catch (IOException e) {
            throw new VaultException(VaultException.Kind.IO, e.getMessage(), e);
        }
    }

    /**
     * Checks the database read-only before it is opened for writing, so a damaged file is refused without a
     * byte of it being changed (opened for writing, H2 may roll back to an older chunk or compact the file on
     * close). After a clean close the row sums kept in the database must match the integrity manifest: one row per
     * table, so the open costs the same however many rows the vault holds (issue 17). After a crash, with a missing
     * manifest or with a manifest of an older Kring, every row is read: every index must agree with the stored rows,
     * and the rows must match the older manifest or the kept sums. The audit trail must reach the head recorded in
     * the header ({@code header} null: not checked). Returns the database's audit head.
     */
    private static String checkReadOnly(Path vaultDir, byte[] dataKey, IntegrityManifest manifest, VaultHeader header,
                                        boolean exactHead) throws VaultException {
        try (Connection ro = rawConnection(vaultDir, dataKey, url(vaultDir, true) + ";ACCESS_MODE_DATA=r")) {
            boolean clean = manifest != null && manifest.state() == IntegrityManifest.State.CLEAN;
            if (clean && manifest.format() == IntegrityManifest.FORMAT_SUMS) {
                byte[] macKey = subkey(dataKey, "integrity-manifest");
                String mismatch;
                try {
                    mismatch = manifest.firstMismatch(RowDigests.sealed(RowDigests.stored(ro), macKey));
                } finally {
                    Secrets.wipe(macKey);
                }
                if (mismatch != null) {
                    throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + mismatch + ".");
                }
                // What the open for writing reads before anything else (Flyway's history, the kept sums) is read
                // here first, row and index, so damage there is refused before H2 may write to the file.
                List<String> small = List.of("flyway_schema_history", RowDigests.TABLE, "VAULT_KEY");
                String index = IntegrityManifest.indexMismatch(ro, small);
                if (index != null) {
                    throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + index + ".");
                }
                for (String table : small) {
                    if (RowDigests.exists(ro, table)) {
                        RowDigests.digestOf(ro, table);
                    }
                }
                RowDigests.current(ro);
                String unguarded = RowDigests.missingTrigger(ro);
                if (unguarded != null) {
                    throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + unguarded + " (its integrity"
                            + " trigger was removed: rows may have been changed outside Kring).");
                }
            } else {
                String index = IntegrityManifest.indexMismatch(ro);
                if (index != null) {
                    throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + index + ".");
                }
                if (clean) {
                    var dsl = DSL.using(ro, SQLDialect.H2,
                            new Settings().withExecuteLogging(false));
                    String mismatch = manifest.firstMismatch(IntegrityManifest.compute(dsl));
                    if (mismatch != null) {
                        throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + mismatch + ".");
                    }
                } else if (RowDigests.current(ro)) {
                    String differs = RowDigests.firstDifference(RowDigests.stored(ro), RowDigests.recompute(ro));
                    if (differs != null) {
                        throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + differs + ".");
                    }
                }
            }
            String dbHead = auditHead(ro);
            if (header != null && header.auditHead() != null) {
                long seq = header.headSeq();
                String expected = header.auditHead().substring(header.auditHead().indexOf(':') + 1);
                boolean reached = exactHead ? dbHead.equals(header.auditHead()) : seq == 0 || expected.equals(auditHash(ro, seq));
                if (!reached) {
                    throw new VaultException(VaultException.Kind.INTEGRITY, "The audit trail in the database does not"
                            + " reach the head recorded in vault.json (entry " + seq + ", " + shortHash(header.auditHead())
                            + "; the database has " + dbHead.substring(0, dbHead.indexOf(':')) + " entries): an older copy of"
                            + " the database was put back.");
                }
            }
            return dbHead;
        } catch (SQLException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The database cannot be read: " + h2Message(e), e);
        } catch (RuntimeException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The database cannot be read: " + rootMessage(e), e);
        }
    }

    /** The last audit entry as {@code seq:hash}, or the empty head. */
    static String auditHead(Connection c) throws SQLException {
        if (!hasAuditTable(c)) {
            return VaultHeader.EMPTY_HEAD;
        }
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT SEQ, HASH FROM PUBLIC.AUDIT_ENTRY ORDER BY SEQ DESC LIMIT 1")) {
            return rs.next() ? rs.getLong(1) + ":" + rs.getString(2) : VaultHeader.EMPTY_HEAD;
        }
    }

    private static String auditHash(Connection c, long seq) throws SQLException {
        if (!hasAuditTable(c)) {
            return null;
        }
        try (var ps = c.prepareStatement("SELECT HASH FROM PUBLIC.AUDIT_ENTRY WHERE SEQ = ?")) {
            ps.setLong(1, seq);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean hasAuditTable(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = 'AUDIT_ENTRY'"); var rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** "entry 42 · 3f9a1c2b7d10": the audit head as people can compare it (the verslag prints it). */
    public static String shortHash(String head) {
        if (head == null || head.indexOf(':') < 0) {
            return "?";
        }
        int colon = head.indexOf(':');
        return head.substring(colon + 1, Math.min(head.length(), colon + 13));
    }

    /**
     * The JDBC URL is built here only, from a folder checked by {@link #guard}: nothing a user types reaches it
     * as a setting. TRACE_LEVEL_FILE=0: H2's trace file would record failed SQL with its values in plaintext.
     * WRITE_DELAY=0: an acknowledged commit is on disk before the call returns.
     */
    static String url(Path vaultDir, boolean mustExist) {
        return "jdbc:h2:file:" + vaultDir.resolve(DB_NAME).toAbsolutePath()
                + ";CIPHER=AES;IFEXISTS=" + (mustExist ? "TRUE" : "FALSE")
                + ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Opens H2 and brings the schema up to date; {@code migrated[0]} gets the number of migrations applied. */
    static Connection connect(Path vaultDir, byte[] dataKey, boolean mustExist, int[] migrated) throws VaultException {
        try {
            Connection connection = rawConnection(vaultDir, dataKey, url(vaultDir, mustExist));
            try {
                // a vault whose history is exactly what Flyway would validate with nothing to apply is not handed to
                // Flyway at all (SchemaHistory; about 0.5 s CPU per command); anything else is, as before
                migrated[0] = mustExist && SchemaHistory.current(connection) ? 0 : migrate(connection, MIGRATIONS, BASELINE);
                // A migration changes rows without the triggers (a new column changes every row's hash), and a table
                // it adds has none yet: the sums are rebuilt once, in one transaction, after any migration.
                if (migrated[0] > 0 || !RowDigests.current(connection)) {
                    RowDigests.rebuild(connection);
                }
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            VaultException full = diskFull(e, usableSpace(vaultDir));
            throw full != null ? full
                    : new VaultException(VaultException.Kind.DAMAGED, "The database cannot be opened: " + h2Message(e), e);
        } catch (RuntimeException e) {
            VaultException full = diskFull(e, usableSpace(vaultDir));
            throw full != null ? full
                    : new VaultException(VaultException.Kind.DAMAGED, "The database cannot be prepared: " + rootMessage(e), e);
        }
    }

    /** The step-by-step migrations: every vault's schema history, and what an older vault is upgraded through. */
    static final String MIGRATIONS = "classpath:db/migration";
    /**
     * The schema of the newest migration as one script (a Flyway baseline migration, {@code B<version>}), which Flyway
     * applies to an empty database only: a new vault is made by it in one step, an existing one keeps upgrading
     * through {@link #MIGRATIONS} (issue 17: the sixteen migrations cost a new vault about 1 s CPU more). Outside
     * {@code db/migration}, which jOOQ's code generator reads. {@code BaselineSchemaTest} proves the script builds
     * the schema the migrations build, and fails when a migration is added without regenerating it.
     */
    static final String BASELINE = "classpath:db/baseline";

    /** Flyway's migrate from these locations on the connection (which it does not close); the migrations applied. */
    static int migrate(Connection connection, String... locations) {
        return Flyway.configure()
                .dataSource(new SingleConnectionDataSource(connection))
                .locations(locations)
                .load()
                .migrate().migrationsExecuted;
    }

    static Connection rawConnection(Path vaultDir, byte[] dataKey, String url) throws SQLException {
        char[] fileKey = Secrets.hex(dataKey);
        // H2 takes "<file password> <user password>"; the user password adds nothing here, the file key is the lock.
        char[] password = new char[fileKey.length + 6];
        System.arraycopy(fileKey, 0, password, 0, fileKey.length);
        " kring".getChars(0, 6, password, fileKey.length);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("kring");
        ds.setPasswordChars(password);
        try {
            return ds.getConnection();
        } finally {
            Secrets.wipe(fileKey);
            Secrets.wipe(password);
            ds.setPasswordChars(new char[0]);
        }
    }

    /**
     * H2's message, except where it would mislead: the data key came out of the header, so "wrong password" from
     * H2 means the database file is damaged or belongs to another vault.
     */
    private static String h2Message(SQLException e) {
        if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                || e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return "the database file is damaged: it does not decrypt with this vault's key (or it comes from another vault).";
        }
        return rootMessage(e);
    }

    /** One key per purpose, derived from the data key, so no two uses share a key. */
    static byte[] subkey(byte[] dataKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return mac.doFinal(("kring/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses when another Kring window or process has the vault open (its lock is held); used before a folder is
     * removed and made again (the demo vault), which otherwise failed halfway with a misleading "disk full" message.
     */
    public static void ensureNotInUse(Path vaultDir) throws VaultException {
        if (!Files.exists(vaultDir.resolve(LOCK_FILE))) {
            return;
        }
        FileChannel channel = lock(vaultDir);
        closeQuietly(channel);
    }

    private static FileChannel lock(Path vaultDir) throws VaultException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(vaultDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new VaultException(VaultException.Kind.IN_USE, null);
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new VaultException(VaultException.Kind.IN_USE, null);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new VaultException(VaultException.Kind.IO, e.getMessage(), e);
        }
    }

    /** Owner-only access to the vault folder where the file system supports POSIX permissions. */
    private static void restrictToOwner(Path vaultDir) {
        try {
            Files.setPosixFilePermissions(vaultDir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the per-user profile folder already limits access.
        }
    }

    /** Refuses folders whose name could smuggle settings into the JDBC URL. */
    static Path guard(Path dir) throws VaultException {
        Path abs = dir.toAbsolutePath().normalize();
        String s = abs.toString();
        for (char c : s.toCharArray()) {
            if (c == ';' || c == '\0' || Character.isISOControl(c)) {
                throw new VaultException(VaultException.Kind.INVALID_PATH,
                        "The folder name contains a character Kring does not accept (such as ';').");
            }
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new VaultException(VaultException.Kind.INVALID_PATH, "It is a file, not a folder.");
        }
        return abs;
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        if (msg == null) {
            return root.getClass().getSimpleName();
        }
        // H2 appends the SQL statement to some messages; keep only the first line, never data.
        int cut = msg.indexOf('\n');
        msg = cut >= 0 ? msg.substring(0, cut) : msg;
        int sql = msg.indexOf("; SQL statement:");
        return sql >= 0 ? msg.substring(0, sql) : msg;
    }

    /**
     * Closes the database with a full compaction: H2 writes the live data to a new file (encrypted as the old one) and
     * moves it over the old one atomically, so a failure leaves the old file whole. Best effort: the data is already
     * committed and the manifest written; a compaction that fails only leaves the file larger.
     */
    static void shutdownCompact(Connection connection) {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException ignored) {
            // the plain close that follows still closes the database
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing more to do
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
