package nl.kring.ui.meetings;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Phase;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Point 5 on the agenda: an item whose evaluation is overdue on the meeting date is marked in words. */
class AgendaEvaluationMarkTest {
    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);

    static CaseFile withDue(String number, boolean consent, LocalDate due) {
        CaseFile c = TestVaults.caseFile(number, TestVaults.client("Anna", null, null, "Tuinstra", List.of()),
                Phase.INTAKE, consent, "ernstige zelfverwaarlozing", List.of("ggd"));
        return new CaseFile(c.number(), c.client(), null, c.reportedOn(), c.phase(), null, c.consent(), null,
                c.evidentInterest(), c.lighterMeansConsidered(), due, null, c.kring());
    }

    @Test
    void overdueOnTheMeetingDateIsMarkedDueOnItIsNamedLaterIsNot() {
        CaseFile overdue = withDue("2026-031", false, LocalDate.of(2026, 12, 2));
        CaseFile dueThatDay = withDue("2026-032", false, MEETING);
        CaseFile later = withDue("2026-033", false, LocalDate.of(2026, 12, 4));
        CaseFile consent = withDue("2026-034", true, LocalDate.of(2026, 1, 1));
        MeetingsViewModel vm = new MeetingsViewModel(new SameThreadExecutor(), null, () -> LocalDate.of(2026, 11, 28));
        vm.setData(List.of(MEETING), List.of(overdue, dueThatDay, later, consent));
        vm.show(new Meeting(MEETING, "GGD", LocalTime.of(9, 0), List.of(), List.of(AgendaItem.of("2026-031"),
                AgendaItem.of("2026-032"), AgendaItem.of("2026-033"), AgendaItem.of("2026-034"))));
        assertThat(vm.items()).extracting(r -> r.evaluationProperty().get()).containsExactly(
                "⚠ te laat: 02-12-2026", "nu nodig", "", "");
        assertThat(vm.items()).extracting(AgendaRow::evaluationOverdue).containsExactly(true, false, false, false);
    }

    @Test
    void aCaseAddedToTheAgendaIsMarkedToo() {
        CaseFile legacy = withDue("2026-035", false, null); // reported 05-01-2026, no date stored: due 16-02-2026
        MeetingsViewModel vm = new MeetingsViewModel(new SameThreadExecutor(), null, () -> LocalDate.of(2026, 11, 28));
        vm.setData(List.of(MEETING), List.of(legacy));
        vm.show(new Meeting(MEETING, "GGD", LocalTime.of(9, 0), List.of(), List.of()));
        vm.addCase(legacy);
        assertThat(vm.items().getFirst().evaluationProperty().get()).isEqualTo("⚠ te laat: 16-02-2026");
    }
}
