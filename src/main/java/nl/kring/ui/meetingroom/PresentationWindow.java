package nl.kring.ui.meetingroom;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.kring.ui.Settings;
import nl.kring.ui.Themes;
import nl.kring.ui.common.I18n;

import java.util.List;

/**
 * The second window, for the projector: on the second screen when there is one (full screen, undecorated), else a
 * normal window the chair drags to the projector (F11 or double-click makes it full screen there). Follows the
 * chair's navigation; B blanks it, PgUp and PgDn move through the agenda, from here as from the chair's screen.
 */
public final class PresentationWindow {
    private final Stage stage;
    private final MeetingRoomViewModel vm;

    public PresentationWindow(MeetingRoomViewModel vm, Settings settings, Window chairWindow) {
        this.vm = vm;
        Screen target = secondScreen(chairWindow);
        stage = new Stage(target == null ? StageStyle.DECORATED : StageStyle.UNDECORATED);
        stage.setTitle(I18n.t("room.presentation.windowTitle"));
        PresentationView view = new PresentationView(vm);
        Scene scene = new Scene(view, 1024, 640);
        Themes.apply(scene, settings.themeProperty().get());
        settings.themeProperty().addListener((o, a, b) -> Themes.apply(scene, b));
        // large type that follows the size of the screen: about 34 lines fit
        scene.heightProperty().addListener((o, a, h) -> scale(view, h.doubleValue()));
        scale(view, scene.getHeight());
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        if (target != null) {
            Rectangle2D b = target.getBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
            stage.setFullScreen(true);
        }
        stage.setOnShown(e -> vm.presentation().openProperty().set(true));
        stage.setOnHidden(e -> vm.presentation().openProperty().set(false));
        if (target == null && chairWindow instanceof Stage room) {
            besideTheRoom(room);
        }
    }

    /**
     * Issue 13: with one screen, the presentation and the room share it without covering each other: the presentation
     * at the right, the room narrowed to the rest; when the presentation closes the room gets its place back.
     */
    private void besideTheRoom(Stage room) {
        Rectangle2D before = new Rectangle2D(room.getX(), room.getY(), room.getWidth(), room.getHeight());
        var on = Screen.getScreensForRectangle(before);
        Rectangle2D visual = (on.isEmpty() ? Screen.getPrimary() : on.getFirst()).getVisualBounds();
        Tiles tiles = tiles(visual, room.getMinWidth());
        stage.setX(tiles.presentation().getMinX());
        stage.setY(tiles.presentation().getMinY());
        stage.setWidth(tiles.presentation().getWidth());
        stage.setHeight(tiles.presentation().getHeight());
        Rectangle2D narrowed = tiles.room();
        // on a small screen (200 %: 683 wide) the room's least width gives way to the presentation; the room scrolls
        double leastBefore = room.getMinWidth();
        room.setMinWidth(Math.min(leastBefore, narrowed.getWidth()));
        room.setX(narrowed.getMinX());
        room.setY(narrowed.getMinY());
        room.setWidth(narrowed.getWidth());
        room.setHeight(narrowed.getHeight());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            boolean stillThere = room.getX() == narrowed.getMinX() && room.getWidth() == narrowed.getWidth();
            room.setMinWidth(leastBefore);
            if (room.isShowing() && stillThere) {
                room.setX(before.getMinX());
                room.setY(before.getMinY());
                room.setWidth(before.getWidth());
                room.setHeight(before.getHeight());
            }
        });
    }

    /** Where the room and the presentation go on one screen. */
    public record Tiles(Rectangle2D room, Rectangle2D presentation) {
    }

    /**
     * The room at the left, as wide as the screen leaves after the presentation, at least {@code roomMinWidth} where
     * the screen allows; the presentation at the top right, at most half the screen wide and at least a third (seen at
     * 200 % on a 1366×768 screen, 683 wide: the room's 683 left the presentation 0 px, a tiny window over the room
     * showing "…"), in the projector's shape (16:10).
     */
    public static Tiles tiles(Rectangle2D visual, double roomMinWidth) {
        // whole pixels: a window's size is rounded, and a fraction made the two overlap by one
        double width = Math.floor(Math.max(visual.getWidth() / 3, Math.min(visual.getWidth() - roomMinWidth,
                visual.getWidth() / 2)));
        double height = Math.min(visual.getHeight(), Math.round(width * 10 / 16));
        Rectangle2D room = new Rectangle2D(visual.getMinX(), visual.getMinY(), visual.getWidth() - width,
                visual.getHeight());
        Rectangle2D presentation = new Rectangle2D(room.getMaxX(), visual.getMinY(), width, height);
        return new Tiles(room, presentation);
    }

    private static void scale(PresentationView view, double height) {
        double px = Math.max(16, Math.round(height / 34));
        view.setStyle("-fx-font-size: " + px + "px;");
    }

    /** A screen other than the chair's, or null when there is only one. */
    static Screen secondScreen(Window chairWindow) {
        List<Screen> screens = Screen.getScreens();
        if (screens.size() < 2) {
            return null;
        }
        Screen chair = Screen.getPrimary();
        if (chairWindow != null) {
            var on = Screen.getScreensForRectangle(chairWindow.getX(), chairWindow.getY(), chairWindow.getWidth(),
                    chairWindow.getHeight());
            if (!on.isEmpty()) {
                chair = on.getFirst();
            }
        }
        for (Screen s : screens) {
            if (!s.equals(chair)) {
                return s;
            }
        }
        return null;
    }

    private void key(KeyEvent e) {
        if (MeetingRoomKeys.handle(e, vm)) {
            e.consume();
        } else if (e.getCode() == KeyCode.F11) {
            stage.setFullScreen(!stage.isFullScreen());
            e.consume();
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }

    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    public Stage stage() {
        return stage;
    }
}
