package nl.kring.ui.overview;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.VaultPolicy;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start screen's figures, from a real vault. */
class OverviewViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    static CaseFile c(String number, Phase phase, boolean consent, LocalDate due, LocalDate closed) {
        CaseFile f = TestVaults.caseFile(number, TestVaults.client("Wietske", null, null, "Dijkstra-" + number, List.of()),
                phase, consent, "evident belang", List.of("ggd"));
        return new CaseFile(f.number(), f.client(), null, f.reportedOn(), phase, null, f.consent(), null,
                f.evidentInterest(), null, due, closed, f.kring());
    }

    Store fill() throws Exception {
        Store store = TestVaults.create(dir.resolve("v"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.cases().save(c("2026-001", Phase.INTAKE, false, LocalDate.of(2026, 11, 20), null));      // 8 days late
        store.cases().save(c("2026-002", Phase.SCREENING, false, LocalDate.of(2026, 11, 27), null));   // 1 day late
        store.cases().save(c("2026-003", Phase.SCREENING, false, LocalDate.of(2026, 12, 3), null));    // due at the meeting
        store.cases().save(c("2026-004", Phase.SCREENING, false, LocalDate.of(2026, 12, 4), null));    // after it
        store.cases().save(c("2026-005", Phase.SCREENING, true, LocalDate.of(2026, 1, 1), null));      // consent
        store.cases().save(c("2024-009", Phase.AFGESLOTEN, false, null, LocalDate.of(2024, 5, 2)));    // past retention
        store.meetings().save(new Meeting(LocalDate.of(2026, 11, 19), "GGD", null, List.of(), List.of(AgendaItem.of("2026-001"))));
        store.meetings().save(new Meeting(LocalDate.of(2026, 12, 3), "GGD", null, List.of(),
                List.of(AgendaItem.of("2026-001"), AgendaItem.of("2026-003"))));
        store.meetings().save(new Meeting(LocalDate.of(2026, 12, 10), "GGD", null, List.of(), List.of()));
        return store;
    }

    @Test
    void listsOverdueEvaluationsThoseBeforeTheNextMeetingTheMeetingAndRetention() throws Exception {
        try (Store store = fill()) {
            OverviewViewModel vm = new OverviewViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY);
            vm.show(OverviewViewModel.compute(new Services(store), TODAY));
            assertThat(vm.overdue()).containsExactly(
                    new OverviewViewModel.Overdue("2026-001", LocalDate.of(2026, 11, 20), 8),
                    new OverviewViewModel.Overdue("2026-002", LocalDate.of(2026, 11, 27), 1));
            assertThat(vm.nextProperty().get()).isEqualTo(new OverviewViewModel.NextMeeting(LocalDate.of(2026, 12, 3), 2));
            assertThat(vm.horizonProperty().get()).isEqualTo(LocalDate.of(2026, 12, 3));
            assertThat(vm.dueSoon()).containsExactly(new OverviewViewModel.DueSoon("2026-003", LocalDate.of(2026, 12, 3)));
            assertThat(vm.retentionLines()).containsExactly(
                    "Casus 2024-009: afgesloten op 02-05-2024; de bewaartermijn van 2 jaar is verstreken op 02-05-2026.");
            // the screen may be seen by others in the room: nothing but numbers and dates
            List<String> texts = new ArrayList<>(vm.retentionLines());
            vm.overdue().forEach(o -> texts.add(o.toString()));
            vm.dueSoon().forEach(o -> texts.add(o.toString()));
            assertThat(String.join(" ", texts)).doesNotContain("Dijkstra", "Wietske");
        }
    }

    @Test
    void openRequestsAreListedByDeadlineWithTheDaysLeftOrLate() throws Exception {
        try (Store store = fill()) {
            var inzage = store.requests().register("2026-002", RequestType.INZAGE,
                    LocalDate.of(2026, 11, 20), Requester.CLIENT, TODAY);
            store.requests().register("2026-001", RequestType.VERNIETIGING,
                    LocalDate.of(2026, 10, 21), Requester.LEGAL_REPRESENTATIVE, TODAY);
            var handled = store.requests().register("2026-003", RequestType.AFSCHRIFT,
                    LocalDate.of(2026, 11, 1), Requester.CLIENT, TODAY);
            store.requests().close(handled.id(), RequestStatus.HANDLED, TODAY, null, TODAY);
            OverviewViewModel vm = new OverviewViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY);
            vm.show(OverviewViewModel.compute(new Services(store), TODAY));
            assertThat(vm.requests()).containsExactly(
                    new OverviewViewModel.OpenRequest("2026-001", RequestType.VERNIETIGING,
                            LocalDate.of(2026, 11, 21), -7),
                    new OverviewViewModel.OpenRequest("2026-002", RequestType.INZAGE,
                            LocalDate.of(2026, 12, 20), 22));
            assertThat(vm.requests().getFirst().late()).isTrue();
            assertThat(inzage.deadline()).isEqualTo(LocalDate.of(2026, 12, 20));
        }
    }

    @Test
    void withoutANextMeetingItLooksTwoWeeksAheadAndTheIntervalIsTheVaults() throws Exception {
        try (Store store = fill()) {
            store.meetings().delete(LocalDate.of(2026, 12, 3));
            store.meetings().delete(LocalDate.of(2026, 12, 10));
            // a case stored without a date counts from its report date (05-01-2026) with the vault's interval
            store.cases().save(c("2026-006", Phase.INTAKE, false, null, null));
            new VaultPolicy(24, 24, 48).save(store.settings());
            OverviewViewModel vm = new OverviewViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY);
            vm.show(OverviewViewModel.compute(new Services(store), TODAY));
            assertThat(vm.nextProperty().get()).isNull();
            assertThat(vm.horizonProperty().get()).isEqualTo(TODAY.plusDays(14));
            assertThat(vm.dueSoon()).extracting(OverviewViewModel.DueSoon::caseNumber)
                    .containsExactly("2026-003", "2026-004", "2026-006"); // 05-01-2026 + 48 weeks = 07-12-2026
            vm.clear();
            assertThat(vm.overdue()).isEmpty();
            vm.show(OverviewViewModel.compute(new Services(store), TODAY)); // a late result after the lock is ignored
            assertThat(vm.overdue()).isEmpty();
        }
    }
}
