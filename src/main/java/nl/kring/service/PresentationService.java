package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;

/**
 * Where the meeting room puts on record what the shared screen showed: the chair's override ("toch tonen") and each
 * case shown in the presentation. These writes are audit entries only; a failing entry is an error the meeting room
 * shows, never swallowed.
 */
public final class PresentationService {
    private final Store store;

    public PresentationService(Store store) {
        this.store = store;
    }

    /**
     * The chair showed case {@code caseNumber} although someone present is not in its kring. {@code detail}: the
     * outsiders, everyone present (ids) and the pseudonymised reason.
     */
    public void override(String caseNumber, String detail) {
        store.transaction(s -> s.audit().append(AuditLog.Action.OVERRIDE, caseNumber, detail));
    }

    /** Case {@code caseNumber} was shown in the presentation; {@code detail}: who was present and what was shown. */
    public void shown(String caseNumber, String detail) {
        store.transaction(s -> s.audit().append(AuditLog.Action.CASE_VIEWED_IN_PRESENTATION, caseNumber, detail));
    }
}
