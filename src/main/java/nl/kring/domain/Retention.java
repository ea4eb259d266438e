package nl.kring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bewaartermijn (point 10), per record type. A case's overleg data is kept for a period after the case closes
 * (default two years), then destroyed; open cases are never due. A meeting's own record (date, place, attendance)
 * is kept for a period after the meeting date, and only once no case is on its agenda any more: an agenda item
 * carries the minutes, decisions and disclosures of its case, which are part of that client's record and follow the
 * case's period (see docs/retention.md).
 */
public final class Retention {
    public static final Period DEFAULT_CASE_PERIOD = Period.ofYears(2);
    public static final Period DEFAULT_MEETING_PERIOD = Period.ofYears(2);

    /** A closed case past its period. */
    public record Due(String caseNumber, LocalDate closedOn, LocalDate dueOn) {
    }

    /** What the rule needs to know of a meeting: its date and the cases its record still refers to. */
    public record MeetingRecord(LocalDate date, List<String> caseNumbers) {
        public MeetingRecord {
            caseNumbers = caseNumbers == null ? List.of() : List.copyOf(caseNumbers);
        }
    }

    /** A meeting past its period; {@code heldBy} lists the cases that keep it (empty when it may go). */
    public record MeetingDue(LocalDate meetingDate, LocalDate dueOn, List<String> heldBy) {
        public MeetingDue {
            heldBy = List.copyOf(heldBy);
        }

        public boolean mayBePurged() {
            return heldBy.isEmpty();
        }
    }

    private Retention() {
    }

    public static List<Due> due(List<CaseFile> cases, LocalDate asOf, Period period) {
        List<Due> result = new ArrayList<>();
        for (CaseFile c : cases) {
            if (c.phase() == Phase.AFGESLOTEN && c.closedOn() != null) {
                LocalDate dueOn = c.closedOn().plus(period);
                if (!dueOn.isAfter(asOf)) {
                    result.add(new Due(c.number(), c.closedOn(), dueOn));
                }
            }
        }
        return result;
    }

    /**
     * Meetings whose period has ended on {@code asOf}, oldest first: those without cases may be purged, the others
     * are listed with the cases that hold them (they go when those cases go, at a later check).
     */
    public static List<MeetingDue> dueMeetings(List<MeetingRecord> meetings, LocalDate asOf, Period period) {
        List<MeetingDue> result = new ArrayList<>();
        for (MeetingRecord m : meetings) {
            LocalDate dueOn = m.date().plus(period);
            if (!dueOn.isAfter(asOf)) {
                result.add(new MeetingDue(m.date(), dueOn, m.caseNumbers().stream().distinct().sorted().toList()));
            }
        }
        result.sort(Comparator.comparing(MeetingDue::meetingDate));
        return result;
    }

    /** A period as months, the unit the settings use. */
    public static int months(Period p) {
        return (int) p.toTotalMonths();
    }
}
