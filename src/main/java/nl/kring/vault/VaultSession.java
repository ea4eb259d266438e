package nl.kring.vault;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An unlocked vault. Holds the data key until {@link #close()}, which writes the integrity manifest, closes H2,
 * releases the lock and wipes the key. All database work goes through {@link #dsl()} on one thread at a time.
 */
public final class VaultSession implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private volatile VaultHeader header;
    /** Replaced (and the old one wiped) when a passphrase change makes a new data key. */
    private volatile byte[] dataKey;
    private volatile Connection connection;
    private final FileChannel lock;
    private final IntegrityManifest manifestAtOpen;
    private final boolean created;
    private final VaultWitness witness;
    private final DSLContext dsl;
    /** Kept across a new data key: the audit chain's entries stay verifiable (stored in VAULT_KEY by V10). */
    private byte[] auditKey;
    private boolean closed;
    private volatile boolean compactAtClose;

    VaultSession(Path dir, VaultHeader header, byte[] dataKey, Connection connection, FileChannel lock,
                 IntegrityManifest manifestAtOpen, VaultWitness witness) {
        this.dir = dir;
        this.header = header;
        this.dataKey = dataKey;
        this.connection = connection;
        this.lock = lock;
        this.manifestAtOpen = manifestAtOpen;
        this.created = manifestAtOpen == null && header.writes() == 1;
        this.witness = witness;
        // Every repository reaches H2 through the session's current connection, so they keep working after a
        // passphrase change has swapped in the re-encrypted database.
        // Every statement that is not a read marks the session written (see markWritten): the repositories, services
        // and importers need not remember to, and verify never holds data written since the open to the manifest.
        this.dsl = DSL.using(new DefaultConfiguration().set(new ConnectionProvider() {
            @Override
            public Connection acquire() {
                return VaultSession.this.connection;
            }

            @Override
            public void release(Connection released) {
            }
        }).set(SQLDialect.H2).set(new Settings().withExecuteLogging(false)).set(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.type() != ExecuteType.READ) {
                    markWritten();
                }
            }
        }));
        this.auditKey = Rekey.storedAuditKey(connection);
        Map<String, RowDigests.Digest> sums;
        try {
            sums = RowDigests.stored(connection);
        } catch (SQLException e) {
            sums = null; // then verify does not hold the data to the manifest of the last close
        }
        this.sumsAtOpen = sums;
    }

    /** The kept row sums right after the open: when they are unchanged at verify, nothing was written since. */
    private final Map<String, RowDigests.Digest> sumsAtOpen;

    public Path dir() {
        return dir;
    }

    public DSLContext dsl() {
        ensureOpen();
        return dsl;
    }

    public Connection connection() {
        ensureOpen();
        return connection;
    }

    /**
     * False when the previous session ended without a clean close (a crash or a kill), and when the integrity
     * manifest was missing: a missing manifest vouches for nothing.
     */
    public boolean wasCleanlyClosed() {
        return created || manifestAtOpen != null && manifestAtOpen.state() == IntegrityManifest.State.CLEAN;
    }

    /**
     * Checks that every row can be read, that every index agrees with the stored rows and, when the last close was
     * clean and nothing was written since, that the data matches the manifest. Returns a list of problems; empty
     * means sound.
     */
    public List<String> verifyDatabase() {
        ensureOpen();
        List<String> problems = new ArrayList<>();
        try (var st = connection.createStatement()) {
            // Reads every page of every table; H2 reports unreadable pages as errors here.
            Map<String, RowDigests.Digest> rows = RowDigests.recompute(connection);
            // The sums kept in the same transactions as the writes hold after writes and after a crash too.
            if (RowDigests.current(connection)) {
                String differs = RowDigests.firstDifference(RowDigests.stored(connection), rows);
                if (differs != null) {
                    problems.add("table " + differs);
                }
                String unguarded = RowDigests.missingTrigger(connection);
                if (unguarded != null) {
                    problems.add("table " + unguarded + " has lost its integrity trigger");
                }
            }
            if (manifestAtOpen != null && manifestAtOpen.state() == IntegrityManifest.State.CLEAN && !writtenSinceOpen
                    && (manifestAtOpen.format() != IntegrityManifest.FORMAT_SUMS
                    || RowDigests.stored(connection).equals(sumsAtOpen))) {
                String mismatch;
                if (manifestAtOpen.format() == IntegrityManifest.FORMAT_SUMS) {
                    byte[] macKey = Vault.subkey(dataKey, "integrity-manifest");
                    try {
                        mismatch = manifestAtOpen.firstMismatch(RowDigests.sealed(rows, macKey));
                    } finally {
                        Secrets.wipe(macKey);
                    }
                } else {
                    mismatch = manifestAtOpen.firstMismatch(IntegrityManifest.compute(dsl));
                }
                if (mismatch != null) {
                    problems.add("table " + mismatch);
                }
            }
            if (manifestAtOpen == null && !created) {
                problems.add("the integrity manifest (integrity.json) was missing when the vault was opened, so"
                        + " nothing vouches for the data as it was last closed");
            }
            String index = IntegrityManifest.indexMismatch(connection);
            if (index != null) {
                problems.add("table " + index);
            }
            st.execute("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES");
        } catch (SQLException | RuntimeException e) {
            problems.add("the database cannot be read: " + Vault.rootMessage(e));
        }
        return problems;
    }

    private volatile boolean writtenSinceOpen;

    /**
     * Verify no longer holds the data to the manifest of the last close. Every statement through {@link #dsl()} that
     * is not a read calls this itself; only writes that bypass it (the schema upgrade, the re-encrypted copy of a new
     * data key, a test's raw JDBC) call it by hand.
     */
    public void markWritten() {
        writtenSinceOpen = true;
    }

    /**
     * At the close, H2 is to rewrite the file with only the live data (SHUTDOWN COMPACT: a new file, encrypted as the
     * old one, moved over it atomically). For a session that wrote much or erased: an import in one transaction leaves
     * a file several times its data's size, which the next sessions would each pay for by compacting a part of it at
     * their close (issue 17: about 1 s of CPU per export of the 5× vault for its first exports); and an erasure's
     * old rows stay in the file's unused chunks until H2 happens to overwrite them.
     */
    public void compactAtClose() {
        compactAtClose = true;
    }

    /** Rewraps the data key under a new passphrase; the database is not re-encrypted. */
    public void changePassphrase(char[] current, char[] next) throws VaultException {
        changePassphrase(current, next, false);
    }

    /**
     * Changes the passphrase. The Argon2 parameters are raised to at least today's defaults. With {@code newKey}
     * ("nieuwe sleutel") the vault also gets a new data key and its database is re-encrypted on a copy that is
     * swapped in atomically (see {@link Rekey}): an old {@code vault.json} with the old passphrase then opens
     * nothing written from now on. Without it, only the header changes.
     */
    public void changePassphrase(char[] current, char[] next, boolean newKey) throws VaultException {
        changePassphrase(current, next, newKey, step -> { });
    }

    /** As above; {@code steps} hears each step of a re-encryption (tests stop there to prove crash safety). */
    public synchronized void changePassphrase(char[] current, char[] next, boolean newKey,
                                              Consumer<Rekey.Step> steps) throws VaultException {
        ensureOpen();
        byte[] check = header.unwrap(Secrets.passphraseBytes(current));
        boolean same = MessageDigest.isEqual(check, dataKey);
        Secrets.wipe(check);
        if (!same) {
            throw new VaultException(VaultException.Kind.WRONG_PASSPHRASE, null);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        KdfParams kdf = header.kdf().raisedWithSalt(salt);
        if (newKey) {
            new Rekey(this, steps).run(next, kdf);
            return;
        }
        try {
            VaultHeader rewrapped = VaultHeader.wrap(dataKey, Secrets.passphraseBytes(next), kdf, RANDOM,
                    header.vaultId(), header.writes(), header.auditHead());
            rewrapped.write(dir);
            header = rewrapped;
            witness.record(rewrapped);
        } catch (GeneralSecurityException | IOException e) {
            throw new VaultException(VaultException.Kind.IO, e.getMessage(), e);
        }
    }

    // --- for Rekey: the session's state is swapped as one step

    byte[] dataKeyForRekey() {
        return dataKey;
    }

    VaultWitness witness() {
        return witness;
    }

    byte[] auditKey() {
        return auditKey == null ? Vault.subkey(dataKey, "audit-trail") : auditKey.clone();
    }

    /** The database was closed for the re-encryption. */
    void detachConnection() {
        Vault.closeQuietly(connection);
    }

    /** After a re-encryption (or its roll-back): the header, key and connection now in effect. */
    void attach(VaultHeader newHeader, byte[] newKey, Connection newConnection) {
        if (newKey != dataKey) {
            Secrets.wipe(dataKey);
        }
        if (newConnection != connection) {
            Vault.closeQuietly(connection);
        }
        header = newHeader;
        dataKey = newKey;
        connection = newConnection;
        byte[] kept = Rekey.storedAuditKey(newConnection);
        if (kept != null) {
            auditKey = kept;
        }
    }

    public VaultHeader header() {
        return header;
    }

    /** A key for one purpose (backup, audit); the caller wipes it. */
    public byte[] subkey(String purpose) {
        ensureOpen();
        if ("audit-trail".equals(purpose) && auditKey != null) {
            return auditKey.clone();
        }
        return Vault.subkey(dataKey, purpose);
    }

    /** The header with the audit head as it is in the database now (for a backup). */
    VaultHeader headerNow() {
        return header.withState(header.writes(), auditHead(), dataKey);
    }

    /** The audit chain's head in the database now, as {@code seq:hash}. */
    public String auditHead() {
        ensureOpen();
        try {
            return Vault.auditHead(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isOpen() {
        return !closed;
    }

    /**
     * Turns a failure of a database call (a jOOQ or H2 exception from a repository) into a message a chair can act
     * on: a full disk, a failed write, a damaged file. The repositories throw unchecked exceptions; callers that
     * show errors (command line, UI) pass them through here.
     */
    public VaultException failure(Throwable e) {
        if (e instanceof VaultException ve) {
            return ve;
        }
        boolean write = false;
        boolean corrupt = false;
        Pattern mvCode = Pattern.compile("\\[\\d+\\.\\d+\\.\\d+/(\\d+)]");
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = -1;
            if (t instanceof MVStoreException m) {
                code = m.getErrorCode();
            } else if (t.getMessage() != null) {
                var m = mvCode.matcher(t.getMessage());
                if (m.find()) {
                    code = Integer.parseInt(m.group(1));
                }
            }
            if (code == DataUtils.ERROR_WRITING_FAILED || code == DataUtils.ERROR_CLOSED
                    || t instanceof IOException
                    || t instanceof SQLException s && (s.getErrorCode() == ErrorCode.IO_EXCEPTION_1
                    || s.getErrorCode() == ErrorCode.IO_EXCEPTION_2
                    || s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED)) {
                write = true;
            }
            if (code == DataUtils.ERROR_FILE_CORRUPT
                    || t instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                corrupt = true;
            }
        }
        // The operating system's own "no space left" wins over what H2 made of it (a chunk it could not finish
        // writing can read as a corrupt file): with unlimited free space assumed, diskFull answers only to that.
        if (Vault.diskFull(e, Long.MAX_VALUE) != null) {
            return Vault.diskFull(e, Vault.usableSpace(dir));
        }
        if (corrupt) {
            return new VaultException(VaultException.Kind.DAMAGED, "The database cannot be read: " + Vault.rootMessage(e), e);
        }
        if (write) {
            VaultException full = Vault.diskFull(e, Vault.usableSpace(dir));
            if (full != null) {
                return full;
            }
            return new VaultException(VaultException.Kind.IO, "Writing to the vault failed: " + Vault.rootMessage(e)
                    + ". The last change was not saved; open the vault again.", e);
        }
        return new VaultException(VaultException.Kind.IO, Vault.rootMessage(e), e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("vault is locked");
        }
    }

    /** Clean close: manifest, H2, lock, key. Safe to call twice. */
    @Override
    public synchronized void close() throws VaultException {
        if (closed) {
            return;
        }
        VaultException failure = null;
        try {
            Map<String, IntegrityManifest.TableDigest> digests;
            int format;
            String head;
            // Everything on disk and synced before the manifest says CLEAN: a close that cannot write (a full
            // disk) leaves the manifest at OPEN instead of vouching for data that never reached the file.
            try (var st = connection.createStatement()) {
                st.execute("CHECKPOINT SYNC");
                head = Vault.auditHead(connection);
                // The sums the triggers kept with every write: one row per table, whatever the vault's size. When
                // they do not describe the schema as it is (a table changed by hand, no migration since), every row
                // is hashed as before issue 17.
                if (RowDigests.current(connection)) {
                    byte[] macKey = Vault.subkey(dataKey, "integrity-manifest");
                    try {
                        digests = RowDigests.sealed(RowDigests.stored(connection), macKey);
                    } finally {
                        Secrets.wipe(macKey);
                    }
                    format = IntegrityManifest.FORMAT_SUMS;
                } else {
                    digests = IntegrityManifest.compute(dsl);
                    format = IntegrityManifest.FORMAT_ROWS;
                }
            } catch (SQLException e) {
                throw failure(e);
            }
            // Manifest first, then the header: a crash in between leaves a CLEAN manifest one write ahead.
            long writes = header.writes() + 1;
            Vault.writeManifest(dir, dataKey, new IntegrityManifest(IntegrityManifest.State.CLEAN, digests, writes,
                    format));
            VaultHeader closing = header.withState(writes, head, dataKey);
            try {
                closing.write(dir);
            } catch (IOException e) {
                throw new VaultException(VaultException.Kind.IO, "The vault header cannot be written: " + e.getMessage(), e);
            }
            header = closing;
            witness.record(closing);
        } catch (VaultException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = failure(e); // a full disk is told as such
        }
        closed = true;
        if (compactAtClose && failure == null) {
            Vault.shutdownCompact(connection);
        }
        Vault.closeQuietly(connection);
        Vault.closeQuietly(lock);
        Secrets.wipe(dataKey);
        Secrets.wipe(auditKey);
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes without the manifest; for when the data cannot be read any more. */
    public synchronized void abandon() {
        if (!closed) {
            closed = true;
            Vault.closeQuietly(connection);
            Vault.closeQuietly(lock);
            Secrets.wipe(dataKey);
            Secrets.wipe(auditKey);
        }
    }

    @Override
    public String toString() {
        return "VaultSession[" + Objects.toString(dir.getFileName()) + (closed ? ", locked" : "") + "]";
    }
}
