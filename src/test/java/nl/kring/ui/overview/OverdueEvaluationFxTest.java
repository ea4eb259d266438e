package nl.kring.ui.overview;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kring.ui.AppFixture;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.TestVaults;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.common.Dates;
import nl.kring.ui.meetings.AgendaRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** An overdue evaluation shows on the start screen (number only) and is marked on the agenda in words. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OverdueEvaluationFxTest {
    static final String SURNAME = "Zwartjes-Kuipers";
    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate DUE = TODAY.minusDays(9);
    static final LocalDate MEETING = TODAY.plusDays(5);

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        AppFixture.start(stage, dir, store -> {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
            CaseFile late = TestVaults.caseFile("2026-040", TestVaults.client("Teuntje", null, null, SURNAME, List.of()),
                    Phase.INTAKE, false, "ernstige zelfverwaarlozing", List.of("ggd"));
            store.cases().save(new CaseFile(late.number(), late.client(), null, late.reportedOn(), late.phase(), null, null,
                    null, late.evidentInterest(), null, DUE, null, late.kring()));
            store.cases().save(TestVaults.caseFile("2026-041", TestVaults.client("Bert", null, null, "Tijdig", List.of()),
                    Phase.INTAKE, true, null, List.of("ggd")));
            store.meetings().save(new Meeting(MEETING, "GGD", null, List.of(),
                    List.of(AgendaItem.of("2026-041"), AgendaItem.of("2026-040"))));
        });
    }

    @Test
    void theOverviewListsTheOverdueCaseAndTheAgendaMarksIt(FxRobot robot) {
        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#overview-view").tryQuery().isPresent());
        waitUntil(30, () -> UiTestSupport.allVisibleTexts().contains("9 dagen te laat"));
        List<String> texts = UiTestSupport.allVisibleTexts();
        assertThat(texts).contains("2026-040", "uiterlijk " + Dates.format(DUE));
        assertThat(texts).anyMatch(t -> t != null && t.startsWith(Dates.fullFormat(MEETING))
                && t.endsWith("2 agendapunten"));
        // the start screen may be seen by others in the room: no names
        assertThat(texts).noneMatch(t -> t != null && (t.contains(SURNAME) || t.contains("Teuntje") || t.contains("Tijdig")));

        robot.clickOn("#nav-meetings");
        ListView<LocalDate> list = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> list.getItems().contains(MEETING));
        robot.interact(() -> list.getSelectionModel().select(MEETING));
        TableView<AgendaRow> agenda = robot.lookup("#agenda-table").queryTableView();
        waitUntil(30, () -> agenda.getItems().size() == 2);
        String marker = "⚠ te laat: " + Dates.format(DUE);
        waitUntil(15, () -> robot.lookup("#agenda-table .table-cell").queryAllAs(TableCell.class)
                .stream().anyMatch(c -> marker.equals(c.getText()) && c.isVisible()));
        assertThat(agenda.getItems()).extracting(AgendaRow::caseNumber, r -> r.evaluationProperty().get())
                .containsExactly(Tuple.tuple("2026-041", ""),
                        Tuple.tuple("2026-040", marker));
    }
}
