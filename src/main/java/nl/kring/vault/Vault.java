package nl.kring.vault;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

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
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
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
        Path vaultDir = guard(dir);
        if (exists(vaultDir) || Files.exists(vaultDir.resolve(DB_FILE))) {
            throw new VaultException(VaultException.Kind.ALREADY_EXISTS, vaultDir.toString());
        }
        boolean createdDir = !Files.exists(vaultDir);
        byte[] dataKey = new byte[32];
        RANDOM.nextBytes(dataKey);
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(vaultDir);
            if (createdDir) {
                restrictToOwner(vaultDir);
            }
            lockChannel = lock(vaultDir);
            VaultHeader header = VaultHeader.wrap(dataKey, Secrets.passphraseBytes(passphrase), kdf, RANDOM);
            Connection connection = connect(vaultDir, dataKey, false, new int[1]);
            header.write(vaultDir);
            return new VaultSession(vaultDir, header, dataKey, connection, lockChannel, null);
        } catch (VaultException e) {
            cleanUpFailedCreate(vaultDir, createdDir, lockChannel, dataKey);
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
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
        Path vaultDir = guard(dir);
        VaultHeader header = VaultHeader.read(vaultDir);
        checkDatabaseFile(vaultDir);
        FileChannel lockChannel = lock(vaultDir);
        byte[] dataKey = null;
        Connection connection = null;
        try {
            dataKey = header.unwrap(Secrets.passphraseBytes(passphrase));
            byte[] macKey = subkey(dataKey, "integrity-manifest");
            IntegrityManifest manifest = IntegrityManifest.read(vaultDir, macKey);
            Secrets.wipe(macKey);
            checkReadOnly(vaultDir, dataKey, manifest);
            int[] migrations = new int[1];
            connection = connect(vaultDir, dataKey, true, migrations);
            VaultSession session = new VaultSession(vaultDir, header, dataKey, connection, lockChannel, manifest);
            session.markOpen();
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
     * close). Every index must agree with the stored rows, and after a clean close the rows must match the
     * integrity manifest.
     */
    private static void checkReadOnly(Path vaultDir, byte[] dataKey, IntegrityManifest manifest) throws VaultException {
        try (Connection ro = rawConnection(vaultDir, dataKey, url(vaultDir, true) + ";ACCESS_MODE_DATA=r")) {
            String index = IntegrityManifest.indexMismatch(ro);
            if (index != null) {
                throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + index + ".");
            }
            if (manifest != null && manifest.state() == IntegrityManifest.State.CLEAN) {
                var dsl = org.jooq.impl.DSL.using(ro, org.jooq.SQLDialect.H2,
                        new org.jooq.conf.Settings().withExecuteLogging(false));
                String mismatch = manifest.firstMismatch(IntegrityManifest.compute(dsl));
                if (mismatch != null) {
                    throw new VaultException(VaultException.Kind.INTEGRITY, "Table " + mismatch + ".");
                }
            }
        } catch (SQLException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The database cannot be read: " + h2Message(e), e);
        } catch (RuntimeException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The database cannot be read: " + rootMessage(e), e);
        }
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
    private static Connection connect(Path vaultDir, byte[] dataKey, boolean mustExist, int[] migrated) throws VaultException {
        try {
            Connection connection = rawConnection(vaultDir, dataKey, url(vaultDir, mustExist));
            try {
                migrated[0] = Flyway.configure()
                        .dataSource(new SingleConnectionDataSource(connection))
                        .locations("classpath:db/migration")
                        .load()
                        .migrate().migrationsExecuted;
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The database cannot be opened: " + h2Message(e), e);
        } catch (RuntimeException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The database cannot be prepared: " + rootMessage(e), e);
        }
    }

    private static Connection rawConnection(Path vaultDir, byte[] dataKey, String url) throws SQLException {
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
        if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD
                || e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
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
            Files.setPosixFilePermissions(vaultDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
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
