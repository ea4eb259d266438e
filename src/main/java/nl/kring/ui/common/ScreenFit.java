package nl.kring.ui.common;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.List;

/**
 * Keeps a window inside the usable part of its screen. The main window opened 1200×780 and the room and "bekijk als"
 * windows up to 860 high: on a 1366×768 laptop, with the title bar, their buttons at the bottom were below the edge
 * of the screen. The window shrinks to the screen's visual bounds (without task bar) and moves onto it.
 */
public final class ScreenFit {
    private ScreenFit() {
    }

    /** Fits {@code stage} each time it is shown (its size includes the title bar then). */
    public static void keepOnScreen(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fitNow(stage));
    }

    /** Fits {@code stage} now, on the screen it is mostly on. */
    public static void fitNow(Stage stage) {
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
        List<Screen> screens = Screen.getScreensForRectangle(window);
        Rectangle2D visual = (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
        // at a display scale of 200 % a 1366×768 screen is 683×384: the window's minimum gives way to the screen
        // (the workspace scrolls), or the window could not shrink onto it
        Dimension2D least = minimum(stage.getMinWidth(), stage.getMinHeight(), visual);
        stage.setMinWidth(least.getWidth());
        stage.setMinHeight(least.getHeight());
        Rectangle2D fitted = fit(window, visual);
        if (!fitted.equals(window)) {
            stage.setX(fitted.getMinX());
            stage.setY(fitted.getMinY());
            stage.setWidth(fitted.getWidth());
            stage.setHeight(fitted.getHeight());
        }
    }

    /** A window's minimum size, no larger than the visual bounds. */
    static Dimension2D minimum(double minWidth, double minHeight, Rectangle2D visual) {
        return new Dimension2D(Math.min(minWidth, visual.getWidth()), Math.min(minHeight, visual.getHeight()));
    }

    /** The window, no larger than the visual bounds and moved inside them; unchanged when it already fits. */
    static Rectangle2D fit(Rectangle2D window, Rectangle2D visual) {
        double w = Math.min(window.getWidth(), visual.getWidth());
        double h = Math.min(window.getHeight(), visual.getHeight());
        double x = Math.max(visual.getMinX(), Math.min(window.getMinX(), visual.getMaxX() - w));
        double y = Math.max(visual.getMinY(), Math.min(window.getMinY(), visual.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
