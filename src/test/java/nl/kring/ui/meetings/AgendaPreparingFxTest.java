package nl.kring.ui.meetings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.interchange.Importer;
import nl.kring.service.Services;
import nl.kring.ui.OneScreenTest;
import nl.kring.ui.UiTestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, preparing faster, as the chair does it on the meetings screen of the demo vault: an agenda item dragged
 * with the mouse onto another takes its place (and is saved so), and several cases go on the agenda at once.
 */
@Tag("ui")
class AgendaPreparingFxTest extends OneScreenTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    private TableView<AgendaRow> openMeeting(FxRobot robot) throws Exception {
        Importer.store(store, DemoData.demoData());
        screen.show(() -> new MeetingsView(screen.context, new Services(store), UiTestSupport.NO_NAVIGATION), 1240, 760);
        waitUntil(30, () -> robot.lookup("#meeting-list").tryQuery().isPresent());
        ListView<LocalDate> list = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> list.getItems().contains(MEETING));
        robot.interact(() -> list.getSelectionModel().select(MEETING));
        TableView<AgendaRow> agenda = robot.lookup("#agenda-table").queryTableView();
        waitUntil(30, () -> agenda.getItems().size() == 7);
        return agenda;
    }

    private static Node rowOf(FxRobot robot, String caseNumber) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof AgendaRow a && a.caseNumber().equals(caseNumber))
                .findFirst().orElseThrow();
    }

    private List<AgendaItem> stored() {
        try {
            return screen.context.executor().background(p -> store.meetings().find(MEETING).orElseThrow().items()).start().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anItemDraggedOntoAnotherTakesItsPlaceAndIsSavedSo() throws Exception {
        FxRobot robot = new FxRobot();
        TableView<AgendaRow> agenda = openMeeting(robot);
        assertThat(agenda.getItems()).extracting(AgendaRow::caseNumber)
                .containsExactly("2026-001", "2026-003", "2026-006", "2026-008", "2026-010", "2026-013", "2026-002");

        // the first item dragged onto the second: it takes that place
        robot.drag(rowOf(robot, "2026-001")).dropTo(rowOf(robot, "2026-003"));

        waitUntil(30, () -> agenda.getItems().get(1).caseNumber().equals("2026-001"));
        assertThat(agenda.getItems()).extracting(AgendaRow::caseNumber)
                .containsExactly("2026-003", "2026-001", "2026-006", "2026-008", "2026-010", "2026-013", "2026-002");
        assertThat(agenda.getSelectionModel().getSelectedItem().caseNumber()).isEqualTo("2026-001");
        assertThat(agenda.getItems().get(1).startProperty().get()).isEqualTo("09:10");

        // the keyboard way stays: Alt+↓ moves the chosen item down one more place
        robot.clickOn(rowOf(robot, "2026-001"));
        robot.press(KeyCode.ALT, KeyCode.DOWN)
                .release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(30, () -> agenda.getItems().get(2).caseNumber().equals("2026-001"));

        robot.clickOn("#meeting-save");
        // read on the application's worker, after the save (the vault has one connection)
        waitUntil(30, () -> stored().get(2).caseNumber().equals("2026-001"));
        assertThat(stored()).extracting(AgendaItem::caseNumber)
                .containsExactly("2026-003", "2026-006", "2026-001", "2026-008", "2026-010", "2026-013", "2026-002");
    }

    @Test
    void severalCasesGoOnTheAgendaAtOnce() throws Exception {
        FxRobot robot = new FxRobot();
        TableView<AgendaRow> agenda = openMeeting(robot);
        robot.clickOn("#agenda-add-many");
        waitUntil(30, () -> robot.lookup("#add-cases-dialog").tryQuery().isPresent());
        List<CheckBox> boxes = robot.lookup("#add-cases-dialog").lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> !b.getText().contains("geen grondslag")).toList();
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        List<String> chosen = new ArrayList<>();
        for (CheckBox box : boxes.subList(0, 2)) {
            robot.clickOn(box);
            chosen.add(box.getId().substring("add-case-".length()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#add-cases-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Op de agenda")).findFirst().orElseThrow());
        waitUntil(30, () -> agenda.getItems().size() == 9);
        assertThat(agenda.getItems().subList(7, 9)).extracting(AgendaRow::caseNumber).containsExactlyElementsOf(chosen);
    }
}
