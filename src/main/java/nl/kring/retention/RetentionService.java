package nl.kring.retention;

import nl.kring.store.VaultPolicy;
import nl.kring.audit.AuditLog;
import nl.kring.domain.Retention;
import nl.kring.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is past its retention period on a date, and purging exactly that (after the chair agreed) in one transaction,
 * each record with a content-free PURGE entry in the audit trail: its case number or meeting date, the date the
 * period started and the period. Nothing about the client. No JavaFX: the command line and the app share it.
 */
public final class RetentionService {
    private final Store store;
    private final Clock clock;

    public RetentionService(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    /** {@code clock}: what "today" is; a purge judges on today or an earlier date only. */
    public RetentionService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Whether to ask about destruction at unlock on {@code today}: something is due and the chair did not choose
     * "Later" within the last days (see {@link Postponement}).
     */
    public boolean shouldAsk(boolean anythingDue, LocalDate today) {
        return Postponement.shouldAsk(store.settings(), anythingDue, today);
    }

    /** When and since when the chair chose "Later", if the question is put off. */
    public Optional<Postponement> postponement() {
        return Postponement.load(store.settings());
    }

    /** "Later": the question waits until {@link Postponement#ASK_AGAIN_DAYS} days after {@code today}. */
    public Postponement postpone(LocalDate today) {
        return Postponement.record(store.settings(), today);
    }

    /**
     * What is due on one date.
     *
     * @param cases        closed cases past their period, to purge
     * @param meetings     meetings past their period without cases, to purge
     * @param heldMeetings meetings past their period that still hold cases not purged yet (kept for now)
     */
    public record Report(LocalDate asOf, VaultPolicy policy, List<Retention.Due> cases,
                         List<Retention.MeetingDue> meetings, List<Retention.MeetingDue> heldMeetings) {
        public boolean isEmpty() {
            return cases.isEmpty() && meetings.isEmpty();
        }
    }

    /**
     * What was purged; {@code scrubbed}: the mentions of the purged clients replaced elsewhere (other cases' minutes,
     * decisions, notes), see {@link CaseEraser}.
     */
    public record Result(List<String> cases, List<LocalDate> meetings, CaseEraser.Counts scrubbed) {
        public int total() {
            return cases.size() + meetings.size();
        }
    }

    public Report due(LocalDate asOf) {
        VaultPolicy policy = VaultPolicy.load(store.settings());
        List<Retention.Due> cases = Retention.due(store.cases().all(), asOf, policy.casePeriod());
        List<Retention.MeetingDue> meetings = new ArrayList<>();
        List<Retention.MeetingDue> held = new ArrayList<>();
        for (Retention.MeetingDue m : Retention.dueMeetings(meetingRecords(), asOf, policy.meetingPeriod())) {
            (m.mayBePurged() ? meetings : held).add(m);
        }
        return new Report(asOf, policy, cases, meetings, held);
    }

    /**
     * Purges what the report lists (and nothing else), all or nothing. The rules are checked again inside the
     * transaction: a record reopened or given a case since the report was made is left alone.
     */
    public Result purge(Report report) {
        if (report.asOf().isAfter(LocalDate.now(clock))) {
            // Judging on a future date would destroy records whose retention has not ended (issue 10).
            throw new IllegalArgumentException("a purge as of " + report.asOf() + " is refused: that date is in the"
                    + " future, and records whose retention has not ended would be destroyed");
        }
        List<String> purgedCases = new ArrayList<>();
        List<LocalDate> purgedMeetings = new ArrayList<>();
        CaseEraser.Counts[] scrubbed = {CaseEraser.Counts.NONE};
        store.transaction(s -> {
            Report now = due(report.asOf());
            Set<String> stillDue = now.cases().stream().map(Retention.Due::caseNumber).collect(Collectors.toSet());
            Set<LocalDate> meetingsDue = now.meetings().stream().map(Retention.MeetingDue::meetingDate)
                    .collect(Collectors.toSet());
            // The cases go together with every mention of their clients in other records, in this transaction.
            CaseEraser.Erasure erased = CaseEraser.erase(s, report.cases().stream().map(Retention.Due::caseNumber)
                    .filter(stillDue::contains).toList());
            for (Retention.Due d : report.cases()) {
                if (erased.erased(d.caseNumber())) {
                    // Content-free: which record, when it closed, under which rule, how many texts elsewhere were
                    // scrubbed. Nothing about the client, and not which other cases mentioned them.
                    s.audit().append(AuditLog.Action.PURGE, d.caseNumber(),
                            "retention as of " + report.asOf() + ": closed " + d.closedOn() + ", period " + now.policy().casePeriod()
                                    + erased.perCase().get(d.caseNumber()).auditDetail());
                    purgedCases.add(d.caseNumber());
                }
            }
            scrubbed[0] = erased.total();
            for (Retention.MeetingDue m : report.meetings()) {
                if (meetingsDue.contains(m.meetingDate()) && s.meetings().delete(m.meetingDate())) {
                    s.audit().append(AuditLog.Action.PURGE, m.meetingDate().toString(),
                            "retention as of " + report.asOf() + ": meeting record, period " + now.policy().meetingPeriod());
                    purgedMeetings.add(m.meetingDate());
                }
            }
        });
        return new Result(List.copyOf(purgedCases), List.copyOf(purgedMeetings), scrubbed[0]);
    }

    private List<Retention.MeetingRecord> meetingRecords() {
        List<Retention.MeetingRecord> records = new ArrayList<>();
        for (Map.Entry<LocalDate, List<String>> e : store.meetings().agendaIndex().entrySet()) {
            records.add(new Retention.MeetingRecord(e.getKey(), e.getValue()));
        }
        return records;
    }

    /** For messages: the period in plain English ("2 years", "18 months"). */
    public static String describe(Period p) {
        Period n = p.normalized();
        List<String> parts = new ArrayList<>();
        if (n.getYears() > 0) {
            parts.add(n.getYears() + (n.getYears() == 1 ? " year" : " years"));
        }
        if (n.getMonths() > 0) {
            parts.add(n.getMonths() + (n.getMonths() == 1 ? " month" : " months"));
        }
        return parts.isEmpty() ? "0 months" : String.join(" ", parts);
    }
}
