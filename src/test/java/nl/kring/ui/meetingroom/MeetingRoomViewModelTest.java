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

/** The meeting room's logic on a real demo vault, without a stage. */
class MeetingRoomViewModelTest {
    @TempDir
    Path dir;
    Store store;
    MeetingRoomViewModel vm;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @BeforeEach
    void open() throws Exception {
        store = DemoVault.create(dir.resolve("vault"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private void load() throws Exception {
        vm = onFx(() -> new MeetingRoomViewModel(new SameThreadExecutor(), new Services(store), MEETING));
        onFx(() -> {
            vm.load();
            return null;
        });
        assertThat(vm.loadedProperty().get() && !vm.busyProperty().get()).isTrue();
    }

    /** Only these attendees checked in. */
    private void present(String... ids) throws Exception {
        Set<String> in = Set.of(ids);
        onFx(() -> {
            vm.everyone().forEach(r -> r.presentProperty().set(in.contains(r.id())));
            return null;
        });
    }

    private void goTo(String caseNumber) throws Exception {
        onFx(() -> {
            var items = vm.meetingProperty().get().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseNumber().equals(caseNumber)) {
                    vm.go(i);
                }
            }
            return null;
        });
        assertThat(vm.currentCaseNumber()).isEqualTo(caseNumber);
    }

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

    // ---- issue 15: proposed disclosure notes after an item without consent, and after an override

    private List<String> attendeesOf(Collection<String> partnerIds, boolean in) {
        return vm.everyone().stream().filter(r -> partnerIds.contains(r.partner().id()) == in).map(AttendeeRow::id)
                .toList();
    }

    @Test
    void movingOnFromAnItemWithoutConsentProposesNotesThatOnlyTheChairRecords() throws Exception {
        load();
        List<String> kring = store.cases().find("2026-010").orElseThrow().kring(); // consent refused
        present(attendeesOf(kring, true).toArray(String[]::new));
        goTo("2026-010");
        int before = store.disclosures().forCase("2026-010").size();
        assertThat(vm.notes().proposals()).isEmpty(); // nothing until the chair moves on
        goTo("2026-001");
        List<ProposalRow> ps = List.copyOf(vm.notes().proposals());
        assertThat(ps).isNotEmpty().allSatisfy(r -> {
            assertThat(r.caseNumber()).isEqualTo("2026-010");
            assertThat(kring).contains(r.proposal().recipient());
            assertThat(r.override()).isFalse();
            assertThat(r.whyProperty().get()).isNotBlank(); // the case's evident belang
        });
        // one per recipient and category: every present kring partner, identity among the categories
        assertThat(ps).extracting(r -> r.proposal().recipient()).containsAll(kring);
        assertThat(ps).extracting(ProposalRow::categoryLabel).contains("Identiteitsgegevens");
        assertThat(ps.stream().map(r -> r.proposal().recipient() + r.categoryLabel()).distinct()).hasSize(ps.size());
        assertThat(store.disclosures().forCase("2026-010")).hasSize(before); // nothing written yet

        // an emptied reason is refused in Dutch, and nothing is written
        ProposalRow first = ps.getFirst();
        String why = first.whyProperty().get();
        onFx(() -> {
            first.whyProperty().set(" ");
            return null;
        });
        assertThat(onFx(() -> vm.notes().confirm(first))).hasValueSatisfying(m -> assertThat(m).contains("niet compleet"));
        onFx(() -> {
            first.whyProperty().set(why + " (besproken)");
            return null;
        });
        assertThat(onFx(() -> vm.notes().confirm(first))).isEmpty();
        ProposalRow second = ps.get(1);
        onFx(() -> {
            vm.notes().drop(second);
            return null;
        });
        var notes = store.disclosures().forCase("2026-010");
        assertThat(notes).hasSize(before + 1);
        var recorded = notes.getLast().disclosure();
        assertThat(recorded.to()).containsExactly(first.proposal().recipient());
        assertThat(recorded.why()).endsWith("(besproken)");
        assertThat(recorded.date()).isEqualTo(MEETING);
        assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("DISCLOSURE")).last()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("2026-010"));
        assertThat(vm.notes().proposals()).doesNotContain(first, second).hasSize(ps.size() - 2);

        // back to the item and away again: what was recorded or dropped is not proposed again
        goTo("2026-010");
        goTo("2026-001");
        assertThat(vm.notes().proposals()).hasSize(ps.size() - 2);
        assertThat(store.audit().verify()).isEmpty();
    }

    @Test
    void anOverrideThatShowsAnItemToAnOutsiderIsProposedAsANoteForThatOutsider() throws Exception {
        load();
        List<String> kring = store.cases().find("2026-010").orElseThrow().kring();
        List<String> in = attendeesOf(kring, true);
        String outsider = attendeesOf(kring, false).getFirst();
        List<String> room = new ArrayList<>(in);
        room.add(outsider);
        present(room.toArray(String[]::new));
        goTo("2026-010");
        assertThat(onFx(() -> vm.override("vervangt de wijkcoördinator vandaag"))).isEmpty();
        onFx(() -> {
            vm.finishItem();
            return null;
        });
        String outsiderPartner = vm.row(outsider).orElseThrow().partner().id();
        assertThat(vm.notes().proposals()).filteredOn(ProposalRow::override).isNotEmpty().allSatisfy(r -> {
            assertThat(r.proposal().recipient()).isEqualTo(outsiderPartner);
            assertThat(r.whyProperty().get()).isEqualTo("vervangt de wijkcoördinator vandaag");
        });
        // name and address are not shown with an outsider in the room
        assertThat(vm.notes().proposals()).noneMatch(r -> r.categoryLabel().equals("Identiteitsgegevens"));
    }
}
