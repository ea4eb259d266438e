package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;

class ReportScheduleTest {
    @Test
    void visitsAreMaximalRunsOfConsecutiveKringItems() {
        Meeting m = new Meeting(ReportFixtures.MEETING_DATE, "x", LocalTime.of(9, 0), List.of(), List.of(
                AgendaItem.of("A"), new AgendaItem("B", 20, null, null, null), AgendaItem.of("C"), AgendaItem.of("D")));
        Map<String, List<String>> kring = Map.of("A", List.of("p", "q"), "B", List.of("p"), "C", List.of("q"),
                "D", List.of("p", "q"));
        ReportSchedule s = ReportSchedule.compute(m, kring::get);
        assertThat(s.slots()).extracting(ReportSchedule.Slot::start)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 10), LocalTime.of(9, 30), LocalTime.of(9, 40));
        assertThat(s.visitsOf("p")).containsExactly(
                new ReportSchedule.Visit(LocalTime.of(9, 0), LocalTime.of(9, 30), List.of("A", "B")),
                new ReportSchedule.Visit(LocalTime.of(9, 40), LocalTime.of(9, 50), List.of("D")));
        assertThat(s.visitsOf("q")).containsExactly(
                new ReportSchedule.Visit(LocalTime.of(9, 0), LocalTime.of(9, 10), List.of("A")),
                new ReportSchedule.Visit(LocalTime.of(9, 30), LocalTime.of(9, 50), List.of("C", "D")));
        assertThat(s.visitsOf("nobody")).isEmpty();
        assertThat(s.totalVisits()).isEqualTo(4);
        assertThat(s.end(m.start())).isEqualTo(LocalTime.of(9, 50));
    }
}
