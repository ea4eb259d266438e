package nl.kring.ui.minutes;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a judgement taken back later, in the window. The chair judges "Henk Verweij" [persoon] and types on (Ctrl+Z
 * would now undo the typing); under "Beoordeelde namen" on the right the name stands with "Terugnemen": clicking it
 * opens the name again (in the list of possible names, underlined, counted in the export's reason, the export button
 * disabled, out of the vault). Judged again, the same from the keyboard: the row chosen in the list, Delete.
 */
@Tag("ui")
class TakeBackJudgedNameFxTest extends DemoMinutesFxTest {
    static final String NAME = "Henk Verweij";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void terugnemenInTheListOfJudgedNamesAndDeleteOnItsRowOpenTheNameAgain(FxRobot robot) {
        MinutesViewModel vm = DemoMinutes.openMinutes(robot);
        int openAtStart = vm.names().openSuspectsProperty().get();
        String typed = "Gesprek met " + NAME + " over de tuin.";
        DemoMinutes.Typed written = DemoMinutes.typeNewParagraph(robot, vm, typed);
        StyleClassedTextArea area = written.area();
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 1);
        assertThat(robot.lookup("#minutes-judged-box").query().isVisible()).isFalse(); // nothing judged yet

        judge(robot, vm, area, openAtStart);
        // the chair types on: Ctrl+Z is the typing's now
        String more = " Hij belt morgen.";
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
        });
        waitUntil(10, () -> area.isFocused() && area.getScene().getWindow().isFocused());
        robot.write(more);
        waitUntil(15, () -> (typed + more).equals(area.getText()) && !written.paragraph().pendingProperty().get());
        assertThat(vm.names().undoLast()).isFalse();

        // Terugnemen, visible in the list of judged names
        ListView<JudgedRow> judged = robot.lookup("#minutes-judged").queryListView();
        assertThat(judged.isVisible()).isTrue();
        Button back = takeBackButton(robot, NAME);
        assertThat(back.getText()).isEqualTo("Terugnemen");
        assertThat(back.getTooltip().getText()).contains("Delete");
        robot.clickOn(back);
        assertOpenAgain(robot, vm, area, openAtStart, NAME);
        waitUntil(10, () -> !robot.lookup("#minutes-judged-box").query().isVisible());

        // judged again; then taken back from the keyboard: the row chosen, Delete
        judge(robot, vm, area, openAtStart);
        robot.interact(() -> {
            judged.requestFocus();
            judged.getSelectionModel().select(0);
        });
        waitUntil(10, () -> judged.isFocused() && judged.getScene().getWindow().isFocused());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertOpenAgain(robot, vm, area, openAtStart, NAME);
        assertThat(area.getText()).isEqualTo(typed + more); // the text was never touched
    }

    private void judge(FxRobot robot, MinutesViewModel vm, StyleClassedTextArea area, int openAtStart) {
        robot.clickOn(DemoMinutes.suspectButton(robot, NAME, ".suspect-person"));
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart);
        waitUntil(10, () -> store.suspects().forMeeting(MEETING).containsKey(NAME));
        waitUntil(10, () -> area.getStyleOfChar(area.getText().indexOf(NAME)).contains("mark-judged"));
        waitUntil(10, () -> robot.lookup("#minutes-judged-box").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Label as = robot.from(takeBackButton(robot, NAME).getParent().getParent()).lookup(".muted").queryAs(Label.class);
        assertThat(as.getText()).isEqualTo("beoordeeld: [persoon]");
    }

    private static Button takeBackButton(FxRobot robot, String name) {
        Label label = robot.lookup("#minutes-judged .judged-text").match((Label l) -> l.getText().equals(name)).query();
        return robot.from(label.getParent()).lookup(".judged-take-back").queryAs(Button.class);
    }
}
