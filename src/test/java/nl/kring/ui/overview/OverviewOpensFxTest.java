package nl.kring.ui.overview;

import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import nl.kring.ui.workspace.WorkspaceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
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

/**
 * Issue 13: on the start screen a row opens what it names. A case number opens that case on the case screen, and the
 * next meeting opens on the meetings screen. The demo is moved to today, so that a next meeting and evaluations due
 * exist as the chair would find them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OverviewOpensFxTest {
    @TempDir
    Path dir;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Store store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoDataFor(LocalDate.now()));
        context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false);
        context.unlocked(store);
        stage.show();
    }

    @AfterEach
    void lock(FxRobot robot) {
        robot.interact(context::lock);
    }

    @Test
    void aCaseNumberOpensTheCaseAndTheNextMeetingOpensItsAgenda(FxRobot robot) {
        waitUntil(30, () -> robot.lookup("#overview-view").tryQuery().isPresent());
        OverviewView overview = robot.lookup("#overview-view").queryAs(OverviewView.class);
        waitUntil(30, () -> overview.viewModel().loadedProperty().get());
        WorkspaceView workspace = robot.lookup("#workspace").queryAs(WorkspaceView.class);
        var vm = overview.viewModel();
        String number = !vm.overdue().isEmpty() ? vm.overdue().getFirst().caseNumber()
                : !vm.dueSoon().isEmpty() ? vm.dueSoon().getFirst().caseNumber() : vm.requests().getFirst().caseNumber();
        LocalDate next = vm.nextProperty().get().date();

        robot.clickOn("#overview-case-" + number);
        waitUntil(10, () -> "cases".equals(workspace.currentScreenId()));
        waitUntil(30, () -> robot.lookup("#case-number").tryQuery().map(n -> n.isVisible()
                && number.equals(((TextInputControl) n).getText())).orElse(false));

        robot.clickOn("#nav-overview");
        waitUntil(30, () -> robot.lookup("#overview-next-open").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#overview-next-open");
        waitUntil(10, () -> "meetings".equals(workspace.currentScreenId()));
        ListView<LocalDate> meetings = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> next.equals(meetings.getSelectionModel().getSelectedItem()));
        assertThat(robot.lookup("#meeting-heading").queryLabeled().getText()).contains(String.valueOf(next.getYear()));
    }
}
