package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;

import java.util.List;
import java.util.Optional;

/** Reading the audit trail (its entries are written by the other services, each with its change). */
public final class AuditService {
    private final Store store;

    public AuditService(Store store) {
        this.store = store;
    }

    /** Every entry, oldest first. */
    public List<AuditLog.Entry> entries() {
        return store.audit().entries();
    }

    /** The first break in the chain, or empty when every entry is as written and none was removed. */
    public Optional<AuditLog.Break> check() {
        return store.audit().check();
    }
}
