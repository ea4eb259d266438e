package nl.kring.ui;

import nl.kring.TestVaults;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import java.time.Year;
import java.util.List;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The register end to end, as the chair does it: a new vault, a partner, a case, lock, unlock, and it is all there. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RegisterEndToEndTest {
    static final String PASS = TestVaults.PASSPHRASE;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false);
        stage.show();
    }

    @Test
    void createVaultAddPartnerAddCaseLockUnlockAndTheCaseIsThere(FxRobot robot) {
        // a new vault
        // (set, not typed: typing 100 characters costs seconds and the create screen has its own tests)
        robot.interact(() -> robot.lookup("#create-passphrase").queryTextInputControl().setText(PASS));
        robot.interact(() -> robot.lookup("#create-repeat").queryTextInputControl().setText(PASS));
        waitUntil(15, () -> !robot.lookup("#create-button").queryButton().isDisabled());
        robot.clickOn("#create-button");
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());

        // a partner with a signed agreement
        robot.clickOn("#nav-partners");
        robot.clickOn("#partner-new");
        robot.clickOn("#partner-name").write("GGD Teststad");
        assertThat(robot.lookup("#partner-id").queryTextInputControl().getText()).isEqualTo("ggd-teststad");
        ComboBox<Role> role = robot.lookup("#partner-role").queryComboBox();
        robot.interact(() -> role.getSelectionModel().select(Role.GGD));
        robot.clickOn("#partner-signed").write("01-01-2026");
        robot.clickOn("#partner-save");
        waitUntil(30, () -> labelText(robot, "#partner-message").contains("opgeslagen"));
        TableView<?> partners = robot.lookup("#partner-table").queryTableView();
        assertThat(partners.getItems()).hasSize(1);

        // a case with that partner in its kring
        robot.clickOn("#nav-cases");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        String expected = Year.now().getValue() + "-001";
        waitUntil(30, () -> expected.equals(robot.lookup("#case-number").queryTextInputControl().getText()));
        robot.clickOn("#client-surname").write("Zonnebloem");
        robot.clickOn("#client-bsn").write("111222334");
        assertThat(problems(robot)).contains("BSN voldoet niet aan de 11-proef.");
        // the decorations live inside the form: the window's root was not swapped under the chair's hands
        assertThat(robot.lookup("#client-bsn").query().getScene().getRoot()).isInstanceOf(RootView.class);
        robot.eraseText(1).write("3");
        assertThat(robot.lookup("#case-save").queryButton().isDisabled()).isTrue(); // no kring yet
        assertThat(problems(robot)).contains("Kies minstens één partner voor de kring.");
        CheckBox kring = robot.lookup("#kring-ggd-teststad").queryAs(CheckBox.class);
        robot.interact(kring::requestFocus); // the form scrolls the focused field into view
        robot.clickOn(kring);
        assertThat(kring.isSelected()).isTrue();
        waitUntil(15, () -> !robot.lookup("#case-save").queryButton().isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(30, () -> labelText(robot, "#case-message").equals("Casus " + expected + " is opgeslagen."));
        TableView<CaseRow> cases = robot.lookup("#case-table").queryTableView();
        assertThat(cases.getItems()).extracting(CaseRow::number, CaseRow::displayName, CaseRow::kringSize)
                .containsExactly(Tuple.tuple(expected, "Zonnebloem", 1));

        // lock and unlock
        robot.clickOn("#lock-button");
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        assertThat(robot.lookup("#workspace").tryQuery()).isEmpty();
        robot.clickOn("#unlock-passphrase");
        robot.interact(() -> robot.lookup("#unlock-passphrase").queryTextInputControl().setText(PASS));
        robot.type(KeyCode.ENTER);
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());
        robot.clickOn("#nav-cases"); // the overview comes first after unlock

        // the case is there, with its kring
        TableView<CaseRow> again = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> again.getItems().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("zonnebl");
        assertThat(again.getItems()).extracting(CaseRow::number).containsExactly(expected);
        robot.clickOn(cell(robot, "#case-table", expected));
        waitUntil(15, () -> "Zonnebloem".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        assertThat(robot.lookup("#client-bsn").queryAs(TextField.class).getText()).isEqualTo("111222333");
        assertThat(robot.lookup("#kring-ggd-teststad").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    static Node cell(FxRobot robot, String table, String text) {
        // only cells on screen: the table keeps spare cells (invisible, with old text) for scrolling
        return robot.lookup(table + " .table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText())
                && c.isVisible() && c.getTableRow() != null && c.getTableRow().isVisible() && !c.isEmpty()).query();
    }

    private static String labelText(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> problems(FxRobot robot) {
        return robot.lookup("#case-problems .label").queryAllAs(Label.class).stream()
                .map(l -> l.getText().replaceFirst("^[✗⚠] ", "")).toList();
    }
}
