package nl.kring.ui.minutes;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.kring.store.Store;
import nl.kring.ui.EscapeProbe;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
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

/** Issue 13: Esc in "Verwant…" (a possible name judged as a relative) cancels it: the name stays open. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RelativeEscFxTest {
    static final LocalDate MEETING = DemoMinutes.MEETING;
    static final String NAME = "Henk Verweij";

    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = DemoMinutes.start(stage, dir);
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
