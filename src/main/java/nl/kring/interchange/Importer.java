package nl.kring.interchange;

import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.store.Store;

import java.util.List;

/** Stores a validated interchange file in one transaction: all of it, or nothing. */
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
            // Filling a vault: an id that differs from a stored one only in letter case would be a second partner
            // whose report overwrites the other's on a disk that ignores case.
            List<String> stored = s.partners().all().stream().map(Partner::id).toList();
            for (Partner p : data.partners()) {
                for (String e : stored) {
                    if (e.equalsIgnoreCase(p.id()) && !e.equals(p.id())) {
                        throw new IllegalArgumentException("partner id " + p.id()
                                + " differs only in letter case from partner " + e + " already in the vault");
                    }
                }
            }
            for (Partner p : data.partners()) {
                s.partners().save(p);
            }
            for (CaseFile c : data.cases()) {
                s.cases().save(c);
            }
            for (Meeting m : data.meetings()) {
                s.meetings().save(m);
            }
            s.audit().append(AuditLog.Action.IMPORT, null, counts.toString());
        });
        store.session().markWritten();
        return counts;
    }
}
