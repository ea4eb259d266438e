package nl.kring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Open cases without activity for a long time (handreiking deel I §6 point 10: a short retention period). A case that
 * is never closed is never destroyed; one that has not been discussed, disclosed about or evaluated for
 * {@link #DEFAULT_PERIOD} should be looked at: closed, or its reason to stay open written down.
 */
public final class Inactivity {
    public static final Period DEFAULT_PERIOD = Period.ofMonths(6);

    /** A case idle since {@code lastActivity}. */
    public record Idle(String caseNumber, LocalDate lastActivity) {
    }

    private Inactivity() {
    }

    /**
     * The open cases whose last activity (the latest of the report date and the dates in {@code activity}: meetings
     * that discussed it, disclosures, evaluations) lies {@code period} or more before {@code today}, longest idle
     * first.
     */
    public static List<Idle> idle(List<CaseFile> cases, Map<String, LocalDate> activity, LocalDate today, Period period) {
        List<Idle> out = new ArrayList<>();
        LocalDate limit = today.minus(period);
        for (CaseFile c : cases) {
            if (c.phase() == Phase.AFGESLOTEN) {
                continue;
            }
            LocalDate last = c.reportedOn();
            LocalDate seen = activity.get(c.number());
            if (seen != null && (last == null || seen.isAfter(last))) {
                last = seen;
            }
            if (last != null && !last.isAfter(limit)) {
                out.add(new Idle(c.number(), last));
            }
        }
        out.sort(Comparator.comparing(Idle::lastActivity).thenComparing(Idle::caseNumber));
        return out;
    }
}
