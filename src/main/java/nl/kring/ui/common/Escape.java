package nl.kring.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Esc closes every dialog and every sub-window the same way (issue 13): a dialog's Cancel button is pressed where
 * there is one (so Esc means exactly what Cancel means), a dialog without one is closed, a sub-window is closed.
 * Seen before the focused control (an event filter): a text field with a {@link javafx.scene.control.TextFormatter}
 * (every field limited by {@link TextLimits}, the date fields) consumes Esc itself, so a handler would never see it
 * there. An open drop-down list or calendar still closes first: its popup takes the Esc before the dialog's scene.
 * Not for the meeting room and the presentation window: they stay open for the whole meeting and close only on
 * purpose.
 */
public final class Escape {
    private Escape() {
    }

    /** Esc on the dialog presses its Cancel button, or closes a dialog that has none; the dialog fits its screen ({@link DialogFit}). */
    public static <D extends Dialog<?>> D closes(D dialog) {
        EventHandler<KeyEvent> onEscape = e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed() && dialog.isShowing() && !listOpen(e)) {
                e.consume();
                cancel(dialog);
            }
        };
        onScene(dialog.getDialogPane(), onEscape);
        DialogFit.install(dialog); // every dialog passes here: it fits its screen too (issue 13, a 200 % font)
        return dialog;
    }

    /** Esc in the window closes it, as its close button would. */
    public static Stage closes(Stage stage) {
        EventHandler<KeyEvent> onEscape = e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed() && stage.isShowing() && !listOpen(e)) {
                e.consume();
                stage.close();
            }
        };
        if (stage.getScene() != null) {
            stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, onEscape);
        }
        stage.sceneProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeEventFilter(KeyEvent.KEY_PRESSED, onEscape);
            }
            if (b != null) {
                b.addEventFilter(KeyEvent.KEY_PRESSED, onEscape);
            }
        });
        return stage;
    }

    /** The dialog's Cancel (or other cancelling) button pressed, when it may be; closed when there is none. */
    static void cancel(Dialog<?> dialog) {
        ButtonType cancel = null;
        for (ButtonType t : dialog.getDialogPane().getButtonTypes()) {
            ButtonBar.ButtonData d = t.getButtonData();
            if (d == ButtonBar.ButtonData.CANCEL_CLOSE) {
                cancel = t;
                break;
            }
            if (d != null && d.isCancelButton() && cancel == null) {
                cancel = t;
            }
        }
        if (cancel != null) {
            Node b = dialog.getDialogPane().lookupButton(cancel);
            if (b instanceof Button button && !button.isDisabled()) {
                button.fire();
            }
            return;
        }
        // no Cancel: JavaFX closes a dialog with one button, its result that button (as the window's close box does)
        dialog.close();
    }

    /** Whether the Esc is for an open drop-down list or calendar of the focused control (it closes that first). */
    private static boolean listOpen(KeyEvent e) {
        Node n = e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
        for (; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> box && box.isShowing()) {
                return true;
            }
        }
        return false;
    }

    /** On the dialog's scene: a key pressed where no control has the focus does not pass through the pane. */
    private static void onScene(Node pane, EventHandler<KeyEvent> handler) {
        Scene now = pane.getScene();
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, handler);
        }
        pane.sceneProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
            }
            if (b != null) {
                b.addEventFilter(KeyEvent.KEY_PRESSED, handler);
            }
        });
    }
}
