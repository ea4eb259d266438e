package nl.kring.ui;

import nl.kring.TestVaults;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;

/** Helpers for the TestFX tests. */
public final class UiTestSupport {
    /** For a screen tested on its own: it must not open another screen (that would fail the test). */
    public static final Navigator NO_NAVIGATION = new Navigator() {
        @Override
        public void openCase(String caseNumber) {
            throw new AssertionError("the screen opened case " + caseNumber);
        }

        @Override
        public void openMeeting(LocalDate date) {
            throw new AssertionError("the screen opened the meeting of " + date);
        }

        @Override
        public void openMinutes(LocalDate date) {
            throw new AssertionError("the screen opened the minutes of " + date);
        }
    };

    private UiTestSupport() {
    }

    /** Types the test passphrase on the unlock screen and presses Enter. */
    public static void typePassphrase(FxRobot robot) {
        robot.clickOn("#unlock-passphrase");
        robot.interact(() -> robot.lookup("#unlock-passphrase").queryTextInputControl().setText(TestVaults.PASSPHRASE));
        robot.type(KeyCode.ENTER);
    }

    /** Unlocks, then opens Casussen (the Overzicht comes first after unlock) and waits for its table. */
    public static void unlockToCases(FxRobot robot) {
        typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());
        robot.clickOn("#nav-cases");
        waitUntil(30, () -> robot.lookup("#case-table").tryQuery().isPresent());
    }

    /** The least time a test waits for the UI before it gives up (a bound, not a measurement). */
    public static final int LEAST_WAIT_SECONDS = 60;

    /**
     * Waits until the condition holds. The bound is at least {@link #LEAST_WAIT_SECONDS}: it only decides when a test
     * gives up, never what passes, and on a loaded 2-core machine a JavaFX layout or a background save can take far
     * longer than on an idle one (a 10 s bound failed there while the code was right).
     */
    public static void waitUntil(int seconds, Callable<Boolean> condition) {
        int bound = Math.max(seconds, LEAST_WAIT_SECONDS);
        try {
            WaitForAsyncUtils.waitFor(bound, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + bound + " s", e);
        }
    }

    /**
     * Waits until exactly {@code n} of this application's windows show (see {@link #applicationStages()}). Polls
     * without queueing work on the FX thread, which may be inside a dialog's nested event loop.
     */
    public static void waitForWindows(int n, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (applicationStages() == n) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(n + " windows expected within " + seconds + " s, " + applicationStages() + " show");
    }

    /**
     * How many stages of the application under test show: the primary stage the test started it on, and every
     * dialog owned by it, directly or through another dialog. Windows of other test classes in the same JVM and
     * popups (a tooltip under the mouse, a combo box list) do not count, so the count is the same on every
     * machine and in every class order.
     */
    public static long applicationStages() {
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w.isShowing() && ownedBy(w, primary))
                .count();
    }

    private static boolean ownedBy(Window w, Window root) {
        for (Window at = w; at != null; at = at instanceof Stage s ? s.getOwner() : null) {
            if (at == root) {
                return true;
            }
        }
        return false;
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
                    texts.add(w instanceof Stage s ? s.getTitle() : "");
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
        if (n instanceof Text t) {
            texts.add(t.getText());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    /** Saves a picture of a node (for looking at a failing test). */
    public static void snapshot(Node node, Path png) {
        try {
            WritableImage img = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            PixelReader r = img.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, r.getArgb(x, y));
                }
            }
            ImageIO.write(out, "png", png.toFile());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
