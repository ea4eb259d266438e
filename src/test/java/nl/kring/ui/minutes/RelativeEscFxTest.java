package nl.kring.ui.minutes;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.kring.ui.EscapeProbe;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;


import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in "Verwant…" (a possible name judged as a relative) cancels it: the name stays open. */
@Tag("ui")
class RelativeEscFxTest extends DemoMinutesFxTest {
    static final String NAME = "Henk Verweij";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void escAtTheRelativeQuestionLeavesTheNameOpen(FxRobot robot) throws Exception {
        MinutesViewModel vm = DemoMinutes.openMinutes(robot);
        int openAtStart = vm.names().openSuspectsProperty().get();

        String typed = "Gesprek met " + NAME + " over de tuin.";
        StyleClassedTextArea area = DemoMinutes.typeNewParagraph(robot, vm, typed).area();
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 1);

        Button relative = DemoMinutes.suspectButton(robot, NAME, ".suspect-relative");
        var closed = EscapeProbe.escCloses(relative::fire);
        assertThat(EscapeProbe.title(closed)).isEqualTo("Verwant…");
        assertThat(vm.names().openSuspectsProperty().get()).isEqualTo(openAtStart + 1);
        assertThat(area.getText()).isEqualTo(typed);
        assertThat(store.suspects().forMeeting(MEETING)).doesNotContainKey(NAME);
    }
}
