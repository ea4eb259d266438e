package nl.kring.ui.meetingroom;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 15, point 7 in the meeting room: the chair moves on from an item discussed without consent; Kring proposes
 * pre-filled disclosure notes; the chair edits one's reason and records it (in the vault, audited), drops another
 * (nothing written).
 */
@Tag("ui")
class ProposedNotesFxTest extends DemoRoomFxTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void theChairEditsRecordsAndDropsTheNotesProposedAfterAnItemWithoutConsent(FxRobot robot) throws Exception {
        MeetingRoomView room = DemoVault.openRoom(robot, context).view();
        MeetingRoomViewModel vm = room.viewModel();
        List<String> kring = store.cases().find("2026-010").orElseThrow().kring(); // consent refused
        robot.interact(() -> {
            vm.checkIn().everyone().forEach(r -> r.presentProperty().set(kring.contains(r.partner().id())));
            var items = vm.meetingProperty().get().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseNumber().equals("2026-010")) {
                    vm.go(i);
                }
            }
        });
        waitUntil(10, () -> "2026-010".equals(vm.currentCaseNumber()));
        assertThat(robot.lookup("#room-proposals-pane").query().isVisible()).isFalse();
        int before = store.disclosures().forCase("2026-010").size();

        robot.clickOn("#room-next"); // the chair moves on
        waitUntil(10, () -> robot.lookup("#room-proposals-pane").query().isVisible());
        int proposed = vm.notes().proposals().size();
        assertThat(proposed).isGreaterThanOrEqualTo(2);
        ProposalRow first = vm.notes().proposals().getFirst();

        TextField why = robot.lookup("#room-proposal-why-0").queryAs(TextField.class);
        robot.clickOn(why);
        waitUntil(10, why::isFocused);
        robot.type(KeyCode.END);
        robot.write(" Besproken ter vergadering.");
        waitUntil(10, () -> first.whyProperty().get().endsWith("Besproken ter vergadering."));
        robot.clickOn("#room-proposal-confirm-0");
        waitUntil(30, () -> store.disclosures().forCase("2026-010").size() == before + 1);
        waitUntil(10, () -> vm.notes().proposals().size() == proposed - 1);
        var note = store.disclosures().forCase("2026-010").getLast().disclosure();
        assertThat(note.to()).containsExactly(first.proposal().recipient());
        assertThat(note.why()).endsWith("Besproken ter vergadering.");
        assertThat(note.date()).isEqualTo(MEETING);

        ProposalRow second = vm.notes().proposals().getFirst();
        robot.clickOn("#room-proposal-drop-0");
        waitUntil(10, () -> !vm.notes().proposals().contains(second));
        assertThat(vm.notes().proposals()).hasSize(proposed - 2);
        assertThat(store.disclosures().forCase("2026-010")).hasSize(before + 1); // dropping writes nothing
        assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("DISCLOSURE")).last()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("2026-010"));
        assertThat(store.audit().verify()).isEmpty();
    }

    /**
     * Issue 15 (legal2): the chair types a reason in a proposed note and closes the meeting room with the field still
     * focused; the room opened again shows the same proposals, the edited reason kept; recording it writes one note.
     */
    @Test
    void theProposalsAndAnEditedReasonComeBackWhenTheRoomIsOpenedAgain(FxRobot robot) throws Exception {
        MeetingRoomView room = DemoVault.openRoom(robot, context).view();
        MeetingRoomViewModel vm = room.viewModel();
        List<String> kring = store.cases().find("2026-010").orElseThrow().kring(); // consent refused
        robot.interact(() -> {
            vm.checkIn().everyone().forEach(r -> r.presentProperty().set(kring.contains(r.partner().id())));
            var items = vm.meetingProperty().get().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseNumber().equals("2026-010")) {
                    vm.go(i);
                }
            }
        });
        waitUntil(10, () -> "2026-010".equals(vm.currentCaseNumber()));
        robot.clickOn("#room-next");
        waitUntil(10, () -> robot.lookup("#room-proposals-pane").query().isVisible());
        List<String> keys = vm.notes().proposals().stream().map(ProposalRow::key).toList();
        waitUntil(30, () -> store.proposals().pending(MEETING).size() == keys.size());

        TextField why = robot.lookup("#room-proposal-why-0").queryAs(TextField.class);
        robot.clickOn(why);
        waitUntil(10, why::isFocused);
        robot.type(KeyCode.END);
        robot.write(" Gedeeld bij het tweede huisbezoek.");
        waitUntil(10, () -> vm.notes().proposals().getFirst().whyProperty().get().endsWith("tweede huisbezoek."));
        robot.interact(() -> MeetingRoomWindow.showing(context).orElseThrow().close());
        waitUntil(30, () -> store.proposals().pending(MEETING).stream().anyMatch(p -> p.note().why() != null
                && p.note().why().endsWith("tweede huisbezoek.")));

        int before = store.disclosures().forCase("2026-010").size();
        MeetingRoomView again = DemoVault.openRoom(robot, context).view();
        MeetingRoomViewModel vm2 = again.viewModel();
        waitUntil(10, () -> robot.lookup("#room-proposals-pane").query().isVisible());
        assertThat(vm2.notes().proposals().stream().map(ProposalRow::key).toList()).containsExactlyElementsOf(keys);
        TextField kept = robot.lookup("#room-proposal-why-0").queryAs(TextField.class);
        assertThat(kept.getText()).endsWith("tweede huisbezoek.");
        robot.clickOn("#room-proposal-confirm-0");
        waitUntil(30, () -> store.disclosures().forCase("2026-010").size() == before + 1);
        waitUntil(10, () -> vm2.notes().proposals().size() == keys.size() - 1);
        assertThat(store.disclosures().forCase("2026-010").getLast().disclosure().why()).endsWith("tweede huisbezoek.");
        waitUntil(30, () -> store.proposals().pending(MEETING).size() == keys.size() - 1);
    }
}
