package nl.kring.ui.meetingroom;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.kring.ui.UiTestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 12 and 13: a partner's own file numbers in the meeting room, as each reader sees them. The demo's 2026-001
 * carries two: GGD Vangnet's "dossiernr. GGD-2025-04417" and Het Dak's "huurdersnummer 481236"; 2026-004 carries
 * Verslavingszorg's "VZ 2024-0815". With only the kring of 2026-001 in the room, the chair sees both of its numbers,
 * "bekijk als" the GGD shows the GGD's alone, as Het Dak Het Dak's alone, as the huisarts (who issued none) neither, and
 * as Verslavingszorg never its number of another case; the presentation shows none.
 */
@Tag("ui")
class FileNumberViewAsFxTest extends DemoRoomFxTest {
    static final String GGD = "GGD-2025-04417";
    static final String WOCO = "481236";
    static final String VZ_OTHER_CASE = "VZ 2024-0815";
    static final List<String> NUMBERS = List.of(GGD, WOCO, VZ_OTHER_CASE);

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void eachPartnerSeesOnlyTheNumbersItIssuedAndTheProjectorNone(FxRobot robot) {
        MeetingRoomView room = DemoVault.openRoom(robot, context).view();
        // only the kring of 2026-001 in the room: GGD (a-1), Het Dak (a-3), huisarts (a-6), verslavingszorg (a-9)
        Set<String> in = Set.of("a-1", "a-3", "a-6", "a-9");
        robot.interact(() -> room.viewModel().checkIn().everyone()
                .forEach(r -> r.presentProperty().set(in.contains(r.id()))));

        List<String> chair = texts(robot, robot.lookup("#room-current").query());
        assertThat(chair).anyMatch(s -> s.contains("GGD Vangnet Rivierstad: dossiernr. " + GGD))
                .anyMatch(s -> s.contains("Woonstichting Het Dak: huurdersnummer " + WOCO))
                .noneMatch(s -> s.contains(VZ_OTHER_CASE));

        List<String> ggd = viewAs(robot, room, "a-1");
        assertThat(ggd).as("the GGD's view").contains("GGD Vangnet Rivierstad: dossiernr. " + GGD)
                .noneMatch(s -> s.contains(WOCO) || s.contains(VZ_OTHER_CASE));

        List<String> woco = viewAs(robot, room, "a-3");
        assertThat(woco).as("Het Dak's view").contains("Woonstichting Het Dak: huurdersnummer " + WOCO)
                .noneMatch(s -> s.contains(GGD) || s.contains(VZ_OTHER_CASE));

        for (String other : List.of("a-6", "a-9")) {
            List<String> seen = viewAs(robot, room, other);
            assertThat(seen).as("the view of " + other).anyMatch(s -> s.contains("Jan de Vries")) // the name shows
                    .noneMatch(s -> NUMBERS.stream().anyMatch(s::contains))
                    .anyMatch(s -> s.startsWith("niet zichtbaar voor") && s.contains("dossiernummers"));
        }

        robot.clickOn("#room-presentation");
        waitUntil(15, () -> room.presentation() != null && room.presentation().isShowing());
        Stage presentation = room.presentation().stage();
        waitUntil(15, () -> texts(robot, presentation.getScene().getRoot()).contains("2026-001"));
        assertThat(texts(robot, presentation.getScene().getRoot())).anyMatch(s -> s.contains("Jan de Vries"))
                .noneMatch(s -> NUMBERS.stream().anyMatch(s::contains) || s.contains("Dossiernummers"));
    }

    /** The chair opens "bekijk als" for one attendee; the window's texts; the chair closes it again. */
    private static List<String> viewAs(FxRobot robot, MeetingRoomView room, String attendeeId) {
        ListView<AttendeeRow> list = robot.lookup("#room-attendees").queryListView();
        robot.interact(() -> list.scrollTo(room.viewModel().checkIn().row(attendeeId).orElseThrow()));
        robot.clickOn(robot.lookup("#view-as-button-" + attendeeId).match(FileNumberViewAsFxTest::reallyVisible)
                .queryButton());
        waitUntil(15, () -> robot.lookup("#view-as").tryQuery().isPresent());
        Node window = robot.lookup("#view-as").query();
        List<String> seen = texts(robot, window);
        assertThat(robot.lookup("#view-as-header").queryAs(Labeled.class).getText())
                .contains(room.viewModel().checkIn().row(attendeeId).orElseThrow().attendee().name());
        robot.clickOn("#view-as-close");
        waitUntil(15, () -> robot.lookup("#view-as").tryQuery().isEmpty());
        return seen;
    }

    private static List<String> texts(FxRobot robot, Node root) {
        AtomicReference<List<String>> out = new AtomicReference<>();
        robot.interact(() -> {
            List<String> t = new ArrayList<>();
            UiTestSupport.collectTexts(root, t);
            t.removeIf(s -> s == null);
            out.set(t);
        });
        return out.get();
    }

    /** List views keep spare, invisible cells with the same ids. */
    private static boolean reallyVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
