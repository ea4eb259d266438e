package nl.kring.ui.meetingroom;

import nl.kring.domain.CaseView;
import nl.kring.domain.DomainView;
import nl.kring.domain.ItemView;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Part;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The meeting room's loading, items, the chair's view and "bekijk als" on a real demo vault. */
class MeetingRoomViewModelTest extends MeetingRoomFixture {
    @Test
    void loadsTheMeetingAtItsFirstItemWithTheInvitedAttendeesAndWhoIsPresent() throws Exception {
        load();
        assertThat(vm.currentCaseNumber()).isEqualTo("2026-001");
        assertThat(vm.checkIn().presentIds()).containsExactly("a-1", "a-10", "a-11", "a-13", "a-2", "a-3", "a-4", "a-5", "a-6",
                "a-7", "a-8", "a-9");
        // every partner of the agenda's krings is invited; mo-onderdak (a-12) has no item on this agenda
        assertThat(vm.checkIn().attendees()).extracting(AttendeeRow::id).doesNotContain("a-12").contains("a-3", "a-13");
        assertThat(vm.checkIn().row("a-3").orElseThrow().scheduleProperty().get()).isNotBlank();
        // the chair's own view: everything
        assertThat(vm.chairViewProperty().get()).isInstanceOfSatisfying(CaseView.class,
                v -> assertThat(v.identity().bsn().isShown()).isTrue());
    }

    @Test
    void bekijkAlsForAWoningcorporatieShowsHousingButNotMentalHealth() throws Exception {
        load();
        goTo("2026-003");
        ItemView view = vm.viewAs("a-3").orElseThrow().view();
        assertThat(view).isInstanceOfSatisfying(CaseView.class, v -> {
            assertThat(v.domain(LifeDomain.HUISVESTING)).isInstanceOfSatisfying(DomainView.Full.class,
                    f -> assertThat(f.note().shownValue().orElseThrow()).contains(DemoVault.HOUSING_NOTE));
            assertThat(v.domain(LifeDomain.GEESTELIJK_FUNCTIONEREN)).isInstanceOf(DomainView.Hidden.class);
            assertThat(v.minutes()).filteredOn(Part::isShown).extracting(p -> p.shownValue().orElseThrow().text())
                    .noneMatch(t -> t.contains(DemoVault.MENTAL_PARAGRAPH));
            assertThat(v.identity().bsn().isHidden()).isTrue();
        });
        // someone whose partner is not in the kring sees nothing at all
        goTo("2026-006");
        assertThat(vm.viewAs("a-3").orElseThrow().view()).isInstanceOf(ItemView.Withheld.class);
    }

    @Test
    void aMatrixChangeAppliesWhenTheMeetingRoomOpens() throws Exception {
        store.matrix().set(Role.WONINGCORPORATIE, LifeDomain.GEESTELIJK_FUNCTIONEREN, Visibility.VOLLEDIG);
        load();
        goTo("2026-003");
        assertThat(vm.viewAs("a-3").orElseThrow().view()).isInstanceOfSatisfying(CaseView.class,
                v -> assertThat(v.domain(LifeDomain.GEESTELIJK_FUNCTIONEREN)).isInstanceOf(DomainView.Full.class));
    }

    @Test
    void navigationStaysWithinTheAgenda() throws Exception {
        load();
        onFx(() -> {
            vm.previous();
            return null;
        });
        assertThat(vm.indexProperty().get()).isZero();
        int last = vm.meetingProperty().get().items().size() - 1;
        onFx(() -> {
            for (int i = 0; i < 10; i++) {
                vm.next();
            }
            return null;
        });
        assertThat(vm.indexProperty().get()).isEqualTo(last);
        assertThat(List.of(vm.currentCaseNumber())).containsExactly("2026-002");
    }
}
