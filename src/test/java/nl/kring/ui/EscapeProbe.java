package nl.kring.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.UiTestSupport.waitUntil;

/**
 * Issue 13, "Esc closes every dialog": opens a dialog or sub-window the way the app does, waits until it shows and has
 * the keyboard focus, presses Esc as the chair would, and waits until it is gone. Only the window this call opened is
 * watched (other test classes' windows may be showing in the same JVM).
 */
public final class EscapeProbe {
    private EscapeProbe() {
    }

    /** A small shown window to own the dialogs, as the main window does. */
    public static Node owner() throws Exception {
        return onFx(() -> {
            StackPane root = new StackPane();
            Stage s = new Stage();
            s.setScene(new Scene(root, 300, 200));
            s.show();
            return root;
        });
    }

    /**
     * Runs {@code open} on the FX thread (later: it may block in {@code showAndWait}), presses Esc in the one window it
     * opened, and returns that window once it has closed.
     */
    public static Window escCloses(Runnable open) throws Exception {
        Set<Window> before = onFx(() -> Set.copyOf(Window.getWindows()));
        Platform.runLater(open);
        AtomicReference<Window> opened = new AtomicReference<>();
        waitUntil(30, () -> {
            try {
                List<Window> fresh = onFx(() -> Window.getWindows().stream()
                        .filter(w -> !before.contains(w) && w.isShowing() && w instanceof Stage).toList());
                if (fresh.size() == 1) {
                    opened.set(fresh.getFirst());
                }
                return opened.get() != null;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Window w = opened.get();
        // keys go to the focused window: wait for it, then press as a person would
        waitUntil(30, w::isFocused);
        new FxRobot().press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(30, () -> !w.isShowing());
        return w;
    }

    /** The title of a window (on the FX thread). */
    public static String title(Window w) throws Exception {
        return onFx(() -> w instanceof Stage s ? s.getTitle() : "");
    }
}
