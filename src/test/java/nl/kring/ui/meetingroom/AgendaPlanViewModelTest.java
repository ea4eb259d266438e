package nl.kring.ui.meetingroom;

import nl.kring.ui.common.SameThreadExecutor;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.kring.agenda.AgendaOptimizer;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.TestVaults;
import nl.kring.domain.Tier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Live visits, the optimiser's proposal with accept and undo, and the schedule; no stage, no store. */
class AgendaPlanViewModelTest {
    record Row(String number, List<String> kring, int minutes) {
    }

    // chair's order: a and c share {x, y}, b is {z}: x and y enter twice, z once → 5 visits; a c b → 3
    static final Row A = new Row("2026-001", List.of("x", "y"), 10);
    static final Row B = new Row("2026-002", List.of("z"), 15);
    static final Row C = new Row("2026-003", List.of("x", "y"), 10);

    ObservableList<Row> rows = FXCollections.observableArrayList(A, B, C);
    SimpleObjectProperty<LocalTime> start = new SimpleObjectProperty<>(LocalTime.of(9, 0));

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    private AgendaPlanViewModel<Row> vm() throws Exception {
        return onFx(() -> new AgendaPlanViewModel<>(new SameThreadExecutor(), rows, Row::number, Row::kring, Row::minutes, start));
    }

    @Test
    void theVisitsFollowEveryMoveByHand() throws Exception {
        var vm = vm();
        assertThat(vm.visitsProperty().get()).isEqualTo(5).isEqualTo(AgendaOptimizer.visits(List.of(A.kring(), B.kring(), C.kring())));
        onFx(() -> rows.setAll(A, C, B));
        assertThat(vm.visitsProperty().get()).isEqualTo(3);
        onFx(() -> rows.remove(B));
        assertThat(vm.visitsProperty().get()).isEqualTo(2);
    }

    @Test
    void theProposalReducesTheVisitsAndCanBeUndone() throws Exception {
        var vm = vm();
        var dirty = new SimpleBooleanProperty(false);
        rows.addListener((ListChangeListener<Row>) c -> dirty.set(true));
        onFx(() -> {
            vm.trackDirty(dirty);
            return null;
        });
        onFx(() -> {
            vm.propose();
            return null;
        });
        assertThat(vm.proposalProperty().get() != null).isTrue();
        assertThat(rows).containsExactly(A, C, B);
        assertThat(vm.visitsProperty().get()).isEqualTo(3);
        assertThat(vm.messageProperty().get()).isEqualTo("Voorstel: 5 → 3 bezoeken.");
        onFx(() -> {
            vm.undo();
            return null;
        });
        assertThat(rows).containsExactly(A, B, C);
        assertThat(vm.visitsProperty().get()).isEqualTo(5);
        assertThat(vm.proposalProperty().get()).isNull();
        assertThat(dirty.get()).as("nothing left to save after undo").isFalse();
    }

    @Test
    void acceptKeepsTheOrderAndAMoveByHandEndsTheProposal() throws Exception {
        var vm = vm();
        onFx(() -> {
            vm.propose();
            return null;
        });
        assertThat(vm.proposalProperty().get() != null).isTrue();
        onFx(() -> {
            vm.accept();
            return null;
        });
        assertThat(rows).containsExactly(A, C, B);
        assertThat(vm.proposalProperty().get()).isNull();

        onFx(() -> rows.setAll(A, B, C));
        onFx(() -> {
            vm.propose();
            return null;
        });
        assertThat(vm.proposalProperty().get() != null).isTrue();
        onFx(() -> rows.setAll(B, A, C)); // the chair moves an item: the proposal is gone, undo does nothing
        assertThat(vm.proposalProperty().get()).isNull();
        onFx(() -> {
            vm.undo();
            return null;
        });
        assertThat(rows).containsExactly(B, A, C);
    }

    @Test
    void anOptimalOrderStaysAsItIs() throws Exception {
        rows.setAll(A, C, B);
        var vm = vm();
        onFx(() -> {
            vm.propose();
            return null;
        });
        assertThat(!vm.messageProperty().get().isEmpty()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Deze volgorde heeft al het kleinste aantal bezoeken (3).");
        assertThat(rows).containsExactly(A, C, B);
        assertThat(vm.proposalProperty().get()).isNull();
    }

    @Test
    void theSchedulePerPartnerChangesWithTheOrder() throws Exception {
        var vm = vm();
        onFx(() -> {
            vm.setPartners(List.of(new Partner("x", "GGD Vangnet", Role.GGD, Tier.KERN,
                    LocalDate.of(2025, 1, 1), null, List.of()), TestVaults.partner("z", Role.POLITIE, LocalDate.of(2025, 1, 1), null)));
            return null;
        });
        assertThat(vm.schedule()).extracting(AgendaPlanViewModel.ScheduleRow::partner, AgendaPlanViewModel.ScheduleRow::times,
                AgendaPlanViewModel.ScheduleRow::visits).containsExactly(
                Tuple.tuple("GGD Vangnet", "09:00–09:10, 09:25–09:35", 2),
                Tuple.tuple("y", "09:00–09:10, 09:25–09:35", 2),
                Tuple.tuple("Partner z", "09:10–09:25", 1));
        onFx(() -> rows.setAll(A, C, B));
        assertThat(vm.schedule()).extracting(AgendaPlanViewModel.ScheduleRow::partnerId, AgendaPlanViewModel.ScheduleRow::times)
                .containsExactly(Tuple.tuple("x", "09:00–09:20"),
                        Tuple.tuple("y", "09:00–09:20"),
                        Tuple.tuple("z", "09:20–09:35"));
        onFx(() -> {
            start.set(LocalTime.of(13, 30));
            return null;
        });
        assertThat(vm.schedule().getFirst().times()).isEqualTo("13:30–13:50");
    }
}
