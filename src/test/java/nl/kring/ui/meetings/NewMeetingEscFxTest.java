package nl.kring.ui.meetings;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.Settings;
import nl.kring.ui.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in the "Nieuwe vergadering" dialog cancels it: no meeting is made. */
@Tag("ui")
class NewMeetingEscFxTest {
    @TempDir
    Path dir;
    Store store;
    Stage stage;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
        store.close();
    }

    @Test
    void escCancelsTheNewMeeting() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        AppContext context = new AppContext(Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false, new nl.kring.ui.common.WorkerExecutor());
        context.unlocked(store);
        stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new MeetingsView(context, store), 1200, 800));
            s.show();
            return s;
        });
        FxRobot robot = new FxRobot();
        waitUntil(() -> robot.lookup("#meeting-new").tryQuery().isPresent());
        Button add = robot.lookup("#meeting-new").queryButton();
        var closed = EscapeProbe.escCloses(add::fire);
        assertThat(EscapeProbe.title(closed)).isEqualTo("Nieuwe vergadering");
        assertThat(store.meetings().dates()).isEmpty();
    }
}
