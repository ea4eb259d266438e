package nl.kring.ui.common;

import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tooltip;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.util.List;

/**
 * Every tooltip of the application wraps between words at a readable width that fits its screen (issue 13: "tooltips
 * cut at the window edge"; the agenda's "bezoeken" explanation was one line wider than a 1366 px screen, cut on both
 * sides). Set once, for every tooltip as it is shown, so no screen has to remember it.
 */
public final class Tooltips {
    /** The widest a tooltip line gets, in em: about seventy characters, a comfortable line to read. */
    static final double MAX_EM = 36;
    private static boolean installed;

    private Tooltips() {
    }

    /** From now on every tooltip shown wraps within {@link #maxWidth} (idempotent; on the FX thread). */
    public static void wrapEverywhere() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w instanceof Tooltip t) {
                        fit(t);
                    }
                }
            }
        });
    }

    /** Wraps the tooltip's text within the width it may take on the screen it shows on. */
    static void fit(Tooltip t) {
        t.setWrapText(true);
        t.setMaxWidth(maxWidth(screenOf(t)));
    }

    /** {@link #MAX_EM} em, but never more than nine tenths of the screen (a large font on a small screen). */
    static double maxWidth(Rectangle2D visual) {
        return Math.min(Forms.em(MAX_EM), visual.getWidth() * 0.9);
    }

    private static Rectangle2D screenOf(Tooltip t) {
        List<Screen> at = Screen.getScreensForRectangle(t.getAnchorX(), t.getAnchorY(), 1, 1);
        return (at.isEmpty() ? Screen.getPrimary() : at.getFirst()).getVisualBounds();
    }
}
