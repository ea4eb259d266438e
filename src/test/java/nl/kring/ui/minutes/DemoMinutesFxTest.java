package nl.kring.ui.minutes;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.kring.store.Store;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.time.LocalDate;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * {@code name} is open again after its judgement was taken back: listed, counted in the export's reason (the
     * export button disabled), underlined in {@code area}, and out of the vault.
     */
    void assertOpenAgain(FxRobot robot, MinutesViewModel vm, StyleClassedTextArea area, int openAtStart, String name) {
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 1);
        assertThat(vm.names().suspects()).anyMatch(s -> s.text().equals(name));
        assertThat(vm.names().judged()).noneMatch(r -> r.text().equals(name));
        waitUntil(10, () -> robot.lookup("#minutes-export").queryButton().isDisabled());
        assertThat(robot.lookup("#minutes-export-reason").queryAs(Label.class).getText())
                .isEqualTo(openAtStart == 0 ? "1 mogelijke naam nog niet beoordeeld"
                        : (openAtStart + 1) + " mogelijke namen nog niet beoordeeld");
        waitUntil(10, () -> area.getStyleOfChar(area.getText().indexOf(name)).contains("mark-suspect"));
        waitUntil(10, () -> !store.suspects().forMeeting(MEETING).containsKey(name));
    }
}
