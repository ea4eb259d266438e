package nl.kring.ui.meetingroom;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.MinutesParagraph;
import nl.kring.pseudonym.NameWords;
import nl.kring.service.MeetingService;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the minutes keep a judged name as typed, so the meeting room must apply the chair's judgements itself.
 * The demo's 2026-008 holds "Piet Vlaskamp" (judged [persoon]) and "tante Greet Smulders" (judged a relative, not
 * added to the case); the chair's view, the presentation and "bekijk als" for every attendee read the markers and
 * never the typed names, also when a judgement is made while the room is open (the room reloads).
 */
class RoomJudgedNamesTest {
    static final String TYPED = "Gisteren belde Piet Vlaskamp opnieuw; zijn tante Greet Smulders past op de kinderen.";
    static final String RELATIVE = "[tante van cliënt 2026-008]";

    @TempDir
    Path dir;
    Store store;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void everyViewOfTheRoomReadsTheMarkersNotTheTypedNames() throws Exception {
        store = DemoVault.create(dir.resolve("vault"));
        MeetingService meetings = new MeetingService(store);
        List<MeetingService.ItemMinutes> edited = new ArrayList<>();
        for (AgendaItem i : store.meetings().find(MEETING).orElseThrow().items()) {
            List<MinutesParagraph> minutes = new ArrayList<>(i.minutes());
            if (i.caseNumber().equals("2026-008")) {
                minutes.add(MinutesParagraph.general(TYPED));
            }
            edited.add(new MeetingService.ItemMinutes(i.caseNumber(), minutes, i.decisions()));
        }
        meetings.saveMinutes(MEETING, edited);
        meetings.judgePossibleName(MEETING, "Piet Vlaskamp", SuspectDecisionRepository.Kind.PERSON, "[persoon]",
                "confirmed as person");

        MeetingRoomViewModel vm = onFx(() -> new MeetingRoomViewModel(new SameThreadExecutor(), new Services(store), MEETING));
        onFx(() -> {
            vm.load();
            var items = vm.meetingProperty().get().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseNumber().equals("2026-008")) {
                    vm.go(i);
                }
            }
            return null;
        });
        // judged while the room is open: the next reload (moving to an item, as the room does) knows it
        meetings.judgePossibleName(MEETING, "Greet Smulders", SuspectDecisionRepository.Kind.RELATIVE, RELATIVE,
                "confirmed as relative");
        onFx(() -> {
            vm.reload();
            return null;
        });

        Map<String, String> views = onFx(() -> {
            // the kring of 2026-008 checked in: the presentation shows the item
            var kring = vm.kring("2026-008");
            vm.checkIn().everyone().forEach(a -> vm.checkIn().setPresent(a.id(), kring.contains(a.partner())));
            Map<String, String> out = new LinkedHashMap<>();
            out.put("chair", String.join("\n", PoliceMarksOnChairScreensTest.texts(
                    new ItemViewPane(vm.chairViewProperty().get(), ItemViewPane.Mode.CHAIR, "de voorzitter"))));
            for (AttendeeRow a : vm.checkIn().everyone()) {
                vm.viewAs(a.id()).ifPresent(v -> out.put("bekijk als " + a.id(), String.join("\n",
                        PoliceMarksOnChairScreensTest.texts(new ItemViewPane(v.view(), ItemViewPane.Mode.ATTENDEE, "x")))));
            }
            if (vm.presentation().stateProperty().get() instanceof PresentationState.Showing s) {
                out.put("presentation", String.join("\n", PoliceMarksOnChairScreensTest.texts(
                        new ItemViewPane(s.view(), ItemViewPane.Mode.PRESENTATION, "x"))));
            } else {
                out.put("presentation not showing: " + vm.presentation().stateProperty().get(), "");
            }
            return out;
        });
        assertThat(views).containsKey("presentation").hasSizeGreaterThan(3);
        assertThat(views.get("chair")).contains("Gisteren belde [persoon] opnieuw; zijn tante " + RELATIVE);
        views.forEach((who, text) -> assertThat(NameWords.withoutInvisible(text)).as(who)
                .doesNotContain("Vlaskamp").doesNotContain("Smulders").doesNotContain("Greet"));
        // the views that read the paragraph at all read it with the marker
        assertThat(views.values().stream().filter(t -> t.contains("Gisteren belde")))
                .hasSizeGreaterThan(1).allSatisfy(t -> assertThat(t).contains("Gisteren belde [persoon] opnieuw"));
        // the vault keeps what was typed
        assertThat(store.meetings().find(MEETING).orElseThrow().items().stream()
                .filter(i -> i.caseNumber().equals("2026-008")).flatMap(i -> i.minutes().stream())
                .map(MinutesParagraph::text)).contains(TYPED);
    }
}
