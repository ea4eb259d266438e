package nl.kring.ui.meetingroom;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kring.audit.AuditLog;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.ui.AppContext;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import nl.kring.ui.meetings.AgendaRow;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.kring.ui.UiTestSupport.waitUntil;

/**
 * A real vault with the demo data (fictitious people), for the meeting-room tests; and the set-up the room's FX tests
 * share (issue 16): the vault unlocked in the app, the demo meeting selected, the room opened on its first item.
 */
final class DemoVault {
    /** The demo meeting with seven items and twelve people checked in. */
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    /** In the demo notes of 2026-003: GEESTELIJK_FUNCTIONEREN (GEEN for a woningcorporatie) and HUISVESTING (VOLLEDIG). */
    static final String MENTAL_NOTE = "achterdochtig, hoort stemmen";
    static final String MENTAL_PARAGRAPH = "Floride psychotisch beeld";
    static final String HOUSING_NOTE = "corporatie heeft waarschuwingsbrief gestuurd";

    private DemoVault() {
    }

    static Store create(Path dir) throws Exception {
        Store store = TestVaults.create(dir);
        Importer.store(store, DemoData.demoData());
        return store;
    }

    /** The test's handle on the vault and the app it is unlocked in. */
    record InApp(Store store, AppContext context) {
    }

    /** The demo vault in {@code dir}/vault, unlocked in the app on {@code stage} (the room's tests lock it after each). */
    static InApp start(Stage stage, Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Store store = create(vault);
        AppContext context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        context.unlocked(store);
        stage.show();
        return new InApp(store, context);
    }

    /** The meetings screen with {@link #MEETING} selected and its seven agenda rows shown. */
    static void selectMeeting(FxRobot robot) {
        waitUntil(30, () -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        robot.clickOn("#nav-meetings");
        waitUntil(30, () -> robot.lookup("#meeting-list").tryQuery().isPresent());
        ListView<LocalDate> list = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> list.getItems().contains(MEETING));
        robot.interact(() -> list.getSelectionModel().select(MEETING));
        TableView<AgendaRow> agenda = robot.lookup("#agenda-table").queryTableView();
        waitUntil(30, () -> agenda.getItems().size() == 7);
    }

    /**
     * The chair leads {@link #MEETING}: this application's room window (a lookup by id could find another test
     * class's), loaded and on its first item, 2026-001.
     */
    static MeetingRoomWindow openRoom(FxRobot robot, AppContext context) {
        selectMeeting(robot);
        waitUntil(30, () -> !robot.lookup("#meeting-lead").queryButton().isDisabled());
        robot.clickOn("#meeting-lead");
        waitUntil(30, () -> MeetingRoomWindow.showing(context).isPresent());
        MeetingRoomWindow room = MeetingRoomWindow.showing(context).orElseThrow();
        MeetingRoomViewModel vm = room.view().viewModel();
        waitUntil(30, () -> vm.loadedProperty().get() && "2026-001".equals(vm.currentCaseNumber()));
        return room;
    }

    /** Every text of labelled nodes under {@code n}, in order (what the eye reads of a rendered view). */
    static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    /**
     * What each screen of the room shows of the current item, rendered (on the FX thread): "chair", "bekijk als
     * &lt;attendee&gt;" for everyone invited, and "presentation" when the presentation shows the item.
     */
    static Map<String, String> roomTexts(MeetingRoomViewModel vm) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("chair", String.join("\n", texts(new ItemViewPane(vm.chairViewProperty().get(), ItemViewPane.Mode.CHAIR,
                "de voorzitter"))));
        for (AttendeeRow a : vm.checkIn().everyone()) {
            vm.viewAs(a.id()).ifPresent(v -> out.put("bekijk als " + a.id(), String.join("\n",
                    texts(new ItemViewPane(v.view(), ItemViewPane.Mode.ATTENDEE, "x")))));
        }
        if (vm.presentation().stateProperty().get() instanceof PresentationState.Showing s) {
            out.put("presentation", String.join("\n", texts(new ItemViewPane(s.view(), ItemViewPane.Mode.PRESENTATION,
                    "x"))));
        }
        return out;
    }

    /** Only the attendees of the kring of {@code caseNumber} checked in: the presentation shows that item. */
    static void kringPresent(MeetingRoomViewModel vm, String caseNumber) {
        var kring = vm.kring(caseNumber);
        vm.checkIn().everyone().forEach(a -> vm.checkIn().setPresent(a.id(), kring.contains(a.partner())));
    }

    static List<AuditLog.Entry> entries(Store store, AuditLog.Action action) {
        return store.audit().entries().stream().filter(e -> e.action().equals(action.name())).toList();
    }
}
