package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultSession;

import java.nio.file.Path;

/** Creating a vault: the one place where a new vault's first audit entry (VAULT_CREATED) is written. */
public final class VaultService {
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
}
