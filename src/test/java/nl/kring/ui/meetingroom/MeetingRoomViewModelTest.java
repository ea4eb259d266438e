package nl.kring.ui.meetingroom;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseView;
import nl.kring.domain.DomainView;
import nl.kring.domain.HiddenReason;
import nl.kring.domain.ItemView;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Part;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.Services;
import nl.kring.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/** The meeting room's items, check-ins, presentation, override and "bekijk als" on a real demo vault. */
class MeetingRoomViewModelTest extends MeetingRoomFixture {
    @Test
    void loadsTheMeetingAtItsFirstItemWithTheInvitedAttendeesAndWhoIsPresent() throws Exception {
        load();
        assertThat(vm.currentCaseNumber()).isEqualTo("2026-001");
        assertThat(vm.presentIds()).containsExactly("a-1", "a-10", "a-11", "a-13", "a-2", "a-3", "a-4", "a-5", "a-6",
                "a-7", "a-8", "a-9");
        // every partner of the agenda's krings is invited; mo-onderdak (a-12) has no item on this agenda
        assertThat(vm.attendees()).extracting(AttendeeRow::id).doesNotContain("a-12").contains("a-3", "a-13");
        assertThat(vm.row("a-3").orElseThrow().scheduleProperty().get()).isNotBlank();
        // the chair's own view: everything
        assertThat(vm.chairViewProperty().get()).isInstanceOfSatisfying(CaseView.class,
                v -> assertThat(v.identity().bsn().isShown()).isTrue());
    }

    @Test
    void someoneOutsideTheKringIsNamedAndThePresentationWaitsUntilTheyLeave() throws Exception {
        load();
        onFx(() -> {
            vm.presentationOpenProperty().set(true);
            return null;
        });
        present("a-1", "a-6");
        goTo("2026-006"); // kring: ggd-vangnet, ha-linde, gem-wmo
        assertThat(vm.presentationProperty().get()).isInstanceOf(PresentationState.Showing.class);
        assertThat(vm.outsiders()).isEmpty();

        present("a-1", "a-6", "a-3");
        assertThat(vm.outsiders()).extracting(AttendeeRow::id).containsExactly("a-3");
        assertThat(vm.outsiderWarning(vm.outsiders().getFirst()))
                .isEqualTo("R. Kok (Woonstichting Het Dak) hoort niet bij de kring van 2026-006");
        assertThat(vm.presentationProperty().get())
                .isEqualTo(new PresentationState.Waiting(HiddenReason.OUTSIDER_PRESENT));

        onFx(() -> {
            vm.checkOut("a-3");
            return null;
        });
        assertThat(vm.outsiders()).isEmpty();
        assertThat(vm.presentationProperty().get()).isInstanceOfSatisfying(PresentationState.Showing.class,
                s -> assertThat(s.view().caseNumber()).isEqualTo("2026-006"));

        // the check-ins are stored with the meeting, and audited by attendee id
        assertThat(store.meetings().find(MEETING).orElseThrow().present()).containsExactly("a-1", "a-6");
        assertThat(DemoVault.entries(store, AuditLog.Action.MEETING_CHANGED)).extracting(AuditLog.Entry::detail)
                .contains("check-in a-3 (woco-dak)", "check-out a-3 (woco-dak)");
    }

    @Test
    void theWarningNamesEveryoneOutsideTheKringPerPartner() throws Exception {
        load(); // the demo has twelve people in, at 2026-001
        var groups = vm.outsidersByPartner();
        assertThat(groups.keySet()).extracting(Partner::id)
                .containsExactlyInAnyOrder("ggz-stroomland", "politie-oost", "gem-wmo", "tz-zonnedauw");
        var police = groups.entrySet().stream().filter(e -> e.getKey().id().equals("politie-oost")).findFirst()
                .orElseThrow().getValue();
        assertThat(vm.outsiderWarning(police))
                .isEqualTo("H. Dijkstra en N. Verbeek (Politie basisteam Rivierstad-Oost) horen niet bij de kring van 2026-001");
    }

    @Test
    void nobodyCheckedInShowsNothing() throws Exception {
        load();
        present();
        assertThat(vm.presentationProperty().get()).isEqualTo(new PresentationState.Waiting(HiddenReason.NOBODY_PRESENT));
    }

    @Test
    void eachShowingInAnOpenPresentationIsAuditedOnce() throws Exception {
        load();
        present("a-1", "a-6", "a-10");
        goTo("2026-006");
        assertThat(DemoVault.entries(store, AuditLog.Action.CASE_VIEWED_IN_PRESENTATION)).isEmpty(); // window closed

        onFx(() -> {
            vm.presentationOpenProperty().set(true);
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
            vm.toggleBlank();
            vm.toggleBlank();
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
        assertThat(vm.presentationProperty().get()).isInstanceOf(PresentationState.Waiting.class);

        assertThat(onFx(() -> vm.override("  "))).hasValueSatisfying(m -> assertThat(m).startsWith("Geef een reden"));
        assertThat(vm.overridden()).isFalse();
        assertThat(DemoVault.entries(store, AuditLog.Action.OVERRIDE)).isEmpty();

        assertThat(onFx(() -> vm.override("R. Kok helpt Sanne Meijer met de verhuizing"))).isEmpty();
        assertThat(vm.overridden()).isTrue();
        assertThat(vm.presentationProperty().get()).isInstanceOfSatisfying(PresentationState.Showing.class, s -> {
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
        assertThat(vm.overridden()).isFalse();
        assertThat(vm.presentationProperty().get()).isInstanceOf(PresentationState.Waiting.class);
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
