package nl.kring.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;

/**
 * When each item is discussed and when each partner is expected in and out of the room. Items follow each other
 * from the meeting's start, each taking its own duration ({@link AgendaItem#durationMinutes()}, default 10). A
 * partner has one {@link Slot} per visit: in at the start of the first item of the run, out at the end of its last.
 *
 * @param items    in agenda order
 * @param partners ordered by their first time in, then by id
 */
public record Schedule(LocalDate date, LocalTime start, List<ScheduledItem> items, List<PartnerSchedule> partners) {

    public Schedule {
        items = List.copyOf(items);
        partners = List.copyOf(partners);
    }

    /** One agenda item in time. {@code partners}: its kring, in the case's order. */
    public record ScheduledItem(int position, String caseNumber, LocalTime start, LocalTime end,
                                int durationMinutes, List<String> partners) {
        public ScheduledItem {
            partners = List.copyOf(partners);
        }
    }

    /** One visit: in the room from {@code in} to {@code out} for the consecutive items {@code cases}. */
    public record Slot(LocalTime in, LocalTime out, List<String> cases) {
        public Slot {
            cases = List.copyOf(cases);
        }
    }

    public record PartnerSchedule(String partnerId, List<Slot> slots) {
        public PartnerSchedule {
            slots = List.copyOf(slots);
        }

        public int visits() {
            return slots.size();
        }
    }

    /**
     * @throws IllegalArgumentException when a case has no kring, or the agenda runs until midnight or later
     */
    public static Schedule of(Meeting meeting, Map<String, ? extends Collection<String>> kringByCase) {
        List<List<String>> krings = AgendaPlanner.krings(meeting, kringByCase);
        List<ScheduledItem> items = new ArrayList<>();
        int minute = meeting.start().getHour() * 60 + meeting.start().getMinute();
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            int end = minute + item.durationMinutes();
            if (end >= 24 * 60) {
                throw new IllegalArgumentException("the agenda of " + meeting.date() + " runs until midnight or later");
            }
            items.add(new ScheduledItem(i, item.caseNumber(), time(minute), time(end), item.durationMinutes(),
                    krings.get(i)));
            minute = end;
        }

        Map<String, List<Slot>> slots = new LinkedHashMap<>();
        Map<String, Integer> runStart = new LinkedHashMap<>();
        for (int i = 0; i <= items.size(); i++) {
            List<String> here = i < items.size() ? items.get(i).partners() : List.of();
            // close the runs of partners not in this item
            for (var it = runStart.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!here.contains(e.getKey())) {
                    List<ScheduledItem> run = items.subList(e.getValue(), i);
                    slots.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Slot(run.getFirst().start(),
                            run.getLast().end(), run.stream().map(ScheduledItem::caseNumber).toList()));
                    it.remove();
                }
            }
            for (String p : here) {
                runStart.putIfAbsent(p, i);
            }
        }
        List<PartnerSchedule> partners = new ArrayList<>();
        slots.forEach((p, s) -> partners.add(new PartnerSchedule(p, s)));
        partners.sort(Comparator.comparing((PartnerSchedule p) -> p.slots().getFirst().in())
                .thenComparing(PartnerSchedule::partnerId));
        return new Schedule(meeting.date(), meeting.start(), items, partners);
    }

    private static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60);
    }

    /** Total visits: the sum over partners of their slots. Equals {@link AgendaOptimizer#visits}. */
    public int visits() {
        return partners.stream().mapToInt(PartnerSchedule::visits).sum();
    }

    /** When the last item ends (the start when there are none). */
    public LocalTime end() {
        return items.isEmpty() ? start : items.getLast().end();
    }

    public Optional<PartnerSchedule> partner(String partnerId) {
        return partners.stream().filter(p -> p.partnerId().equals(partnerId)).findFirst();
    }
}
