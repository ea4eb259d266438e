package nl.kring.interchange;

import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.PoliceRule;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.ContactSettings;
import nl.kring.store.VaultPolicy;
import nl.kring.store.Store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
            // what is stored already, read once (issue 17: a lookup per case and per meeting grew with the file)
            Map<String, List<String>> storedKring = s.cases().krings();
            Set<LocalDate> storedMeetings = new HashSet<>(s.meetings().dates());
            for (CaseFile c : data.cases()) {
                List<String> before = storedKring.get(c.number());
                s.cases().save(c, before != null);
                // A re-import that changes who may discuss a case is an access change: on record, case number and
                // partner ids only (issue 10).
                if (before != null && !Set.copyOf(before).equals(Set.copyOf(c.kring()))) {
                    s.audit().append(AuditLog.Action.CASE_CHANGED, c.number(), "re-import changed the kring from "
                            + sorted(before) + " to " + sorted(c.kring()) + " (an access change)");
                }
            }
            for (Meeting m : data.meetings()) {
                Optional<Meeting> before = storedMeetings.contains(m.date()) ? s.meetings().find(m.date()) : Optional.empty();
                s.meetings().save(m);
                before.ifPresent(old -> auditMinutesChanges(s, old, m));
            }
            storeVaultSettings(s, data.vault());
            data.evaluations().forEach((number, list) -> list.forEach(e -> s.evaluations().record(number, e, e.on())));
            if (data.chair() != null) {
                ContactSettings.save(s.settings(), data.chair());
            }
            s.audit().append(AuditLog.Action.IMPORT, null, counts.toString());
        });
        // many rows in one transaction leave H2's file several times their size: rewrite it once, at this session's
        // close, rather than a part of it at every later session's close
        store.session().compactAtClose();
        return counts;
    }

    /** One entry per agenda item whose minutes the re-import changed or removed; content-free (counts only). */
    private static void auditMinutesChanges(Store s, Meeting old, Meeting now) {
        Map<String, AgendaItem> newItems = new HashMap<>();
        for (var item : now.items()) {
            newItems.put(item.caseNumber(), item);
        }
        for (var item : old.items()) {
            var replaced = newItems.get(item.caseNumber());
            if (replaced == null) {
                if (!item.minutes().isEmpty()) {
                    s.audit().append(AuditLog.Action.MEETING_CHANGED, old.date().toString(), "re-import removed agenda"
                            + " item " + item.caseNumber() + " with " + item.minutes().size() + " minutes paragraph(s)");
                }
            } else if (!item.minutes().equals(replaced.minutes())) {
                s.audit().append(AuditLog.Action.MEETING_CHANGED, old.date().toString(), "re-import changed the"
                        + " minutes of item " + item.caseNumber() + " (" + item.minutes().size() + " paragraph(s) before, "
                        + replaced.minutes().size() + " after)");
            }
        }
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
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
        if (v.agreement() != null) {
            ChainAgreementSettings.save(s.settings(), v.agreement());
        }
        if (v.policeRule() != null) {
            s.settings().put(PoliceRule.SETTING, v.policeRule().code());
        }
    }
}
