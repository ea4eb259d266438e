package nl.kring.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    static final Map<String, List<String>> KRINGS = Map.of(
            "2026-001", List.of("ggd", "woco"),
            "2026-002", List.of("ggd", "ggz"),
            "2026-003", List.of("ggd", "woco", "politie"),
            "2026-004", List.of("ggz"));

    static Meeting meeting(AgendaItem... items) {
        return new Meeting(LocalDate.of(2026, 11, 26), "GGD, zaal 2", LocalTime.of(13, 30), List.of(), List.of(items));
    }

    static AgendaItem item(String number, int minutes) {
        return new AgendaItem(number, minutes, List.of(), List.of(), List.of());
    }

    @Test
    void itemsFollowEachOtherWithTheirDurations() {
        Schedule s = Schedule.of(meeting(AgendaItem.of("2026-001"), item("2026-002", 25), item("2026-003", 0)),
                KRINGS);
        assertThat(s.items()).extracting(Schedule.ScheduledItem::start)
                .containsExactly(LocalTime.of(13, 30), LocalTime.of(13, 40), LocalTime.of(14, 5));
        assertThat(s.items()).extracting(Schedule.ScheduledItem::end)
                .containsExactly(LocalTime.of(13, 40), LocalTime.of(14, 5), LocalTime.of(14, 15));
        assertThat(s.items().get(2).durationMinutes()).isEqualTo(AgendaItem.DEFAULT_DURATION);
        assertThat(s.end()).isEqualTo(LocalTime.of(14, 15));
    }

    @Test
    void aPartnerHasOneSlotPerVisit() {
        Schedule s = Schedule.of(meeting(AgendaItem.of("2026-001"), AgendaItem.of("2026-002"),
                AgendaItem.of("2026-003"), AgendaItem.of("2026-004")), KRINGS);
        assertThat(s.partner("ggd").orElseThrow().slots()).containsExactly(
                new Schedule.Slot(LocalTime.of(13, 30), LocalTime.of(14, 0),
                        List.of("2026-001", "2026-002", "2026-003")));
        assertThat(s.partner("woco").orElseThrow().slots()).containsExactly(
                new Schedule.Slot(LocalTime.of(13, 30), LocalTime.of(13, 40), List.of("2026-001")),
                new Schedule.Slot(LocalTime.of(13, 50), LocalTime.of(14, 0), List.of("2026-003")));
        assertThat(s.partner("ggz").orElseThrow().slots()).containsExactly(
                new Schedule.Slot(LocalTime.of(13, 40), LocalTime.of(13, 50), List.of("2026-002")),
                new Schedule.Slot(LocalTime.of(14, 0), LocalTime.of(14, 10), List.of("2026-004")));
        assertThat(s.partner("politie").orElseThrow().visits()).isEqualTo(1);
        assertThat(s.partners()).extracting(Schedule.PartnerSchedule::partnerId)
                .containsExactly("ggd", "woco", "ggz", "politie");
        assertThat(s.visits()).isEqualTo(6);
        assertThat(s.partner("huisarts")).isEmpty();
    }

    @Test
    void scheduleVisitsEqualTheOptimisersCount() {
        for (long seed = 0; seed < 100; seed++) {
            List<Set<String>> k = RandomAgendas.agenda(seed, 1 + (int) (seed % 25));
            Map<String, List<String>> byCase = new HashMap<>();
            AgendaItem[] items = new AgendaItem[k.size()];
            for (int i = 0; i < k.size(); i++) {
                String number = String.format("2026-%03d", i);
                byCase.put(number, List.copyOf(k.get(i)));
                items[i] = item(number, 5 + (int) ((seed * 7 + i) % 20));
            }
            Schedule s = Schedule.of(meeting(items), byCase);
            assertThat(s.visits()).isEqualTo(AgendaOptimizer.visits(k));
            // every slot covers consecutive items the partner is in, and the partner is in none just outside it
            for (Schedule.PartnerSchedule p : s.partners()) {
                for (Schedule.Slot slot : p.slots()) {
                    assertThat(slot.out()).isAfter(slot.in());
                }
            }
        }
    }

    @Test
    void emptyAgendaAndMissingKringAndMidnight() {
        Schedule empty = Schedule.of(meeting(), KRINGS);
        assertThat(empty.items()).isEmpty();
        assertThat(empty.visits()).isZero();
        assertThat(empty.end()).isEqualTo(LocalTime.of(13, 30));
        assertThatThrownBy(() -> Schedule.of(meeting(AgendaItem.of("2026-999")), KRINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-999");
        Meeting late = new Meeting(LocalDate.of(2026, 11, 26), null, LocalTime.of(23, 30), null,
                List.of(item("2026-001", 20), item("2026-002", 20)));
        assertThatThrownBy(() -> Schedule.of(late, KRINGS)).isInstanceOf(IllegalArgumentException.class);
    }
}
