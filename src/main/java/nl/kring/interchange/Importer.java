package nl.kring.interchange;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Partner;
import nl.kring.store.Store;

/**
 * Stores a validated interchange file in one transaction: all of it, or nothing. Cases and meetings new to the vault
 * go in as batches of bound statements; those it already holds are replaced one by one, as an edit would.
 */
public final class Importer {
    private Importer() {
    }

    public record Counts(int partners, int cases, int meetings, int items) {
        @Override
        public String toString() {
            return partners + " partners, " + cases + " cases, " + meetings + " meetings, " + items + " agenda items";
        }
    }

    public static Counts store(Store store, Interchange data) {
        Counts counts = new Counts(data.partners().size(), data.cases().size(), data.meetings().size(),
                data.meetings().stream().mapToInt(m -> m.items().size()).sum());
        store.transaction(s -> {
            for (Partner p : data.partners()) {
                s.partners().save(p);
            }
            s.cases().saveAll(data.cases());
            s.meetings().saveAll(data.meetings());
            s.audit().append(AuditLog.Action.IMPORT, null, counts.toString());
        });
        store.session().markWritten();
        return counts;
    }
}
