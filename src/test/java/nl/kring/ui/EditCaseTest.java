package nl.kring.ui;

import nl.kring.TestVaults;
import org.junit.jupiter.api.Tag;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.domain.Role;
import nl.kring.ui.cases.CaseRow;
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

/** Editing one case among several: it saves, stays selected, and no "discard changes?" question gets in the way. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditCaseTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        AppFixture.start(stage, dir, store -> {
            AppFixture.partner(store, "ggd", Role.GGD);
            // a partner that has left: offered, but not to be ticked
            store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
            AppFixture.screeningCases(store, "2026-001", "Alders", "2026-002", "Bosman", "2026-003", "Claassen");
        });
    }

    @Test
    void savingAnEditedCaseKeepsItSelectedWithoutQuestions(FxRobot robot) {
        UiTestSupport.unlockToCases(robot);
        TableView<CaseRow> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() == 3);

        robot.clickOn(RegisterEndToEndTest.cell(robot, "#case-table", "2026-002"));
        waitUntil(15, () -> "Bosman".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        // the lapsed partner is offered, but cannot be ticked, and says why
        assertThat(robot.lookup("#kring-woco").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#case-kring .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("kan niet: ketenovereenkomst verlopen op 01-01-2025");

        robot.clickOn("#client-surname").press(KeyCode.END).release(KeyCode.END).write("-Kuipers");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(30, () -> "Casus 2026-002 is opgeslagen.".equals(robot.lookup("#case-message").queryAs(Label.class).getText()));

        assertThat(UiTestSupport.applicationStages()).isEqualTo(1); // no dialog
        assertThat(cases.getSelectionModel().getSelectedItem().number()).isEqualTo("2026-002");
        assertThat(cases.getItems()).extracting(CaseRow::displayName).containsExactly("Alders", "Bosman-Kuipers", "Claassen");
        assertThat(robot.lookup("#client-surname").queryTextInputControl().getText()).isEqualTo("Bosman-Kuipers");

        // a change, then another case: the chair is asked, and can stay
        robot.clickOn("#client-phone").write("06");
        robot.clickOn(RegisterEndToEndTest.cell(robot, "#case-table", "2026-003"));
        UiTestSupport.waitForWindows(2, 15);
        Button cancel = robot.lookup(".dialog-pane .button").match(
                (Button b) -> "Annuleren".equals(b.getText())).query();
        robot.interact(cancel::fire);
        UiTestSupport.waitForWindows(1, 15);
        assertThat(cases.getSelectionModel().getSelectedItem().number()).isEqualTo("2026-002");
        assertThat(robot.lookup("#client-phone").queryTextInputControl().getText()).isEqualTo("06");
    }
}
