package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Partner;
import nl.kring.store.StillReferencedException;
import nl.kring.store.Store;

import java.util.List;
import java.util.Optional;

/** Where a partner is saved or deleted: each write one transaction with its audit entry (the partner's code only). */
public final class PartnerService {
    private final Store store;

    public PartnerService(Store store) {
        this.store = store;
    }

    /** Every partner, in the order of their codes. */
    public List<Partner> all() {
        return store.partners().all();
    }

    /** The partner with code {@code id}, if any. */
    public Optional<Partner> find(String id) {
        return store.partners().find(id);
    }

    /** A new partner with a code another partner already has: the existing partner is never overwritten. */
    public static final class IdTaken extends Refused {
        private final String id;

        public IdTaken(String id) {
            super("partner code " + id + " is taken");
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The partner is still in the kring of these cases (or, when none, still owns decisions): not deleted. */
    public static final class StillInUse extends Refused {
        private final List<String> cases;

        public StillInUse(String id, List<String> cases) {
            super("partner " + id + " is still in use");
            this.cases = List.copyOf(cases);
        }

        /** The case numbers whose kring holds the partner; empty when only decisions refer to it. */
        public List<String> cases() {
            return cases;
        }
    }

    public void save(Partner p, boolean isNew) {
        store.transaction(s -> {
            if (isNew && s.partners().find(p.id()).isPresent()) {
                throw new IdTaken(p.id());
            }
            s.partners().save(p);
            s.audit().append(AuditLog.Action.PARTNER_CHANGED, p.id(), isNew ? "created" : "changed");
        });
    }

    public void delete(String id) {
        try {
            store.transaction(s -> {
                s.partners().delete(id);
                s.audit().append(AuditLog.Action.PARTNER_CHANGED, id, "deleted");
            });
        } catch (StillReferencedException e) {
            throw new StillInUse(id, store.cases().all().stream().filter(c -> c.kring().contains(id))
                    .map(CaseFile::number).toList());
        }
    }
}
