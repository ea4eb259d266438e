package nl.kring.ui;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.domain.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 12 on the case screen: the chair adds a partner's own number for the client in a repeating row (the partner
 * from the register, the partner's word for it, the number typed with spaces), a second row with the same number
 * of the same partner is refused with a Dutch message naming the row and the partner, and the saved number is
 * there again when the case is opened anew.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FileNumberFormTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        AppFixture.start(stage, dir, store -> {
            AppFixture.partner(store, "ggd", Role.GGD);
            AppFixture.partner(store, "woco", Role.WONINGCORPORATIE);
            AppFixture.screeningCases(store, "2026-001", "Alders", "2026-002", "Bosman");
        });
    }

    @Test
    void aFileNumberIsAddedCheckedSavedAndShownAgain(FxRobot robot) {
        UiTestSupport.unlockToCases(robot);
        robot.clickOn(RegisterEndToEndTest.cell(robot, "#case-table", "2026-001"));
        waitUntil(15, () -> "Alders".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));

        addRow(robot, 0, "Partner woco", "huurnummer", "48 213 7");
        assertThat(robot.lookup("#file-number-0-1").queryTextInputControl().getText()).isEqualTo("huurnummer");
        assertThat(robot.lookup("#file-number-0-2").queryTextInputControl().getText()).isEqualTo("48 213 7");
        assertThat(robot.lookup("#file-number-0-2").query().isFocused()).isTrue();
        assertThat(UiTestSupport.applicationStages()).isEqualTo(1);

        // the same number of the same partner, written without spaces: refused, naming the row and the partner
        addRow(robot, 1, "Partner woco", "huurdersnr.", "482137");
        save(robot);
        waitUntil(15, () -> robot.lookup("#error-fileNumbers").queryAs(Label.class).getText()
                .contains("Dossiernummer 2: dit nummer van Partner woco staat er al"));

        // without the second row the case saves
        Node remove = robot.lookup(".row-remove").queryAll().stream()
                .filter(n -> n.getParent() == robot.lookup("#file-number-1-2").query().getParent())
                .reduce((a, b) -> b).orElseThrow();
        robot.interact(remove::requestFocus);
        robot.clickOn(remove);
        waitUntil(15, () -> robot.lookup("#file-number-1-2").tryQuery().isEmpty());
        save(robot);
        waitUntil(30, () -> "Casus 2026-001 is opgeslagen.".equals(robot.lookup("#case-message").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#error-fileNumbers").queryAs(Label.class).getText()).isEmpty();

        // another case has none; back to the first: the number as stored in the vault
        robot.clickOn(RegisterEndToEndTest.cell(robot, "#case-table", "2026-002"));
        waitUntil(15, () -> "Bosman".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        assertThat(robot.lookup("#file-number-0-2").tryQuery()).isEmpty();
        robot.clickOn(RegisterEndToEndTest.cell(robot, "#case-table", "2026-001"));
        waitUntil(15, () -> "Alders".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        waitUntil(15, () -> robot.lookup("#file-number-0-2").tryQuery().isPresent());
        ComboBox<?> partner = robot.lookup("#file-number-0-0").queryAs(ComboBox.class);
        assertThat(partner.getValue()).isEqualTo("woco");
        // the box shows the partner by its name
        @SuppressWarnings("unchecked")
        ComboBox<String> box = (ComboBox<String>) partner;
        assertThat(box.getConverter().toString(box.getValue())).isEqualTo("Partner woco");
        assertThat(robot.lookup("#file-number-0-1").queryTextInputControl().getText()).isEqualTo("huurnummer");
        assertThat(robot.lookup("#file-number-0-2").queryTextInputControl().getText()).isEqualTo("48 213 7");
        assertThat(UiTestSupport.applicationStages()).isEqualTo(1);
    }

    /** Adds row {@code index}: the partner chosen from the list, then label and number typed with spaces. */
    private static void addRow(FxRobot robot, int index, String partner, String label, String number) {
        Node add = robot.lookup("#file-number-add").query();
        robot.interact(add::requestFocus);
        robot.clickOn(add);
        String box = "#file-number-" + index + "-0";
        waitUntil(15, () -> robot.lookup(box).tryQuery().isPresent());
        // the partner is chosen through the box's selection (its popup list is a window of its own, whose timing
        // differs between machines); the row follows the box as it follows a click
        @SuppressWarnings("unchecked")
        ComboBox<String> combo = robot.lookup(box).queryAs(ComboBox.class);
        String id = combo.getItems().stream().filter(x -> partner.equals(combo.getConverter().toString(x)))
                .findFirst().orElseThrow();
        robot.interact(() -> combo.getSelectionModel().select(id));
        waitUntil(15, () -> id.equals(combo.getValue()));
        Node labelField = robot.lookup("#file-number-" + index + "-1").query();
        robot.clickOn(labelField);
        waitUntil(15, labelField::isFocused);
        robot.write(label);
        robot.type(KeyCode.TAB);
        waitUntil(15, () -> robot.lookup("#file-number-" + index + "-2").query().isFocused());
        robot.write(number);
    }

    private static void save(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    }
}
