package nl.kring.ui;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Tag;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kring.domain.Role;
import nl.kring.ui.cases.CaseRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form does not move under the mouse when the problem list under it grows or shrinks: the chair unticks the
 * last kring partner (a problem appears), ticks it again (it goes) and the check box stays where it was clicked.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FormStaysPutTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        AppFixture.start(stage, dir, store -> {
            AppFixture.partner(store, "ggd", Role.GGD);
            AppFixture.partner(store, "ggz", Role.GGZ);
            AppFixture.screeningCases(store, "2026-001", "Alders");
        });
    }

    @Test
    void theKringCheckBoxStaysUnderTheMouseWhileProblemsComeAndGo(FxRobot robot) {
        UiTestSupport.unlockToCases(robot);
        TableView<CaseRow> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() == 1);
        robot.clickOn(RegisterEndToEndTest.cell(robot, "#case-table", "2026-001"));
        waitUntil(15, () -> "Alders".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));

        CheckBox ggd = robot.lookup("#kring-ggd").queryAs(CheckBox.class);
        robot.interact(ggd::requestFocus); // the form scrolls to the kring
        waitUntil(5, () -> ggd.isSelected());
        double before = screenY(robot, ggd);
        Node problems = robot.lookup("#case-problems").query();
        double problemsBefore = problems.getLayoutBounds().getHeight();

        robot.clickOn(ggd);
        waitUntil(15, () -> !ggd.isSelected() && problems.isVisible()
                && problems.getLayoutBounds().getHeight() != problemsBefore);
        assertThat(screenY(robot, ggd)).isCloseTo(before, Offset.offset(1.0));

        robot.clickOn(ggd);
        waitUntil(15, () -> ggd.isSelected());
        assertThat(screenY(robot, ggd)).isCloseTo(before, Offset.offset(1.0));
    }

    private static double screenY(FxRobot robot, Node n) {
        ScrollPane scroll = robot.lookup("#case-scroll").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return b.getMinY();
    }
}
