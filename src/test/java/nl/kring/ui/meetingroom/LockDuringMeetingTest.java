package nl.kring.ui.meetingroom;

import org.junit.jupiter.api.Tag;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.ui.AppContext;
import nl.kring.ui.KringApplication;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.meetings.AgendaRow;
import nl.kring.ui.workspace.WorkspaceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vault locks by itself during a meeting: the meeting-room window goes with the key, and unlocking brings the
 * chair back where they were — the meetings screen, the room at the same item, the same people checked in.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LockDuringMeetingTest {
    @TempDir
    Path dir;
    AppContext context;
    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        DemoVault.create(vault).session().close();
        Settings settings = Settings.load(dir.resolve("s.properties"));
        settings.autoLockMinutesProperty().set(1);
        context = KringApplication.buildOn(stage, settings, vault, false, now::get);
        stage.show();
    }

    @AfterEach
    void lock(FxRobot robot) throws Exception {
        robot.interact(context::lock);
    }

    @Test
    void unlockingReturnsToTheMeetingRoomAtTheSameItem(FxRobot robot) {
        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        robot.clickOn("#nav-meetings");
        ListView<LocalDate> list = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> list.getItems().contains(MEETING));
        robot.interact(() -> list.getSelectionModel().select(MEETING));
        TableView<AgendaRow> agenda = robot.lookup("#agenda-table").queryTableView();
        waitUntil(30, () -> agenda.getItems().size() == 7);
        waitUntil(30, () -> !robot.lookup("#meeting-lead").queryButton().isDisabled());
        robot.clickOn("#meeting-lead");
        // this application's room (a lookup by id may find another test class's window)
        waitUntil(30, () -> MeetingRoomWindow.showing(context).isPresent());
        MeetingRoomView room = MeetingRoomWindow.showing(context).orElseThrow().view();
        waitUntil(30, () -> room.viewModel().loadedProperty().get());
        Set<String> in = Set.of("a-1", "a-6", "a-10");
        robot.interact(() -> {
            room.viewModel().checkIn().everyone().forEach(r -> r.presentProperty().set(in.contains(r.id())));
            room.viewModel().go(3);
        });
        String caseOnScreen = room.viewModel().currentCaseNumber();

        now.addAndGet(61_000); // a minute without input
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        // the unlock screen is put up by the first listener of the lock; the room closes in a later one of the same
        // event, which this thread can see half-done: let the event end first
        WaitForAsyncUtils.waitForFxEvents();
        // the room went with the key (this application's windows only: the JVM's other test classes may have theirs)
        assertThat(room.getScene().getWindow().isShowing()).isFalse();
        assertThat(MeetingRoomWindow.countShowing(context)).isZero();

        // the chair clicks into the main window (the room window had the keyboard)
        robot.interact(() -> robot.lookup("#unlock-passphrase").query().getScene().getWindow().requestFocus());
        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());
        WorkspaceView workspace = robot.lookup("#workspace").queryAs(WorkspaceView.class);
        waitUntil(10, () -> "meetings".equals(workspace.currentScreenId()));
        waitUntil(30, () -> MeetingRoomWindow.showing(context).isPresent());
        MeetingRoomWindow again = MeetingRoomWindow.showing(context).orElseThrow();
        MeetingRoomViewModel vm = again.view().viewModel();
        waitUntil(30, () -> vm.loadedProperty().get() && vm.indexProperty().get() == 3);
        assertThat(again.date()).isEqualTo(MEETING);
        assertThat(vm.currentCaseNumber()).isEqualTo(caseOnScreen);
        assertThat(vm.checkIn().everyone().stream().filter(r -> r.presentProperty().get()).map(AttendeeRow::id))
                .containsExactlyInAnyOrderElementsOf(in);

        // "Vergadering leiden" brings that window forward instead of opening a second one
        robot.interact(() -> workspace.getScene().getWindow().requestFocus());
        robot.clickOn("#meeting-lead");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MeetingRoomWindow.countShowing(context)).isEqualTo(1);
        assertThat(MeetingRoomWindow.showing(context)).containsSame(again);
    }
}
