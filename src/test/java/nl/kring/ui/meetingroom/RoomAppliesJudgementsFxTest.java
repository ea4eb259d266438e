package nl.kring.ui.meetingroom;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.kring.pseudonym.NameWords;
import nl.kring.report.DemoMinutesWith;
import nl.kring.ui.minutes.ItemModel;
import nl.kring.ui.minutes.MinutesView;
import nl.kring.ui.minutes.MinutesViewModel;
import nl.kring.ui.minutes.SuspectRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a judgement made while the meeting room is open shows in the room at once, not at the next item. On the
 * demo's 2026-008, whose minutes hold "Piet Vlaskamp" and "tante Greet Smulders", with its kring checked in: "Piet
 * Vlaskamp" judged [persoon] in the room's notes, and the chair's view, the presentation and every "bekijk als" read
 * [persoon] while the room stays on the item; "Greet Smulders" judged the client's aunt in the minutes screen of the
 * main window, and the room reads {@code [tante van cliënt 2026-008]} at once, its notes no longer ask about her.
 */
@Tag("ui")
class RoomAppliesJudgementsFxTest extends DemoRoomFxTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aJudgementInTheNotesOrTheMinutesScreenShowsInEveryViewOfTheRoomWithoutMoving(FxRobot robot) throws Exception {
        context.executor().background(p -> {
            DemoMinutesWith.add(store, "2026-008"::equals, DemoMinutesWith.TYPED);
            return null;
        }).start().get();
        MeetingRoomWindow room = DemoVault.openRoom(robot, context);
        MeetingRoomViewModel vm = room.view().viewModel();
        MinutesViewModel notes = room.notes().viewModel();
        int item = vm.meetingProperty().get().items().stream().map(i -> i.caseNumber()).toList().indexOf("2026-008");
        robot.interact(() -> {
            DemoVault.kringPresent(vm, "2026-008");
            vm.go(item);
        });
        waitUntil(30, () -> !vm.busyProperty().get() && selected(notes).equals("2026-008") && !notes.busyProperty().get()
                && notes.pendingParagraphsProperty().get() == 0);
        AtomicReference<Map<String, String>> views = new AtomicReference<>();
        robot.interact(() -> views.set(DemoVault.roomTexts(vm)));
        assertThat(views.get()).containsKey("presentation");
        assertThat(views.get().get("presentation")).contains("Gisteren belde Piet Vlaskamp"); // not judged yet

        // judged [persoon] in the room's notes, beside the item
        robot.clickOn(personButton(robot, "Piet Vlaskamp"));
        waitUntil(15, () -> {
            robot.interact(() -> views.set(DemoVault.roomTexts(vm)));
            return views.get().getOrDefault("presentation", "").contains("Gisteren belde [persoon] opnieuw");
        });
        assertThat(vm.indexProperty().get()).isEqualTo(item); // without moving
        assertThat(views.get().get("chair")).contains("Gisteren belde [persoon] opnieuw");
        views.get().forEach((who, text) -> assertThat(NameWords.withoutInvisible(text)).as(who).doesNotContain("Vlaskamp"));

        // judged in the minutes screen of the main window (the room stays open on its item)
        robot.interact(() -> robot.lookup("#meeting-minutes").queryButton().fire());
        waitUntil(30, () -> robot.lookup("#minutes-view").tryQuery().map(n -> n.getScene() != null).orElse(false));
        MinutesViewModel minutes = robot.lookup("#minutes-view").queryAs(MinutesView.class).viewModel();
        waitUntil(30, () -> minutes.items().size() == 7 && minutes.pendingParagraphsProperty().get() == 0
                && !minutes.busyProperty().get() && minutes.names().suspects().stream()
                .anyMatch(s -> s.text().equals("Greet Smulders")));
        robot.interact(() -> minutes.names().confirmRelative(minutes.names().suspects().stream()
                .filter(s -> s.text().equals("Greet Smulders")).findFirst().orElseThrow(), "2026-008", "tante", false));
        waitUntil(15, () -> {
            robot.interact(() -> views.set(DemoVault.roomTexts(vm)));
            return views.get().getOrDefault("presentation", "").contains("zijn tante " + DemoMinutesWith.RELATIVE);
        });
        assertThat(vm.indexProperty().get()).isEqualTo(item);
        views.get().forEach((who, text) -> assertThat(NameWords.withoutInvisible(text)).as(who)
                .doesNotContain("Vlaskamp").doesNotContain("Smulders").doesNotContain("Greet"));
        // the room's notes read the judgement too: she is no longer asked about there
        waitUntil(15, () -> notes.names().suspects().stream().noneMatch(s -> s.text().equals("Greet Smulders"))
                && notes.names().judged().stream().anyMatch(r -> r.text().equals("Greet Smulders")));
    }

    /** The [persoon] button of a possible name in the room's notes. */
    private static Button personButton(FxRobot robot, String name) {
        ListView<SuspectRow> names = robot.lookup("#room-notes-suspects").queryListView();
        waitUntil(15, () -> names.getItems().stream().anyMatch(s -> s.text().equals(name)));
        robot.interact(() -> names.scrollTo(names.getItems().stream().filter(s -> s.text().equals(name))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#room-notes-suspects .suspect-person").queryAllAs(Button.class).stream()
                .filter(b -> b.getParent().getParent() instanceof VBox box
                        && box.getChildren().getFirst() instanceof Label l && l.getText().startsWith(name))
                .findFirst().orElseThrow();
    }

    private static String selected(MinutesViewModel vm) {
        ItemModel i = vm.selectedProperty().get();
        return i == null ? "" : i.caseNumber();
    }
}
