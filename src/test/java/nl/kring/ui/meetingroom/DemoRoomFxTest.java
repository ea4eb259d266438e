package nl.kring.ui.meetingroom;

import javafx.stage.Stage;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * What the meeting room's FX tests share (issue 16: four classes repeated it): the demo vault unlocked in the app before
 * each test ({@link #open}), locked after it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
abstract class DemoRoomFxTest {
    @TempDir
    Path dir;
    Store store;
    AppContext context;

    /** Called from each class's own {@code @Start} (TestFX looks for it in the test class itself). */
    void open(Stage stage) throws Exception {
        DemoVault.InApp app = DemoVault.start(stage, dir);
        store = app.store();
        context = app.context();
    }

    @AfterEach
    void lock(FxRobot robot) {
        robot.interact(context::lock);
    }
}
