package nl.kring.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Phase;
import org.junit.jupiter.api.Test;

class AgendaPlannerTest {
    static Meeting meeting(String... numbers) {
        return new Meeting(LocalDate.of(2026, 11, 26), "zaal 2", null, List.of("a-1", "a-7"),
                Arrays.stream(numbers).map(AgendaItem::of).toList());
    }

    static CaseFile caseFile(String number, String... kring) {
        return new CaseFile(number, null, null, null, Phase.SCREENING, null, null, null, null, null, null, null,
                List.of(kring));
    }

    @Test
    void kringsComeFromTheCases() {
        Map<String, List<String>> byCase = AgendaPlanner.kringByCase(List.of(
                caseFile("2026-001", "ggd", "woco"), caseFile("2026-002", "ggd", "politie"),
                caseFile("2026-003", "ggd", "woco")));
        Meeting m = meeting("2026-001", "2026-002", "2026-003");
        assertThat(AgendaPlanner.visits(m, byCase)).isEqualTo(4);
        AgendaPlanner.Plan plan = AgendaPlanner.optimize(m, byCase);
        assertThat(plan.meeting().items()).extracting(AgendaItem::caseNumber)
                .containsExactly("2026-001", "2026-003", "2026-002");
        assertThat(AgendaPlanner.visits(plan.meeting(), byCase)).isEqualTo(3).isEqualTo(plan.order().visits());
        // everything else of the meeting is kept
        assertThat(plan.meeting().date()).isEqualTo(m.date());
        assertThat(plan.meeting().present()).isEqualTo(m.present());
        assertThat(plan.meeting().start()).isEqualTo(m.start());
    }

    @Test
    void reorderChecksThePermutation() {
        Meeting m = meeting("2026-001", "2026-002");
        assertThat(AgendaPlanner.reorder(m, List.of(1, 0)).items()).extracting(AgendaItem::caseNumber)
                .containsExactly("2026-002", "2026-001");
        assertThatThrownBy(() -> AgendaPlanner.reorder(m, List.of(0, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgendaPlanner.reorder(m, List.of(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgendaPlanner.reorder(m, List.of(0, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseWithoutKringIsAClearError() {
        assertThatThrownBy(() -> AgendaPlanner.visits(meeting("2026-404"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-404");
    }
}
