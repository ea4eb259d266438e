package nl.kring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Point 10: what is past its retention period, per record type. */
class RetentionRulesTest {
    static CaseFile closed(String number, LocalDate closedOn) {
        return new CaseFile(number, null, null, LocalDate.of(2020, 1, 1), Phase.AFGESLOTEN, Map.of(), null, null, null,
                null, null, closedOn, List.of("ggd"));
    }

    @Test
    void aClosedCaseIsDueOnTheDayItsPeriodEnds() {
        CaseFile c = closed("2024-001", LocalDate.of(2024, 3, 15));
        assertThat(Retention.due(List.of(c), LocalDate.of(2026, 3, 14), Period.ofYears(2))).isEmpty();
        assertThat(Retention.due(List.of(c), LocalDate.of(2026, 3, 15), Period.ofYears(2)))
                .containsExactly(new Retention.Due("2024-001", LocalDate.of(2024, 3, 15), LocalDate.of(2026, 3, 15)));
        // the period is the vault's: 18 months
        assertThat(Retention.due(List.of(c), LocalDate.of(2025, 9, 15), Period.ofMonths(18))).hasSize(1);
    }

    @Test
    void anOpenCaseIsNeverDue() {
        CaseFile open = new CaseFile("2020-001", null, null, LocalDate.of(2020, 1, 1), Phase.TRAJECT_EVALUATIE, Map.of(),
                null, null, null, null, null, null, List.of("ggd"));
        assertThat(Retention.due(List.of(open), LocalDate.of(2030, 1, 1), Period.ofYears(2))).isEmpty();
    }

    @Test
    void aMeetingIsDueAfterItsPeriodButKeptWhileItHoldsCases() {
        var empty = new Retention.MeetingRecord(LocalDate.of(2024, 1, 10), List.of());
        var holding = new Retention.MeetingRecord(LocalDate.of(2024, 1, 3), List.of("2023-009", "2023-002", "2023-009"));
        var recent = new Retention.MeetingRecord(LocalDate.of(2025, 6, 1), List.of());
        var due = Retention.dueMeetings(List.of(empty, holding, recent), LocalDate.of(2026, 1, 10), Period.ofYears(2));
        assertThat(due).extracting(Retention.MeetingDue::meetingDate)
                .containsExactly(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 10));
        assertThat(due.get(0).mayBePurged()).isFalse();
        assertThat(due.get(0).heldBy()).containsExactly("2023-002", "2023-009");
        assertThat(due.get(1).mayBePurged()).isTrue();
        assertThat(due.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(Retention.dueMeetings(List.of(empty), LocalDate.of(2026, 1, 9), Period.ofYears(2))).isEmpty();
    }
}
