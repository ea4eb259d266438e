package nl.kring.ui.minutes;

import javafx.stage.Stage;
import nl.kring.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the minutes screen's FX tests share (five classes repeated it): the demo vault unlocked in the real window
 * before each test ({@link #open}, see {@link DemoMinutes}), the test's own handle on it in {@link #store}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
abstract class DemoMinutesFxTest {
    static final LocalDate MEETING = DemoMinutes.MEETING;

    @TempDir
    Path dir;
    Store store;

    /** Called from each class's own {@code @Start} (TestFX looks for it in the test class itself). */
    void open(Stage stage) throws Exception {
        store = DemoMinutes.start(stage, dir);
    }
}
