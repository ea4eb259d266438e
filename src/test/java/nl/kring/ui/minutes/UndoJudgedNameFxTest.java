package nl.kring.ui.minutes;

import org.junit.jupiter.api.Tag;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;


import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judging a possible name leaves the text as typed (issue 13) and marks the name as judged; taking the judgement back
 * with Ctrl+Z right after makes the name open again (list, counter, export blocked, and in the
 * vault), and a dismissed word loses its underline.
 */
@Tag("ui")
class UndoJudgedNameFxTest extends DemoMinutesFxTest {
    static final String NAME = "Henk Verweij";
    static final String OTHER = "Truus Bakelaar";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void undoAfterJudgingANameOpensItAgainAndADismissedWordLosesItsUnderline(FxRobot robot) throws Exception {
        MinutesViewModel vm = DemoMinutes.openMinutes(robot);
        int openAtStart = vm.names().openSuspectsProperty().get();

        String typed = "Gesprek met " + NAME + " en " + OTHER + " over de tuin.";
        DemoMinutes.Typed written = DemoMinutes.typeNewParagraph(robot, vm, typed);
        StyleClassedTextArea area = written.area();
        ParagraphModel p = written.paragraph();
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 2);
        assertThat(area.getStyleOfChar(typed.indexOf(OTHER))).contains("mark-suspect");

        // Truus Bakelaar is not a person to hide: dismissed, she is no longer underlined
        robot.clickOn(DemoMinutes.suspectButton(robot, OTHER, ".suspect-dismiss"));
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 1);
        waitUntil(10, () -> !area.getStyleOfChar(typed.indexOf(OTHER)).contains("mark-suspect"));

        // Henk Verweij is judged [persoon]: the text stays as typed (issue 13), the name is marked as judged
        robot.clickOn(DemoMinutes.suspectButton(robot, NAME, ".suspect-person"));
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart);
        waitUntil(10, () -> store.suspects().forMeeting(MEETING).containsKey(NAME));
        assertThat(area.getText()).isEqualTo(typed);
        assertThat(p.text()).isEqualTo(typed);
        waitUntil(10, () -> area.getStyleOfChar(typed.indexOf(NAME)).contains("mark-judged"));
        assertThat(area.getStyleOfChar(typed.indexOf(NAME))).doesNotContain("mark-suspect");

        // ... and the chair takes it back with undo: the name is open again, everywhere; the text is untouched
        robot.interact(area::requestFocus);
        // the key goes to the focus owner: wait until the area has it (the list's button had it; flaky without)
        waitUntil(10, () -> area.isFocused() && area.getScene().getWindow().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(15, () -> !p.pendingProperty().get() && vm.names().openSuspectsProperty().get() == openAtStart + 1);
        assertThat(area.getText()).isEqualTo(typed);
        assertOpenAgain(robot, vm, area, openAtStart, NAME);

        assertThat(store.suspects().forMeeting(MEETING)).containsKey(OTHER);
    }
}
