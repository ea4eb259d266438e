package nl.kring.ui.minutes;

import org.junit.jupiter.api.Tag;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.TestVaults;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judging a possible name and taking it back with undo: the name is open again (list, counter, export blocked, and
 * in the vault), and a dismissed word loses its underline.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UndoJudgedNameFxTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    static final String NAME = "Henk Verweij";
    static final String OTHER = "Truus Bakelaar";

    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        var ctx = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), true);
        ctx.unlocked(store);
        stage.show();
    }

    @Test
    void undoAfterJudgingANameOpensItAgainAndADismissedWordLosesItsUnderline(FxRobot robot) throws Exception {
        robot.clickOn("#nav-meetings");
        ListView<LocalDate> meetings = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> meetings.getItems().contains(MEETING));
        robot.interact(() -> meetings.getSelectionModel().select(MEETING));
        waitUntil(30, () -> !robot.lookup("#meeting-minutes").queryButton().isDisabled());
        robot.clickOn("#meeting-minutes");
        waitUntil(30, () -> robot.lookup("#minutes-view").tryQuery().map(n -> n.getScene() != null).orElse(false));
        MinutesViewModel vm = robot.lookup("#minutes-view").queryAs(MinutesView.class).viewModel();
        waitUntil(30, () -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get());
        int openAtStart = vm.names().openSuspectsProperty().get();

        robot.clickOn("#minutes-add-paragraph");
        ItemModel item = vm.selectedProperty().get();
        waitUntil(10, () -> item.paragraphs().size() == 4);
        ParagraphModel p = item.paragraphs().getLast();
        StyleClassedTextArea area = robot.lookup("#paragraph-2026-001-3").queryAs(StyleClassedTextArea.class);
        waitUntil(10, area::isFocused);
        String typed = "Gesprek met " + NAME + " en " + OTHER + " over de tuin.";
        robot.write(typed);
        waitUntil(15, () -> typed.equals(area.getText()) && !p.pendingProperty().get() && vm.pendingParagraphsProperty().get() == 0);
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 2);
        assertThat(area.getStyleOfChar(typed.indexOf(OTHER))).contains("mark-suspect");

        // Truus Bakelaar is not a person to hide: dismissed, she is no longer underlined
        robot.clickOn(button(robot, OTHER, ".suspect-dismiss"));
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 1);
        waitUntil(10, () -> !area.getStyleOfChar(typed.indexOf(OTHER)).contains("mark-suspect"));

        // Henk Verweij becomes [persoon] ...
        robot.clickOn(button(robot, NAME, ".suspect-person"));
        waitUntil(10, () -> area.getText().contains("[persoon]") && vm.names().openSuspectsProperty().get() == openAtStart);
        waitUntil(10, () -> store.suspects().forMeeting(MEETING).containsKey(NAME));

        // ... and the chair takes it back with undo: the name is open again, everywhere
        robot.interact(area::requestFocus);
        // the key goes to the focus owner: wait until the area has it (the list's button had it; flaky without)
        waitUntil(10, () -> area.isFocused() && area.getScene().getWindow().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(10, () -> area.getText().contains(NAME));
        waitUntil(15, () -> !p.pendingProperty().get() && vm.names().openSuspectsProperty().get() == openAtStart + 1);
        assertThat(vm.names().suspects()).anyMatch(s -> s.text().equals(NAME));
        assertThat(robot.lookup("#minutes-export").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#minutes-export-reason").queryAs(Label.class).getText())
                .isEqualTo(openAtStart == 0 ? "1 mogelijke naam nog niet beoordeeld"
                        : (openAtStart + 1) + " mogelijke namen nog niet beoordeeld");
        assertThat(area.getStyleOfChar(area.getText().indexOf(NAME))).contains("mark-suspect");
        waitUntil(10, () -> !store.suspects().forMeeting(MEETING).containsKey(NAME));
        assertThat(store.suspects().forMeeting(MEETING)).containsKey(OTHER);
    }

    /** The button of one possible name in the list on the right. */
    private static Node button(FxRobot robot, String name, String style) {
        Label label = robot.lookup(".suspect-text").match((Label l) -> l.getText().startsWith(name)).query();
        return robot.from(label.getParent()).lookup(style).queryAs(Button.class);
    }
}
