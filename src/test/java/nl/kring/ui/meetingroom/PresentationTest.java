package nl.kring.ui.meetingroom;

import nl.kring.audit.AuditLog;
import nl.kring.domain.HiddenReason;
import org.junit.jupiter.api.Test;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** What the presentation window shows to those checked in, each showing audited once, and the chair's override. */
class PresentationTest extends MeetingRoomFixture {
    @Test
    void nobodyCheckedInShowsNothing() throws Exception {
        load();
        present();
        assertThat(vm.presentation().stateProperty().get()).isEqualTo(new PresentationState.Waiting(HiddenReason.NOBODY_PRESENT));
    }

    @Test
    void eachShowingInAnOpenPresentationIsAuditedOnce() throws Exception {
        load();
        present("a-1", "a-6", "a-10");
        goTo("2026-006");
        assertThat(DemoVault.entries(store, AuditLog.Action.CASE_VIEWED_IN_PRESENTATION)).isEmpty(); // window closed

        onFx(() -> {
            vm.presentation().openProperty().set(true);
            return null;
        });
        onFx(() -> {
            vm.reload(); // the same item again, e.g. after minutes were written: not a new showing
            return null;
        });
        var entries = DemoVault.entries(store, AuditLog.Action.CASE_VIEWED_IN_PRESENTATION);
        assertThat(entries).hasSize(1);
        AuditLog.Entry e = entries.getFirst();
        assertThat(e.subject()).isEqualTo("2026-006");
        assertThat(e.detail()).startsWith("present=a-1,a-10,a-6 case=2026-006 audience=PRESENTATION")
                .doesNotContain("Meijer", "Sanne", "Kastanjelaan");

        // blank and back: shown again; away and back: shown again
        onFx(() -> {
            vm.presentation().toggleBlank();
            vm.presentation().toggleBlank();
            return null;
        });
        goTo("2026-002");
        goTo("2026-006");
        assertThat(DemoVault.entries(store, AuditLog.Action.CASE_VIEWED_IN_PRESENTATION))
                .extracting(AuditLog.Entry::subject).containsExactly("2026-006", "2026-006", "2026-002", "2026-006");
    }

    @Test
    void anOverrideNeedsAReasonAndIsAuditedWithTheAttendeesAndTheCaseNumber() throws Exception {
        load();
        present("a-1", "a-6", "a-3");
        goTo("2026-006");
        assertThat(vm.presentation().stateProperty().get()).isInstanceOf(PresentationState.Waiting.class);

        assertThat(onFx(() -> vm.override("  "))).hasValueSatisfying(m -> assertThat(m).startsWith("Geef een reden"));
        assertThat(vm.presentation().overridden()).isFalse();
        assertThat(DemoVault.entries(store, AuditLog.Action.OVERRIDE)).isEmpty();

        assertThat(onFx(() -> vm.override("R. Kok helpt Sanne Meijer met de verhuizing"))).isEmpty();
        assertThat(vm.presentation().overridden()).isTrue();
        assertThat(vm.presentation().stateProperty().get()).isInstanceOfSatisfying(PresentationState.Showing.class, s -> {
            assertThat(s.outsidersAdmitted()).isTrue();
            // with an outsider admitted: no name, no kring-only paragraphs, no decisions
            assertThat(s.view().identity().name().isHidden()).isTrue();
            assertThat(s.view().decisions().isHidden()).isTrue();
        });
        var overrides = DemoVault.entries(store, AuditLog.Action.OVERRIDE);
        assertThat(overrides).hasSize(1);
        assertThat(overrides.getFirst().subject()).isEqualTo("2026-006");
        assertThat(overrides.getFirst().detail()).contains("outsiders=a-3(woco-dak)", "present=a-1,a-3,a-6", "reason=")
                .contains("2026-006").doesNotContain("Meijer");

        // a second outsider is not covered by the first override
        present("a-1", "a-6", "a-3", "a-4");
        assertThat(vm.presentation().overridden()).isFalse();
        assertThat(vm.presentation().stateProperty().get()).isInstanceOf(PresentationState.Waiting.class);
    }
}
