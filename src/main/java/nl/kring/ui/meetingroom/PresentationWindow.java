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
