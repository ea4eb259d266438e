package nl.kring.ui.meetings;

import javafx.scene.control.Button;
import nl.kring.service.Services;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.OneScreenTest;
import nl.kring.ui.UiTestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in the "Nieuwe vergadering" dialog cancels it: no meeting is made. */
@Tag("ui")
class NewMeetingEscFxTest extends OneScreenTest {
    @Test
    void escCancelsTheNewMeeting() throws Exception {
        screen.show(() -> new MeetingsView(screen.context, new Services(store), UiTestSupport.NO_NAVIGATION), 1200, 800);
        FxRobot robot = new FxRobot();
        waitUntil(30, () -> robot.lookup("#meeting-new").tryQuery().isPresent());
        Button add = robot.lookup("#meeting-new").queryButton();
        var closed = EscapeProbe.escCloses(add::fire);
        assertThat(EscapeProbe.title(closed)).isEqualTo("Nieuwe vergadering");
        assertThat(store.meetings().dates()).isEmpty();
    }
}
