package nl.kring.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;

import java.util.List;

/**
 * A dialog that fits its screen at any font size (issue 13: at a 200 % font the export's dialog was 1154 px high and
 * the password list 2228 px wide; the dialogs' buttons read "An…" for "Annuleren"). Its buttons are as wide as their
 * own labels (not one width measured for all of them before the font was known), and a dialog larger than
 * {@link #SHARE} of the usable screen is made that size, its body scrolling between the header and the buttons, which
 * stay in sight.
 */
public final class DialogFit {
    /** The most of the screen's usable area a dialog takes: the window it belongs to stays visible around it. */
    static final double SHARE = 0.9;
    private static final String INSTALLED = "kring.dialogfit";

    private DialogFit() {
    }

    public static void install(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getProperties().put(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            buttonsWhole(pane);
            textsWhole(pane.getContent());
        });
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> fit(dialog));
    }

    private static void buttonsWhole(DialogPane pane) {
        for (ButtonType t : pane.getButtonTypes()) {
            Node b = pane.lookupButton(t);
            if (b != null) {
                ButtonBar.setButtonUniformSize(b, false);
            }
        }
    }

    /**
     * Nothing in the body gets narrower than its text (a label that wraps excepted): when the dialog is too narrow
     * for them, its body scrolls sideways instead of cutting a check box, a button or a choice short.
     */
    private static void textsWhole(Node n) {
        if (n == null) {
            return;
        }
        if (n instanceof Labeled l && !l.isWrapText() && l.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (n instanceof ComboBoxBase<?> c && c.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (n instanceof ScrollPane sp) {
            textsWhole(sp.getContent());
        } else if (n instanceof Parent p && !(n instanceof Control)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                textsWhole(c);
            }
        }
    }

    /** Shrinks the shown dialog to its screen's share, the body scrolling; nothing changes when it fits. */
    static void fit(Dialog<?> dialog) {
        if (Double.isNaN(dialog.getWidth()) || Double.isNaN(dialog.getHeight())) {
            // shown but not sized yet (seen on a loaded machine): fitting NaN made a window the renderer divided by
            // zero over, so the dialog is fitted once JavaFX has given it a size
            fitWhenSized(dialog);
            return;
        }
        // a dialog not placed yet (NaN) is measured against the primary screen
        boolean placed = !Double.isNaN(dialog.getX()) && !Double.isNaN(dialog.getY());
        Rectangle2D window = new Rectangle2D(placed ? dialog.getX() : 0, placed ? dialog.getY() : 0,
                Math.max(1, dialog.getWidth()), Math.max(1, dialog.getHeight()));
        List<Screen> screens = placed ? Screen.getScreensForRectangle(window) : List.of();
        Rectangle2D visual = (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
        double maxW = Math.floor(visual.getWidth() * SHARE);
        double maxH = Math.floor(visual.getHeight() * SHARE);
        if (window.getWidth() <= maxW && window.getHeight() <= maxH) {
            return;
        }
        DialogPane pane = dialog.getDialogPane();
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            pane.setContent(null);
            ScrollPane body = new ScrollPane(content);
            body.setFitToWidth(true);
            body.getStyleClass().add("form-scroll");
            body.setId("dialog-body");
            pane.setContent(body);
        }
        double w = Math.min(window.getWidth(), maxW);
        double h = Math.min(window.getHeight(), maxH);
        dialog.setWidth(w);
        dialog.setHeight(h);
        dialog.setX(visual.getMinX() + (visual.getWidth() - w) / 2);
        dialog.setY(visual.getMinY() + (visual.getHeight() - h) / 2);
    }

    private static void fitWhenSized(Dialog<?> dialog) {
        InvalidationListener[] once = new InvalidationListener[1];
        once[0] = o -> {
            if (!Double.isNaN(dialog.getWidth()) && !Double.isNaN(dialog.getHeight())) {
                dialog.widthProperty().removeListener(once[0]);
                dialog.heightProperty().removeListener(once[0]);
                // not inside the size's own change: the fit changes the size again
                Platform.runLater(() -> {
                    if (dialog.isShowing()) {
                        fit(dialog);
                    }
                });
            }
        };
        dialog.widthProperty().addListener(once[0]);
        dialog.heightProperty().addListener(once[0]);
    }
}
