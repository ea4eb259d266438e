package nl.kring.ui.meetings;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.vault.Vault;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static nl.kring.ui.meetings.MeetingsViewModelTest.CLOSED;
import static nl.kring.ui.meetings.MeetingsViewModelTest.EVIDENT;
import static nl.kring.ui.meetings.MeetingsViewModelTest.NO_FOOTING;
import static nl.kring.ui.meetings.MeetingsViewModelTest.WITH_CONSENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, preparing faster: several cases onto the agenda at once, an item dragged to its place, and the next
 * meeting of a recurring overleg proposed on the same weekday, place and time with the last meeting's open items.
 */
class PreparingFasterTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate LAST = LocalDate.of(2026, 11, 26); // a Thursday
    static final LocalDate NEXT = LocalDate.of(2026, 12, 3);

    MeetingsViewModel vm = new MeetingsViewModel(new SameThreadExecutor(), null, () -> TODAY);

    @Test
    void severalCasesGoOnTheAgendaAtOnceAndThoseWithoutFootingAreNamed() {
        vm.setData(List.of(NEXT), List.of(WITH_CONSENT, EVIDENT, NO_FOOTING, CLOSED));
        vm.show(new Meeting(NEXT, "GGD, zaal 2", LocalTime.of(9, 30), List.of(), List.of()));

        List<String> refused = vm.addCases(List.of(EVIDENT, NO_FOOTING, WITH_CONSENT));

        assertThat(vm.items()).extracting(AgendaRow::caseNumber).containsExactly("2026-002", "2026-001");
        assertThat(refused).singleElement().satisfies(m -> assertThat(m).startsWith("Casus 2026-003 kan niet op de agenda"));
        assertThat(vm.refusalProperty().get()).startsWith("Casus 2026-003 kan niet op de agenda");
        assertThat(vm.candidates()).extracting(CaseFile::number).containsExactly("2026-003");
        assertThat(vm.items()).extracting(r -> r.startProperty().get()).containsExactly("09:30", "09:40");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void aDraggedItemTakesThePlaceItIsDroppedOnAndTheTimesFollow() {
        vm.setData(List.of(NEXT), List.of(WITH_CONSENT, EVIDENT, CLOSED));
        vm.show(new Meeting(NEXT, null, LocalTime.of(9, 0), List.of(), List.of(
                new AgendaItem("2026-001", 20, List.of(), List.of(), List.of()),
                new AgendaItem("2026-002", 10, List.of(), List.of(), List.of()),
                new AgendaItem("2025-090", 15, List.of(), List.of(), List.of()))));
        AgendaRow last = vm.items().get(2);

        assertThat(vm.moveTo(last, 0)).isZero();
        assertThat(vm.items()).extracting(AgendaRow::caseNumber).containsExactly("2025-090", "2026-001", "2026-002");
        assertThat(vm.items()).extracting(r -> r.startProperty().get()).containsExactly("09:00", "09:15", "09:35");
        // beyond the end: the last place; onto itself: nothing moves
        assertThat(vm.moveTo(last, 99)).isEqualTo(2);
        assertThat(vm.items()).extracting(AgendaRow::caseNumber).containsExactly("2026-001", "2026-002", "2025-090");
        assertThat(vm.moveTo(last, 2)).isEqualTo(2);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void theNextMeetingFollowsTheLastOneWithTheOpenItemsTheChairKeeps(@TempDir Path dir) throws Exception {
        CaseFile closedSinceThen = TestVaults.caseFile("2026-004", TestVaults.client("Piet", null, null, "Smit", List.of()),
                Phase.AFGESLOTEN, true, null, List.of("ggd"));
        try (var session = Vault.create(dir.resolve("v"), TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
            for (CaseFile c : List.of(WITH_CONSENT, EVIDENT, NO_FOOTING, closedSinceThen)) {
                store.cases().save(c);
            }
            store.meetings().save(new Meeting(LAST, "Stadskantoor, zaal 4", LocalTime.of(13, 30), List.of(), List.of(
                    new AgendaItem("2026-002", 25, List.of(new MinutesParagraph(null, "Besproken.")), List.of(), List.of()),
                    new AgendaItem("2026-004", 10, List.of(), List.of(), List.of()),
                    new AgendaItem("2026-001", 15, List.of(), List.of(), List.of()),
                    new AgendaItem("2026-003", 10, List.of(), List.of(), List.of()))));
            MeetingsViewModel prepare = new MeetingsViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY);
            prepare.refresh(null);

            // a week later, the same weekday, place and time
            assertThat(prepare.proposedDate()).isEqualTo(NEXT);
            assertThat(prepare.proposedLocation()).isEqualTo("Stadskantoor, zaal 4");
            assertThat(prepare.proposedStart()).isEqualTo("13:30");
            assertThat(prepare.previousDate()).isEqualTo(LAST);
            // the open items of the last meeting, in its order; the case closed since then is not offered
            assertThat(prepare.carryOverCandidates()).extracting(CaseFile::number)
                    .containsExactly("2026-002", "2026-001", "2026-003");

            // the chair leaves 2026-001 out; 2026-003 has no footing on the new date and stays off, named
            prepare.create("03-12-2026", "Stadskantoor, zaal 4", "13:30", List.of("2026-002", "2026-003"));

            Meeting next = store.meetings().find(NEXT).orElseThrow();
            assertThat(next.location()).isEqualTo("Stadskantoor, zaal 4");
            assertThat(next.start()).isEqualTo(LocalTime.of(13, 30));
            assertThat(next.items()).extracting(AgendaItem::caseNumber, AgendaItem::durationMinutes)
                    .containsExactly(Tuple.tuple("2026-002", 25));
            assertThat(next.items().getFirst().minutes()).isEmpty(); // a new item, not the old minutes
            assertThat(prepare.messageProperty().get()).contains("1 punt(en) overgenomen").contains("2026-003");
            assertThat(prepare.currentProperty().get()).isEqualTo(NEXT);
            assertThat(prepare.items()).extracting(AgendaRow::caseNumber).containsExactly("2026-002");
        }
    }

    @Test
    void withoutAnEarlierMeetingNothingIsCarriedAndTheDefaultTimeIsProposed() {
        vm.setData(List.of(), List.of(WITH_CONSENT));
        assertThat(vm.carryOverCandidates()).isEmpty();
        assertThat(vm.previousDate()).isNull();
        assertThat(vm.proposedStart()).isEqualTo("09:00");
        assertThat(vm.proposedDate()).isEqualTo(TODAY);
    }
}
