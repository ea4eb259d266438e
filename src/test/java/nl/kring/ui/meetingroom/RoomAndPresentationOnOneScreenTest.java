package nl.kring.ui.meetingroom;

import org.testfx.framework.junit5.Start;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;


import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Issue 13: with one screen (a laptop without a projector yet), the presentation window opens beside the meeting room
 * instead of over it: the room narrows to the left, the presentation stands at the right, neither covers the other,
 * both stay on the screen; closing the presentation gives the room its place back.
 */
@Tag("ui")
class RoomAndPresentationOnOneScreenTest extends DemoRoomFxTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void thePresentationOpensBesideTheRoomAndTheRoomGetsItsPlaceBack(FxRobot robot) {
        MeetingRoomWindow room = DemoVault.openRoom(robot, context);
        Stage chair = room.stage();
        Rectangle2D before = bounds(chair);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(screen.contains(before)).as("the room alone on the screen %s: %s", screen, before).isTrue();

        robot.clickOn("#room-presentation");
        waitUntil(30, () -> room.view().presentation() != null && room.view().presentation().isShowing());
        Stage projector = room.view().presentation().stage();
        Rectangle2D roomNow = bounds(chair);
        Rectangle2D presentation = bounds(projector);

        assertThat(roomNow.intersects(presentation)).as("room %s and presentation %s", roomNow, presentation).isFalse();
        assertThat(screen.contains(roomNow)).as("the room %s on the screen %s", roomNow, screen).isTrue();
        assertThat(screen.contains(presentation)).as("the presentation %s on the screen %s", presentation, screen)
                .isTrue();
        assertThat(roomNow.getWidth()).as("the room keeps its least width").isGreaterThanOrEqualTo(chair.getMinWidth());
        assertThat(presentation.getWidth()).as("a presentation the chair can read").isGreaterThan(300);
        assertThat(presentation.getHeight() / presentation.getWidth()).as("in the projector's shape").isEqualTo(10 / 16.0,
                offset(0.01));

        robot.clickOn("#room-presentation");
        waitUntil(30, () -> !projector.isShowing());
        assertThat(bounds(chair)).as("the room back in its place").isEqualTo(before);
    }

    @Test
    void theTilesShareTheChairsScreens() {
        // the laptop of the issue and the chair's larger screen: the room keeps 900 px, the presentation takes the rest
        var laptop = PresentationWindow.tiles(new Rectangle2D(0, 0, 1366, 740), 900);
        assertThat(laptop.room()).isEqualTo(new Rectangle2D(0, 0, 900, 740));
        assertThat(laptop.presentation()).isEqualTo(new Rectangle2D(900, 0, 466, 291));
        // a display scale of 200 % on a 1366×768 laptop: 683×370, the room's least width given way to the screen
        var scaled = PresentationWindow.tiles(new Rectangle2D(0, 0, 683, 370), 683);
        assertThat(scaled.presentation()).as("a third of the screen, not 0").isEqualTo(new Rectangle2D(456, 0, 227, 142));
        assertThat(scaled.room()).isEqualTo(new Rectangle2D(0, 0, 456, 370));
        var large = PresentationWindow.tiles(new Rectangle2D(0, 0, 1920, 1050), 900);
        assertThat(large.room()).isEqualTo(new Rectangle2D(0, 0, 960, 1050));
        assertThat(large.presentation()).isEqualTo(new Rectangle2D(960, 0, 960, 600));
    }

    private static Rectangle2D bounds(Stage s) {
        return new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight());
    }
}
