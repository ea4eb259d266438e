package nl.kring.ui.meetings;

import javafx.scene.control.Button;
import nl.kring.store.Store;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.ScreenFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in the "Nieuwe vergadering" dialog cancels it: no meeting is made. */
@Tag("ui")
class NewMeetingEscFxTest {
    @TempDir
    Path dir;
    ScreenFixture screen;
    Store store;

    @BeforeEach
    void open() throws Exception {
        screen = ScreenFixture.open(dir);
        store = screen.store;
    }

    @AfterEach
    void close() throws Exception {
        screen.close();
    }

    @Test
    void escCancelsTheNewMeeting() throws Exception {
        screen.show(() -> new MeetingsView(screen.context, store), 1200, 800);
        FxRobot robot = new FxRobot();
        waitUntil(() -> robot.lookup("#meeting-new").tryQuery().isPresent());
        Button add = robot.lookup("#meeting-new").queryButton();
        var closed = EscapeProbe.escCloses(add::fire);
        assertThat(EscapeProbe.title(closed)).isEqualTo("Nieuwe vergadering");
        assertThat(store.meetings().dates()).isEmpty();
    }
}
