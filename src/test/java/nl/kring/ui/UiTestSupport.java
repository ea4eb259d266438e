package nl.kring.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Helpers for the TestFX tests. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    public static void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }

    /** Every text shown anywhere in the application's windows: labels, buttons, cells, inputs and tooltips. */
    public static List<String> allVisibleTexts() {
        try {
            return texts();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    texts.add(w instanceof javafx.stage.Stage s ? s.getTitle() : "");
                    collect(w.getScene().getRoot(), texts);
                }
            }
            return texts;
        }).get(10, TimeUnit.SECONDS);
    }

    /** The texts of one node tree (call on the FX thread). */
    public static void collectTexts(Node n, List<String> texts) {
        collect(n, texts);
    }

    private static void collect(Node n, List<String> texts) {
        if (n instanceof Labeled l) {
            texts.add(l.getText());
        }
        if (n instanceof TextInputControl t) {
            texts.add(t.getText());
            texts.add(t.getPromptText());
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            texts.add(c.getTooltip().getText());
        }
        if (n instanceof javafx.scene.text.Text t) {
            texts.add(t.getText());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
