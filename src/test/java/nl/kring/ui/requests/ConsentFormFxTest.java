package nl.kring.ui.requests;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.cases.CaseRow;
import nl.kring.ui.common.Forms;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Toestemmingsformulier from the case screen (issue 15): the form of the case on screen, nobody else in it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConsentFormFxTest {
    @TempDir
    Path dir;
    Path out;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        out = Files.createDirectories(dir.resolve("out"));
        try (Store store = TestVaults.create(vault)) {
            RequestsFixture.fill(store);
        }
        KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        stage.show();
    }

    @Test
    void theChairPrintsTheConsentFormOfTheCaseOnScreen(FxRobot robot) throws Exception {
        UiTestSupport.unlockToCases(robot);
        TableView<CaseRow> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() == 2);
        Node cell = robot.lookup("#case-table .table-cell").match((TableCell<?, ?> c) ->
                "2026-018".equals(c.getText()) && c.isVisible() && !c.isEmpty()).query();
        robot.clickOn(cell);
        ConsentFormPane pane = robot.lookup("#consent-form").queryAs(ConsentFormPane.class);
        waitUntil(15, () -> "2026-018".equals(pane.viewModel().caseNumberProperty().get()) && pane.isVisible());
        robot.interact(() -> pane.setSaveTarget((owner, title, name) -> out.resolve(name)));

        Node button = robot.lookup("#consent-form-button").query();
        robot.interact(button::requestFocus);
        robot.interact(() -> Forms.ensureVisible(robot.lookup("#case-scroll").queryAs(ScrollPane.class), button));
        robot.clickOn(button);
        Label message = robot.lookup("#consent-form-message").queryAs(Label.class);
        waitUntil(30, () -> message.getText().startsWith("Toestemmingsformulier opgeslagen in"));
        Path file = out.resolve("toestemming-2026-018.pdf");
        assertThat(file).exists();
        String text;
        try (var doc = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Johanna Ouwehand").contains("2026-018").doesNotContain(RequestsFixture.SURNAME)
                .doesNotContain("2026-017");
    }
}
