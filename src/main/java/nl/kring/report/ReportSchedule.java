package nl.kring.report;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;

/**
 * When each item is discussed and when each partner is in the room. Items follow one another from the meeting's
 * start, each taking its duration (10 minutes by default); a partner is in for each maximal run of consecutive items
 * whose kring includes it (one <em>visit</em>). A caller with its own agenda schedule can pass that in instead.
 */
public record ReportSchedule(List<Slot> slots, Map<String, List<Visit>> visits) {

    /** One agenda item: its position (0-based), case number, start and end. */
    public record Slot(int index, String caseNumber, LocalTime start, LocalTime end) {
    }

    /** One time a partner enters and leaves, with the cases discussed meanwhile. */
    public record Visit(LocalTime in, LocalTime out, List<String> caseNumbers) {
        public Visit {
            caseNumbers = List.copyOf(caseNumbers);
        }
    }

    public ReportSchedule {
        slots = List.copyOf(slots);
        Map<String, List<Visit>> copy = new LinkedHashMap<>();
        visits.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        visits = Collections.unmodifiableMap(copy);
    }

    /** The simple schedule: start + cumulative durations; visits from the kring of each item's case. */
    public static ReportSchedule compute(Meeting meeting, Function<String, ? extends Collection<String>> kringOfCase) {
        Objects.requireNonNull(meeting);
        List<Slot> slots = new ArrayList<>();
        List<Collection<String>> kringen = new ArrayList<>();
        LocalTime t = meeting.start();
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            LocalTime end = t.plusMinutes(item.durationMinutes());
            slots.add(new Slot(i, item.caseNumber(), t, end));
            kringen.add(kringOfCase.apply(item.caseNumber()));
            t = end;
        }
        Map<String, List<Visit>> visits = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            for (String partner : kringen.get(i)) {
                boolean continues = i > 0 && kringen.get(i - 1).contains(partner);
                if (continues) {
                    continue;
                }
                int j = i;
                List<String> cases = new ArrayList<>();
                while (j < slots.size() && kringen.get(j).contains(partner)) {
                    cases.add(slots.get(j).caseNumber());
                    j++;
                }
                visits.computeIfAbsent(partner, k -> new ArrayList<>())
                        .add(new Visit(slots.get(i).start(), slots.get(j - 1).end(), cases));
            }
        }
        return new ReportSchedule(slots, visits);
    }

    public List<Visit> visitsOf(String partnerId) {
        return visits.getOrDefault(partnerId, List.of());
    }

    /** The sum over partners of their visits (the number the agenda optimiser minimises). */
    public int totalVisits() {
        return visits.values().stream().mapToInt(List::size).sum();
    }

    public LocalTime end(LocalTime meetingStart) {
        return slots.isEmpty() ? meetingStart : slots.getLast().end();
    }
}
