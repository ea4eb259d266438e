package nl.kring.ui;

import org.junit.jupiter.api.Tag;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair types whole names with spaces into the repeating rows (relatives of a new case, a partner's attendees):
 * every key arrives in the field, focus stays there, and no shortcut dialog opens on the space.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RepeatingRowsTypingTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        AppFixture.start(stage, dir, store -> {
            AppFixture.partner(store, "ggd", Role.GGD);
            AppFixture.screeningCases(store, "2026-001", "Alders");
        });
    }

    @Test
    void aRelativeOfANewCaseAndAPartnersAttendeeTakeFullNames(FxRobot robot) {
        UiTestSupport.unlockToCases(robot);
        robot.clickOn("#case-new");
        // the new case is ready when the surname field has the focus
        waitUntil(15, () -> robot.lookup("#client-surname").query().isFocused());
        click(robot, "#relative-add");
        waitUntil(15, () -> robot.lookup("#relative-0-0").tryQuery().isPresent());
        robot.write("Piet Jansen");
        robot.type(KeyCode.TAB);
        robot.write("oom van moeders kant");

        assertThat(robot.lookup("#relative-0-0").queryTextInputControl().getText()).isEqualTo("Piet Jansen");
        assertThat(robot.lookup("#relative-0-1").queryTextInputControl().getText()).isEqualTo("oom van moeders kant");
        assertThat(robot.lookup("#relative-0-1").query().isFocused()).isTrue();
        assertThat(UiTestSupport.applicationStages()).isEqualTo(1);

        // a second relative, typed after the first: both rows keep their text
        click(robot, "#relative-add");
        robot.write("Marja van der Berg");
        assertThat(robot.lookup("#relative-1-0").queryTextInputControl().getText()).isEqualTo("Marja van der Berg");
        assertThat(robot.lookup("#relative-0-0").queryTextInputControl().getText()).isEqualTo("Piet Jansen");

        // a partner's attendees, the same way
        robot.clickOn("#nav-partners");
        waitUntil(30, () -> robot.lookup("#partner-table").tryQuery().isPresent());
        robot.clickOn(RegisterEndToEndTest.cell(robot, "#partner-table", "Partner ggd"));
        waitUntil(15, () -> robot.lookup("#attendee-add").tryQuery().isPresent());
        click(robot, "#attendee-add");
        robot.write("Anna de Vries");
        robot.type(KeyCode.TAB);
        robot.write("wijkverpleegkundige bemoeizorg");
        assertThat(robot.lookup("#attendee-0-0").queryTextInputControl().getText()).isEqualTo("Anna de Vries");
        assertThat(robot.lookup("#attendee-0-1").queryTextInputControl().getText()).isEqualTo("wijkverpleegkundige bemoeizorg");
        assertThat(UiTestSupport.applicationStages()).isEqualTo(1);
    }

    /** The chair scrolls the form to the button (focus scrolls the form), then clicks it. */
    private static void click(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        robot.interact(n::requestFocus);
        robot.clickOn(n);
    }
}
