package nl.kring.ui.meetingroom;

import nl.kring.audit.AuditLog;
import nl.kring.domain.HiddenReason;
import nl.kring.domain.Partner;
import org.junit.jupiter.api.Test;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/** Who is checked in, stored and audited by id, and who of them is outside the kring of the item: on a real demo vault. */
class CheckInTest extends MeetingRoomFixture {
    @Test
    void someoneOutsideTheKringIsNamedAndThePresentationWaitsUntilTheyLeave() throws Exception {
        load();
        onFx(() -> {
            vm.presentation().openProperty().set(true);
            return null;
        });
        present("a-1", "a-6");
        goTo("2026-006"); // kring: ggd-vangnet, ha-linde, gem-wmo
        assertThat(vm.presentation().stateProperty().get()).isInstanceOf(PresentationState.Showing.class);
        assertThat(vm.checkIn().outsiders()).isEmpty();

        present("a-1", "a-6", "a-3");
        assertThat(vm.checkIn().outsiders()).extracting(AttendeeRow::id).containsExactly("a-3");
        assertThat(vm.checkIn().outsiderWarning(vm.checkIn().outsiders().getFirst()))
                .isEqualTo("R. Kok (Woonstichting Het Dak) hoort niet bij de kring van 2026-006");
        assertThat(vm.presentation().stateProperty().get())
                .isEqualTo(new PresentationState.Waiting(HiddenReason.OUTSIDER_PRESENT));

        onFx(() -> {
            vm.checkIn().checkOut("a-3");
            return null;
        });
        assertThat(vm.checkIn().outsiders()).isEmpty();
        assertThat(vm.presentation().stateProperty().get()).isInstanceOfSatisfying(PresentationState.Showing.class,
                s -> assertThat(s.view().caseNumber()).isEqualTo("2026-006"));

        // the check-ins are stored with the meeting, and audited by attendee id
        assertThat(store.meetings().find(MEETING).orElseThrow().present()).containsExactly("a-1", "a-6");
        assertThat(DemoVault.entries(store, AuditLog.Action.MEETING_CHANGED)).extracting(AuditLog.Entry::detail)
                .contains("check-in a-3 (woco-dak)", "check-out a-3 (woco-dak)");
    }

    @Test
    void theWarningNamesEveryoneOutsideTheKringPerPartner() throws Exception {
        load(); // the demo has twelve people in, at 2026-001
        var groups = vm.checkIn().outsidersByPartner();
        assertThat(groups.keySet()).extracting(Partner::id)
                .containsExactlyInAnyOrder("ggz-stroomland", "politie-oost", "gem-wmo", "tz-zonnedauw");
        var police = groups.entrySet().stream().filter(e -> e.getKey().id().equals("politie-oost")).findFirst()
                .orElseThrow().getValue();
        assertThat(vm.checkIn().outsiderWarning(police))
                .isEqualTo("H. Dijkstra en N. Verbeek (Politie basisteam Rivierstad-Oost) horen niet bij de kring van 2026-001");
    }
}
