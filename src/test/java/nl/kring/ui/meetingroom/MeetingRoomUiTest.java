package nl.kring.ui.meetingroom;

import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Tag;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kring.agenda.AgendaOptimizer;
import nl.kring.ui.Settings;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.ui.meetings.AgendaRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting room as the chair uses it, on the demo vault: bekijk als, the presentation window with check-in and
 * override, the audit of each showing, and the optimiser on the agenda.
 */
@Tag("ui")
class MeetingRoomUiTest extends DemoRoomFxTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    // ---- helpers ----

    private MeetingRoomView openRoom(FxRobot robot) {
        MeetingRoomView room = DemoVault.openRoom(robot, context).view();
        robot.clickOn("#room-title"); // the keyboard goes to the window the chair clicked last
        return room;
    }

    /** Only these people in the room (set directly: twelve clicks would test nothing more). */
    private static void onlyPresent(FxRobot robot, MeetingRoomView room, String... ids) {
        Set<String> in = Set.of(ids);
        robot.interact(() -> room.viewModel().checkIn().everyone().forEach(r -> r.presentProperty().set(in.contains(r.id()))));
    }

    private static void next(FxRobot robot, int times) {
        for (int i = 0; i < times; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
    }

    /** The presentation window, moved out of the way of the chair's buttons. */
    private static Stage openPresentation(FxRobot robot, MeetingRoomView room) {
        robot.clickOn("#room-presentation");
        waitUntil(15, () -> room.presentation() != null && room.presentation().isShowing());
        Stage s = room.presentation().stage();
        robot.interact(() -> {
            s.setX(0);
            s.setY(560);
            s.setWidth(420);
            s.setHeight(240);
        });
        robot.interact(() -> room.getScene().getWindow().requestFocus());
        return s;
    }

    /** The chair scrolls the list of attendees to someone. */
    private static void scrollTo(FxRobot robot, MeetingRoomView room, String attendeeId) {
        ListView<AttendeeRow> list = robot.lookup("#room-attendees").queryListView();
        robot.interact(() -> list.scrollTo(room.viewModel().checkIn().row(attendeeId).orElseThrow()));
    }

    /** The node as the chair sees it: list views keep spare, invisible cells with the same ids. */
    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).match(MeetingRoomUiTest::reallyVisible).query();
    }

    private static boolean reallyVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Text t && t.getText() != null) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static List<String> presentationTexts(FxRobot robot, Stage presentation) {
        AtomicReference<List<String>> t = new AtomicReference<>();
        robot.interact(() -> t.set(texts(presentation.getScene().getRoot())));
        return t.get();
    }

    private List<AuditLog.Entry> audit(AuditLog.Action action) throws Exception {
        CompletableFuture<List<AuditLog.Entry>> f = new CompletableFuture<>();
        context.executor().background(p -> DemoVault.entries(store, action)).onSuccess(f::complete).onError(f::completeExceptionally).start();
        return f.get(30, TimeUnit.SECONDS);
    }

    // ---- tests ----

    @Test
    void bekijkAlsForAWoningcorporatieShowsHousingButNotMentalHealth(FxRobot robot) {
        MeetingRoomView room = openRoom(robot);
        next(robot, 1);
        waitUntil(15, () -> "2026-003".equals(room.viewModel().currentCaseNumber()));
        // the chair's own screen has everything, the mental-health note too
        assertThat(texts(robot.lookup("#room-current").query())).anyMatch(s -> s.contains(DemoVault.MENTAL_NOTE));

        scrollTo(robot, room, "a-3");
        robot.clickOn(shown(robot, "#view-as-button-a-3"));
        waitUntil(15, () -> robot.lookup("#view-as").tryQuery().isPresent());
        Node viewAs = robot.lookup("#view-as").query();
        List<String> seen = texts(viewAs);
        assertThat(robot.lookup("#view-as-header").queryLabeled().getText())
                .isEqualTo("Bekijk als R. Kok (Woonstichting Het Dak, Woningcorporatie)");
        assertThat(seen).anyMatch(s -> s.contains(DemoVault.HOUSING_NOTE));
        assertThat(seen).noneMatch(s -> s.contains(DemoVault.MENTAL_NOTE))
                .noneMatch(s -> s.contains(DemoVault.MENTAL_PARAGRAPH))
                .noneMatch(s -> s.contains("999995662")); // BSN
        Labeled mental = robot.from(viewAs).lookup("#view-domain-GEESTELIJK_FUNCTIONEREN").queryLabeled();
        assertThat(mental.getText()).isEqualTo("niet zichtbaar voor Woningcorporatie");
        assertThat(mental.getStyleClass()).contains("hidden-part");
        assertThat(robot.from(viewAs).lookup(".hidden-part").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).allMatch(s -> s.startsWith("niet zichtbaar voor Woningcorporatie")
                        || s.startsWith("Alinea niet zichtbaar voor Woningcorporatie"));

        // it follows the chair's navigation: 2026-006 is not in the kring of Het Dak, so nothing of it shows
        robot.interact(() -> room.viewModel().go(2));
        waitUntil(15, () -> robot.from(viewAs).lookup("#view-withheld").tryQuery().isPresent());
        assertThat(texts(viewAs)).noneMatch(s -> s.contains("Meijer") || s.contains("2026-006"));
        robot.clickOn("#view-as-close");
        waitUntil(15, () -> robot.lookup("#view-as").tryQuery().isEmpty());
    }

    @Test
    void thePresentationHidesTheItemWhileSomeoneOutsideTheKringIsCheckedIn(FxRobot robot) throws Exception {
        MeetingRoomView room = openRoom(robot);
        onlyPresent(robot, room, "a-1", "a-6");
        next(robot, 2);
        waitUntil(15, () -> "2026-006".equals(room.viewModel().currentCaseNumber()));
        Stage presentation = openPresentation(robot, room);
        waitUntil(15, () -> presentationTexts(robot, presentation).contains("2026-006"));
        assertThat(presentationTexts(robot, presentation)).contains("Sanne Meijer") // kring members see the name
                .noneMatch(s -> s.contains("999999692")); // never the BSN

        // R. Kok of the housing corporation walks in: named on the chair's screen, nothing on the projector
        scrollTo(robot, room, "a-3");
        CheckBox kok = (CheckBox) shown(robot, "#present-a-3");
        robot.clickOn(kok);
        waitUntil(15, () -> robot.lookup("#room-warning").query().isVisible());
        assertThat(texts(robot.lookup("#room-warning").query()))
                .contains("⚠ R. Kok (Woonstichting Het Dak) hoort niet bij de kring van 2026-006");
        waitUntil(15, () -> presentationTexts(robot, presentation)
                .contains("Even wachten: niet iedereen in de zaal hoort bij deze casus"));
        assertThat(presentationTexts(robot, presentation))
                .noneMatch(s -> s.contains("2026-006") || s.contains("Meijer") || s.contains("R. Kok"));
        assertThat(robot.lookup("#room-presentation-status").queryLabeled().getText()).isEqualTo("wacht: niet iedereen in de zaal hoort bij de kring");

        // "laat de zaal verlaten": checked out, and the item is back
        robot.clickOn("#room-check-out-a-3");
        waitUntil(15, () -> presentationTexts(robot, presentation).contains("2026-006"));
        assertThat(kok.isSelected()).isFalse();
        assertThat(robot.lookup("#room-warning").query().isVisible()).isFalse();

        // B blanks the screen and brings it back
        robot.type(KeyCode.B);
        waitUntil(15, () -> presentationTexts(robot, presentation).isEmpty());
        robot.type(KeyCode.B);
        waitUntil(15, () -> presentationTexts(robot, presentation).contains("2026-006"));

        // a repaint is not a showing: resize and switch theme
        robot.interact(() -> presentation.setWidth(600));
        robot.interact(() -> context.settings().themeProperty().set(Settings.Theme.DARK));
        // showings of 2026-006: before Kok came in, after he left, after the blank
        waitUntil(15, () -> audit(AuditLog.Action.CASE_VIEWED_IN_PRESENTATION).size() >= 3);
        List<AuditLog.Entry> shown = audit(AuditLog.Action.CASE_VIEWED_IN_PRESENTATION);
        assertThat(shown).extracting(AuditLog.Entry::subject).containsExactly("2026-006", "2026-006", "2026-006");
        assertThat(shown).extracting(AuditLog.Entry::detail).allMatch(d -> d.startsWith("present=a-1,a-6 case=2026-006"))
                .noneMatch(d -> d.contains("Meijer"));
        assertThat(store.meetings().find(MEETING).map(Meeting::present).orElseThrow()).containsExactly("a-1", "a-6");

        // locking closes the meeting room and the projector at once
        robot.interact(context::lock);
        waitUntil(15, () -> Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && (w.getScene().getRoot() instanceof MeetingRoomView || w.getScene().getRoot() instanceof PresentationView)));
    }

    @Test
    void anOverrideAsksForAReasonAndIsAudited(FxRobot robot) throws Exception {
        MeetingRoomView room = openRoom(robot);
        onlyPresent(robot, room, "a-1", "a-6", "a-3");
        next(robot, 2);
        Stage presentation = openPresentation(robot, room);
        waitUntil(15, () -> presentationTexts(robot, presentation)
                .contains("Even wachten: niet iedereen in de zaal hoort bij deze casus"));

        robot.clickOn("#room-override");
        waitUntil(15, () -> robot.lookup("#override-reason").tryQuery().isPresent());
        Button confirm = robot.lookup("#override-confirm").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#override-reason").write("   ");
        assertThat(confirm.isDisabled()).isTrue();
        robot.write("vervangt de wijkagent, afgestemd met GGD");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);

        waitUntil(15, () -> presentationTexts(robot, presentation).contains("2026-006"));
        List<String> shown = presentationTexts(robot, presentation);
        assertThat(shown).contains("Beperkt getoond: niet iedereen in de zaal hoort bij de kring van deze casus.")
                .noneMatch(s -> s.contains("Meijer") || s.contains("Sanne") || s.contains("Kastanjelaan"));
        assertThat(robot.lookup("#room-override-state").queryLabeled().getText()).startsWith("U heeft besloten");

        waitUntil(15, () -> audit(AuditLog.Action.OVERRIDE).size() == 1);
        AuditLog.Entry e = audit(AuditLog.Action.OVERRIDE).getFirst();
        assertThat(e.subject()).isEqualTo("2026-006");
        assertThat(e.detail()).isEqualTo("outsiders=a-3(woco-dak) present=a-1,a-3,a-6 reason=vervangt de wijkagent, afgestemd met GGD");
        waitUntil(15, () -> audit(AuditLog.Action.CASE_VIEWED_IN_PRESENTATION).size() == 1);
        assertThat(audit(AuditLog.Action.CASE_VIEWED_IN_PRESENTATION).getFirst().detail()).endsWith("override=yes");
    }

    @Test
    void reorderingByTheOptimiserReducesTheVisitsShown(FxRobot robot) throws Exception {
        DemoVault.selectMeeting(robot);
        Labeled visits = robot.lookup("#agenda-visits").queryLabeled();
        int before = Integer.parseInt(visits.getText().replace("bezoeken: ", ""));
        // issue 13: "bezoeken" explained where it is shown
        assertThat(visits.getTooltip().getText()).isEqualTo("Per partner het aantal keren dat hij de zaal binnenkomt: "
                + "een reeks opeenvolgende punten waarvoor hij in de kring zit, telt als één bezoek.");
        TableView<AgendaRow> agenda = robot.lookup("#agenda-table").queryTableView();
        List<String> chairOrder = agenda.getItems().stream().map(AgendaRow::caseNumber).toList();

        robot.clickOn("#agenda-optimize");
        waitUntil(15, () -> robot.lookup("#agenda-accept").queryButton().isVisible());
        int after = Integer.parseInt(visits.getText().replace("bezoeken: ", ""));
        assertThat(after).isLessThan(before);
        assertThat(robot.lookup("#agenda-plan-message").queryLabeled().getText())
                .isEqualTo("Voorstel: " + before + " → " + after + " bezoeken.");

        // undo, and the chair's order and count are back; again, and accept saves it
        robot.clickOn("#agenda-undo");
        assertThat(agenda.getItems()).extracting(AgendaRow::caseNumber).containsExactlyElementsOf(chairOrder);
        assertThat(visits.getText()).isEqualTo("bezoeken: " + before);
        assertThat(robot.lookup("#meeting-lead").queryButton().isDisabled()).as("nothing to save after undo").isFalse();
        robot.clickOn("#agenda-optimize");
        waitUntil(15, () -> robot.lookup("#agenda-accept").queryButton().isVisible());
        List<String> proposed = agenda.getItems().stream().map(AgendaRow::caseNumber).toList();
        robot.clickOn("#agenda-accept");
        waitUntil(30, () -> robot.lookup("#meeting-message").queryLabeled().getText().contains("opgeslagen"));
        CompletableFuture<List<String>> stored = new CompletableFuture<>();
        context.executor().background(p -> store.meetings().find(MEETING).orElseThrow().items().stream()
                .map(AgendaItem::caseNumber).toList()).onSuccess(stored::complete).start();
        assertThat(stored.get(30, TimeUnit.SECONDS)).containsExactlyElementsOf(proposed);

        // a move by hand counts live
        robot.clickOn(agenda.lookup(".table-row-cell"));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(15, () -> !visits.getText().equals("bezoeken: " + after));
        List<List<String>> krings = agenda.getItems().stream().map(AgendaRow::kring).toList();
        assertThat(visits.getText()).isEqualTo("bezoeken: " + AgendaOptimizer.visits(krings));

        // the schedule per partner is there and follows the order
        TableView<AgendaPlanViewModel.ScheduleRow> schedule = robot.lookup("#agenda-schedule").queryTableView();
        assertThat(schedule.getItems()).extracting(AgendaPlanViewModel.ScheduleRow::partner).contains("GGD Vangnet Rivierstad", "Woonstichting Het Dak");
        assertThat(schedule.getItems().stream().mapToInt(AgendaPlanViewModel.ScheduleRow::visits).sum())
                .isEqualTo(AgendaOptimizer.visits(krings));
    }
}
