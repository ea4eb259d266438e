package nl.kring.ui.meetingroom;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import java.util.List;
import javafx.scene.layout.VBox;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import nl.kring.domain.MinutesParagraph;
import nl.kring.ui.minutes.ItemModel;
import nl.kring.ui.minutes.MinutesView;
import nl.kring.ui.minutes.MinutesViewModel;
import nl.kring.ui.minutes.RoomNotes;
import nl.kring.ui.minutes.SuspectRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the chair takes the minutes in the meeting-room window, beside the item under discussion, with the same
 * live recognition and judging as the minutes screen; closing the room saves them, and the minutes screen shows the
 * same text, the names replaced by markers outside the paragraph being edited.
 */
@Tag("ui")
class RoomNotesFxTest extends DemoRoomFxTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    static final String TYPED = "Mevrouw Ozdemir sprak met Henk Verweij over de huur.";

    @Test
    void notesTypedInTheRoomAreTheMinutesOfThatItem(FxRobot robot) {
        MeetingRoomWindow room = DemoVault.openRoom(robot, context);
        MeetingRoomViewModel roomVm = room.view().viewModel();
        RoomNotes notes = room.notes();
        MinutesViewModel notesVm = notes.viewModel();
        waitUntil(30, () -> roomVm.loadedProperty().get() && notesVm.items().size() == 7 && !notesVm.busyProperty().get());
        // the notes beside the item follow the item under discussion
        waitUntil(10, () -> selected(notesVm).equals("2026-001"));
        robot.interact(() -> roomVm.go(1));
        waitUntil(10, () -> selected(notesVm).equals("2026-003"));
        assertThat(robot.lookup("#room-notes-item").queryAs(Label.class).getText()).isEqualTo("Casus 2026-003");
        int before = notesVm.selectedProperty().get().paragraphs().size();

        robot.interact(() -> room.stage().requestFocus());
        robot.clickOn("#room-notes-add");
        waitUntil(10, () -> notesVm.selectedProperty().get().paragraphs().size() == before + 1);
        StyleClassedTextArea area = robot.lookup("#paragraph-2026-003-" + before).queryAs(StyleClassedTextArea.class);
        waitUntil(10, area::isFocused);
        robot.write(TYPED);
        waitUntil(10, () -> TYPED.equals(area.getText()));
        // typed letters stay letters: "b" in the notes does not blank the presentation
        assertThat(roomVm.presentation().blankedProperty().get()).isFalse();
        // recognised as in the minutes screen: the client's name marked, the unknown name offered for judging
        waitUntil(20, () -> notesVm.pendingParagraphsProperty().get() == 0
                && notesVm.names().suspects().stream().anyMatch(s -> s.text().equals("Henk Verweij")));
        assertThat(area.getStyleOfChar(TYPED.indexOf("Ozdemir"))).anyMatch(s -> s.startsWith("mark"));
        // beside the item: only the possible names of this item
        ListView<SuspectRow> names = robot.lookup("#room-notes-suspects").queryListView();
        waitUntil(10, () -> names.getItems().stream().anyMatch(s -> s.text().equals("Henk Verweij")));
        assertThat(names.getItems()).allMatch(s -> s.caseNumber().equals("2026-003"));
        robot.interact(() -> names.scrollTo(names.getItems().stream().filter(s -> s.text().equals("Henk Verweij"))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Button person = robot.lookup("#room-notes-suspects .suspect-person").queryAllAs(Button.class).stream()
                .filter(b -> b.getParent().getParent() instanceof VBox box
                        && box.getChildren().getFirst() instanceof Label l && l.getText().startsWith("Henk Verweij"))
                .findFirst().orElseThrow();
        robot.clickOn(person);
        // judged [persoon]: the notes keep what was typed (issue 13), the name is marked as judged
        String judged = TYPED;
        waitUntil(10, () -> notesVm.names().decisions().containsKey("Henk Verweij")
                && area.getStyleOfChar(TYPED.indexOf("Henk Verweij")).contains("mark-judged"));
        assertThat(area.getText()).isEqualTo(TYPED);

        // closing the room saves the notes through the meeting service
        robot.interact(room::close);
        waitUntil(30, () -> !notesVm.dirtyProperty().get() && !notesVm.busyProperty().get());
        AtomicReference<List<MinutesParagraph>> stored = new AtomicReference<>();
        waitUntil(30, () -> {
            stored.set(context.executor().background(p -> store.meetings().find(MEETING).orElseThrow().items().get(1).minutes())
                    .start().get());
            return stored.get().stream().anyMatch(p -> p.text().equals(judged));
        });

        // the minutes screen shows the same text; with names hidden, the client's name is a marker
        robot.clickOn("#meeting-minutes");
        waitUntil(30, () -> robot.lookup("#minutes-view").tryQuery().map(n -> n.getScene() != null).orElse(false));
        MinutesViewModel minutes = robot.lookup("#minutes-view").queryAs(MinutesView.class).viewModel();
        waitUntil(30, () -> minutes.items().size() == 7 && minutes.pendingParagraphsProperty().get() == 0
                && !minutes.busyProperty().get());
        ItemModel item = minutes.items().get(1);
        robot.interact(() -> minutes.selectedProperty().set(item));
        assertThat(item.paragraphs().getLast().text()).isEqualTo(judged);
        StyleClassedTextArea again = robot.lookup("#paragraph-2026-003-" + before).queryAs(StyleClassedTextArea.class);
        assertThat(again.getText()).isEqualTo(judged);
        robot.clickOn("#minutes-show-names");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(10, () -> robot.lookup(".preview-marker").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("[cliënt 2026-003]") && l.isVisible()));
        // the preview is the output: the judged name reads [persoon]
        assertThat(robot.lookup(".preview-marker").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().equals("[persoon]") && l.isVisible());
        assertThat(minutes.names().suspects()).noneMatch(s -> s.text().equals("Henk Verweij"));
    }

    private static String selected(MinutesViewModel vm) {
        ItemModel i = vm.selectedProperty().get();
        return i == null ? "" : i.caseNumber();
    }
}
