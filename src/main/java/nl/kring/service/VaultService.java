package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;
import nl.kring.vault.BackupFile;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultSession;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The vault as a whole: creating one (the one place where a new vault's first audit entry, VAULT_CREATED, is
 * written), a backup, a new passphrase.
 */
public final class VaultService {
    /** The date of the last backup made from this vault (a setting in the vault). */
    public static final String LAST_BACKUP = "backup.last";

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
    public static void backup(Store store, Path file, LocalDate today) throws VaultException {
        BackupFile.write(store.session(), file);
        store.transaction(s -> {
            s.audit().append(AuditLog.Action.BACKUP, null, "backup file " + file.getFileName());
            s.settings().put(LAST_BACKUP, today.toString());
        });
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
