package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.store.Store;

/**
 * Where the relevance matrix is changed or reset: the change and its audit entry (with the reason, which the privacy
 * officer must be able to read) in one transaction.
 */
public final class MatrixService {
    private final Store store;

    public MatrixService(Store store) {
        this.store = store;
    }

    /** The matrix as stored (the default where nothing was changed). */
    public RelevanceMatrix load() {
        return store.matrix().load();
    }

    /** The change needs a reason. */
    public static final class ReasonRequired extends Refused {
        public ReasonRequired() {
            super("a change of the relevance matrix needs a reason");
        }
    }

    /**
     * Sets what {@code role} sees of {@code domain}; the audit entry names the old and new visibility and the reason.
     * Returns the matrix as stored; nothing is written when the visibility does not change.
     */
    public RelevanceMatrix change(Role role, LifeDomain domain, Visibility to, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired();
        }
        RelevanceMatrix[] out = new RelevanceMatrix[1];
        store.transaction(s -> {
            Visibility from = s.matrix().load().get(role, domain);
            if (from != to) {
                s.matrix().set(role, domain, to);
                s.audit().append(AuditLog.Action.MATRIX_CHANGED, null,
                        role + "/" + domain + ": " + from + " -> " + to + "; reden: " + reason.strip());
            }
            out[0] = s.matrix().load();
        });
        return out[0];
    }

    /** "Terug naar standaard", with the reason in the audit entry. */
    public RelevanceMatrix reset(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired();
        }
        store.transaction(s -> {
            s.matrix().resetToDefault();
            s.audit().append(AuditLog.Action.MATRIX_RESET, null, "reden: " + reason.strip());
        });
        return store.matrix().load();
    }
}
