package nl.kring.ui.minutes;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.kring.store.SuspectDecisionRepository;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;


import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair's {@code [melder]} answer to a possible name (issue 11): a name the case file does not hold, which the
 * chair knows to be the melder, is judged MELDER in the vault; the minutes keep it as typed (issue 13).
 */
@Tag("ui")
class MelderJudgementFxTest extends DemoMinutesFxTest {
    static final String NAME = "Tineke Hoogervorst";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void theMelderButtonStoresTheJudgementAndLeavesTheTextAsTyped(FxRobot robot) throws Exception {
        MinutesViewModel vm = DemoMinutes.openMinutes(robot);
        int openAtStart = vm.names().openSuspectsProperty().get();

        StyleClassedTextArea area = DemoMinutes.typeNewParagraph(robot, vm, NAME + " belde opnieuw over de tuin.").area();
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 1);

        Button melder = DemoMinutes.suspectButton(robot, NAME, ".suspect-melder");
        assertThat(melder.getText()).isEqualTo("[melder]");
        robot.clickOn(melder);
        // the text stays as typed (issue 13); the name is marked as judged, every output reads [melder]
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart
                && area.getStyleOfChar(0).contains("mark-judged"));
        assertThat(area.getText()).isEqualTo(NAME + " belde opnieuw over de tuin.");
        waitUntil(10, () -> store.suspects().forMeeting(MEETING).containsKey(NAME));
        SuspectDecisionRepository.Decision d = store.suspects().forMeeting(MEETING).get(NAME);
        assertThat(d.kind()).isEqualTo(SuspectDecisionRepository.Kind.MELDER);
        assertThat(d.replacement()).isEqualTo("[melder]");
        assertThat(robot.lookup(".suspect-text").match((Label l) -> l.getText().startsWith(NAME)).tryQuery()).isEmpty();
    }
}
