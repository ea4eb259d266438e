package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;
import nl.kring.vault.BackupFile;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultSession;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vault as a whole: creating one (the one place where a new vault's first audit entry, VAULT_CREATED, is
 * written), a backup, a new passphrase.
 */
public final class VaultService {
    /** The date of the last backup made from this vault (a setting in the vault). */
    public static final String LAST_BACKUP = "backup.last";
    private static final Logger LOG = Logger.getLogger(VaultService.class.getName());

    private VaultService() {
    }

    /**
     * Creates the vault in {@code dir} and opens it; its audit trail starts with VAULT_CREATED ({@code detail}: e.g.
     * "demo", or null). When that entry cannot be written the vault is not left open.
     */
    public static Store create(Path dir, char[] passphrase, String detail) throws VaultException {
        VaultSession session = Vault.create(dir, passphrase);
        Store store = new Store(session);
        try {
            store.audit().append(AuditLog.Action.VAULT_CREATED, null, detail);
        } catch (RuntimeException e) {
            session.abandon();
            throw e;
        }
        return store;
    }

    /** Whether {@code dir} holds a vault (to unlock) or not (to create). */
    public static boolean exists(Path dir) {
        return Vault.exists(dir);
    }

    /**
     * Writes a backup of the vault to {@code file}. Audited, and remembered as the last backup, once the file is
     * complete (one transaction): a failed backup is never on record as made.
     */
    /** Restores a backup into a new vault folder, never over one that holds something (the CLI's {@code restore}). */
    public static void restore(Path backup, Path dir, char[] passphrase) throws VaultException {
        BackupFile.restore(backup, dir, passphrase);
    }

    public static void backup(Store store, Path file, LocalDate today) throws VaultException {
        BackupFile.write(store.session(), file);
        store.transaction(s -> {
            s.audit().append(AuditLog.Action.BACKUP, null, "backup file " + file.getFileName());
            s.settings().put(LAST_BACKUP, today.toString());
        });
    }

    /**
     * The full integrity check that runs after every unlock (issue 17: the open itself reads one row per table): every
     * row against the digests kept with it, every index against its table, the audit chain. A fault is audited
     * (INTEGRITY_FAULT: how many problems and the first table named, never a row's content) when the trail can still
     * be written; the problems are returned either way, empty when the vault is sound.
     */
    public static List<String> verifyAfterUnlock(Store store) {
        List<String> problems;
        try {
            problems = store.verify();
        } catch (RuntimeException e) {
            problems = List.of("the database cannot be read: " + e.getClass().getSimpleName());
        }
        if (!problems.isEmpty()) {
            Matcher table = Pattern.compile("^table ([A-Za-z_][A-Za-z0-9_]*)\\b")
                    .matcher(problems.getFirst());
            try {
                store.audit().append(AuditLog.Action.INTEGRITY_FAULT, null, "verify after unlock: " + problems.size()
                        + " problem(s)" + (table.find() ? ", first in table " + table.group(1) : ""));
            } catch (RuntimeException e) {
                LOG.warning("the integrity fault found after unlock could not be audited: " + e.getClass().getSimpleName());
            }
        }
        return problems;
    }

    /** The date of the last backup made from this vault, if any. */
    public static Optional<LocalDate> lastBackup(Store store) {
        return store.settings().get(LAST_BACKUP).map(LocalDate::parse);
    }

    /**
     * Changes the passphrase ({@code newKey}: also a new data key, the database re-encrypted); audited once the change
     * is done. The caller wipes the passphrases.
     */
    public static void changePassphrase(Store store, char[] current, char[] next, boolean newKey) throws VaultException {
        store.session().changePassphrase(current, next, newKey);
        store.transaction(s -> s.audit().append(AuditLog.Action.PASSPHRASE_CHANGED, null,
                newKey ? "new data key, database re-encrypted" : "passphrase only"));
    }
}
