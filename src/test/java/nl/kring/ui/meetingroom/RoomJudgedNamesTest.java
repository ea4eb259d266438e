package nl.kring.ui.meetingroom;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.kring.domain.MinutesParagraph;
import nl.kring.pseudonym.NameWords;
import nl.kring.report.DemoMinutesWith;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the minutes keep a judged name as typed, so the meeting room must apply the chair's judgements itself.
 * The demo's 2026-008 holds "Piet Vlaskamp" (judged [persoon]) and "tante Greet Smulders" (judged a relative, not
 * added to the case); the chair's view, the presentation and "bekijk als" for every attendee read the markers and
 * never the typed names, also when a judgement is made while the room is open (the room reloads; the window does so
 * at once when a judgement is stored: {@link RoomAppliesJudgementsFxTest}).
 */
class RoomJudgedNamesTest extends MeetingRoomFixture {
    static final String TYPED = DemoMinutesWith.TYPED;
    static final String RELATIVE = DemoMinutesWith.RELATIVE;

    @Test
    void everyViewOfTheRoomReadsTheMarkersNotTheTypedNames() throws Exception {
        DemoMinutesWith.add(store, "2026-008"::equals, TYPED);
        DemoMinutesWith.judgePiet(store);
        load();
        goTo("2026-008");
        // judged while the room is open: the next reload knows it
        DemoMinutesWith.judgeGreet(store);
        onFx(() -> {
            vm.reload();
            DemoVault.kringPresent(vm, "2026-008"); // the presentation shows the item
            return null;
        });

        Map<String, String> views = onFx(() -> DemoVault.roomTexts(vm));
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
