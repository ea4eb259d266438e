package nl.kring.interchange;

import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseFile;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.retention.VaultPolicy;
import nl.kring.store.Store;

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
            for (Partner p : data.partners()) {
                s.partners().save(p);
            }
            for (CaseFile c : data.cases()) {
                s.cases().save(c);
            }
            for (Meeting m : data.meetings()) {
                s.meetings().save(m);
            }
            storeVaultSettings(s, data.vault());
            data.evaluations().forEach((number, list) -> list.forEach(e -> s.evaluations().record(number, e, e.on())));
            s.audit().append(AuditLog.Action.IMPORT, null, counts.toString());
        });
        store.session().markWritten();
        return counts;
    }

    /** The file's vault settings: the retention period (cases and meetings), the evaluation interval, evident belang. */
    private static void storeVaultSettings(Store s, Interchange.VaultSettings v) {
        if (v == null) {
            return;
        }
        if (v.retentionMonths() != null || v.evaluationWeeks() != null) {
            VaultPolicy was = VaultPolicy.load(s.settings());
            int months = v.retentionMonths() != null ? v.retentionMonths() : was.caseMonths();
            new VaultPolicy(months, v.retentionMonths() != null ? v.retentionMonths() : was.meetingMonths(),
                    v.evaluationWeeks() != null ? v.evaluationWeeks() : was.evaluationWeeks()).save(s.settings());
        }
        if (v.evidentInterestDefinition() != null) {
            s.settings().put(EvidentInterest.SETTING, v.evidentInterestDefinition());
        }
    }
}
