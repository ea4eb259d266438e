package nl.kring.vault;

import org.h2.tools.ChangeFileEncryption;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Nieuwe sleutel": a passphrase change that also gives the vault a new data key, so an old {@code vault.json}
 * (or a backup's header) with the old passphrase opens nothing written afterwards.
 *
 * <p>The new header is written to {@code .rekey/} first; then the database is re-encrypted on a copy there, checked,
 * and the new manifest added, all synced. The commit is one atomic rename: {@code .rekey/vault.json} over
 * {@code vault.json}. Then the manifest and the database are moved into place. Every open first finishes or undoes
 * an interrupted change ({@link #recover}): a {@code .rekey/} that still holds {@code vault.json} was never committed
 * and is deleted (the old vault stays, with the old passphrase); one without it was committed and its remaining
 * files are moved in (the new vault, with the new passphrase). So a crash at any step leaves one whole vault.
 */
public final class Rekey {
    /** The steps, in order; a test stops the change at each one to prove the vault survives. */
    public enum Step { KEY_KEPT, DATABASE_CLOSED, COPIED, REENCRYPTED, CHECKED, STAGED, COMMITTED, MANIFEST_MOVED,
        DATABASE_MOVED, DONE }

    static final String STAGING = ".rekey";
    private static final String AUDIT_PURPOSE = "audit-trail";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VaultSession session;
    private final Consumer<Step> steps;

    Rekey(VaultSession session, Consumer<Step> steps) {
        this.session = session;
        this.steps = steps;
    }

    /** The audit key kept in the database, or null when the vault never had a new data key. */
    static byte[] storedAuditKey(Connection connection) {
        try (var ps = connection.prepareStatement("SELECT KEY_HEX FROM PUBLIC.VAULT_KEY WHERE PURPOSE = ?")) {
            ps.setString(1, AUDIT_PURPOSE);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? HexFormat.of().parseHex(rs.getString(1)) : null;
            }
        } catch (SQLException | RuntimeException e) {
            return null; // an older schema (before V10) has no such table yet
        }
    }

    void run(char[] next, KdfParams kdf) throws VaultException {
        Path dir = session.dir();
        Path staging = dir.resolve(STAGING);
        byte[] oldKey = session.dataKeyForRekey();
        byte[] newKey = new byte[32];
        RANDOM.nextBytes(newKey);
        VaultHeader oldHeader = session.header();
        boolean committed = false;
        Connection connection = session.connection();
        try {
            // 1. The audit chain keeps its key: entries written under the old data key must still verify.
            byte[] auditKey = session.auditKey();
            try (var ps = connection.prepareStatement("MERGE INTO PUBLIC.VAULT_KEY (PURPOSE, KEY_HEX) KEY (PURPOSE) VALUES (?, ?)")) {
                ps.setString(1, AUDIT_PURPOSE);
                ps.setString(2, HexFormat.of().formatHex(auditKey));
                ps.executeUpdate();
            } finally {
                Secrets.wipe(auditKey);
            }
            session.markWritten();
            steps.accept(Step.KEY_KEPT);
            // 2. Everything on disk; digests and audit head as they will be in the new file.
            Map<String, IntegrityManifest.TableDigest> digests = IntegrityManifest.compute(session.dsl());
            String head;
            try (var st = connection.createStatement()) {
                st.execute("CHECKPOINT SYNC");
                head = Vault.auditHead(connection);
            }
            session.detachConnection();
            steps.accept(Step.DATABASE_CLOSED);
            // 3. The new header first: as long as .rekey/ holds it, the change is not committed.
            long writes = oldHeader.writes() + 1;
            VaultHeader newHeader = VaultHeader.wrap(newKey, Secrets.passphraseBytes(next), kdf, RANDOM,
                    oldHeader.vaultId(), writes, head);
            Vault.deleteTree(staging);
            Files.createDirectories(staging);
            newHeader.write(staging);
            syncDir(staging);
            // 4. A copy, re-encrypted under the new key.
            Files.copy(dir.resolve(Vault.DB_FILE), staging.resolve(Vault.DB_FILE), StandardCopyOption.COPY_ATTRIBUTES);
            steps.accept(Step.COPIED);
            char[] oldPassword = Secrets.hex(oldKey);
            char[] newPassword = Secrets.hex(newKey);
            try {
                ChangeFileEncryption.execute(staging.toString(), Vault.DB_NAME, "AES", oldPassword,
                        newPassword, true);
            } finally {
                Secrets.wipe(oldPassword);
                Secrets.wipe(newPassword);
            }
            sync(staging.resolve(Vault.DB_FILE));
            steps.accept(Step.REENCRYPTED);
            // 5. The copy must open with the new key and hold exactly the rows of the old file.
            try (Connection check = Vault.rawConnection(staging, newKey, Vault.url(staging, true) + ";ACCESS_MODE_DATA=r")) {
                var dsl = DSL.using(check, SQLDialect.H2,
                        new Settings().withExecuteLogging(false));
                String mismatch = new IntegrityManifest(IntegrityManifest.State.CLEAN, digests).firstMismatch(
                        IntegrityManifest.compute(dsl));
                if (mismatch != null) {
                    throw new VaultException(VaultException.Kind.IO, "The re-encrypted copy differs from the vault"
                            + " (table " + mismatch + "); the passphrase was not changed.");
                }
            }
            steps.accept(Step.CHECKED);
            // 6. The new manifest beside them, then the commit.
            Vault.writeManifest(staging, newKey, new IntegrityManifest(IntegrityManifest.State.OPEN, digests, writes));
            syncDir(staging);
            steps.accept(Step.STAGED);
            AtomicFiles.move(staging.resolve(VaultHeader.FILE_NAME), dir.resolve(VaultHeader.FILE_NAME));
            syncDir(dir);
            committed = true;
            session.witness().record(newHeader);
            steps.accept(Step.COMMITTED);
            AtomicFiles.move(staging.resolve(IntegrityManifest.FILE_NAME), dir.resolve(IntegrityManifest.FILE_NAME));
            steps.accept(Step.MANIFEST_MOVED);
            AtomicFiles.move(staging.resolve(Vault.DB_FILE), dir.resolve(Vault.DB_FILE));
            syncDir(dir);
            steps.accept(Step.DATABASE_MOVED);
            Vault.deleteTree(staging);
            Connection reopened = Vault.connect(dir, newKey, true, new int[1]);
            session.attach(newHeader, newKey, reopened);
            steps.accept(Step.DONE);
        } catch (VaultException | IOException | SQLException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof Stop stop) {
                throw stop; // a test's simulated crash: leave the files exactly as they are
            }
            recoverAfterFailure(dir, committed, committed ? newKey : oldKey, committed ? null : newKey);
            if (committed) {
                throw new VaultException(VaultException.Kind.IO, "The passphrase was changed, but the vault could not"
                        + " be reopened: " + Vault.rootMessage(e) + ". Open it again with the new passphrase.", e);
            }
            if (e instanceof VaultException ve) {
                throw ve;
            }
            throw new VaultException(VaultException.Kind.IO, "The passphrase was not changed: "
                    + Vault.rootMessage(e) + ". The vault is as it was.", e);
        }
    }

    /** Thrown by a test's step listener to stop a change as a crash would (no clean-up). */
    public static final class Stop extends RuntimeException {
        public Stop(Step step) {
            super("stopped at " + step);
        }
    }

    private void recoverAfterFailure(Path dir, boolean committed, byte[] keyInEffect, byte[] unused) {
        try {
            recover(dir);
            Connection reopened = Vault.connect(dir, keyInEffect, true, new int[1]);
            session.attach(committed ? VaultHeader.read(dir) : session.header(), keyInEffect, reopened);
        } catch (VaultException | IOException | RuntimeException ignored) {
            // the caller reports the first failure; the next open recovers again
        }
        Secrets.wipe(unused);
    }

    /**
     * Finishes or undoes a passphrase change that was interrupted. Runs under the vault's lock, before the header
     * is read for the unlock.
     */
    static void recover(Path dir) throws IOException {
        Path staging = dir.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return;
        }
        if (Files.exists(staging.resolve(VaultHeader.FILE_NAME))) {
            Vault.deleteTree(staging); // never committed: the old vault is whole
            return;
        }
        for (String name : new String[] {IntegrityManifest.FILE_NAME, Vault.DB_FILE}) {
            if (Files.exists(staging.resolve(name))) {
                AtomicFiles.move(staging.resolve(name), dir.resolve(name));
            }
        }
        syncDir(dir);
        Vault.deleteTree(staging);
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes renames in a folder durable (where the platform allows opening a folder; Windows does not). */
    static void syncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported here; the renames are still atomic
        }
    }
}
