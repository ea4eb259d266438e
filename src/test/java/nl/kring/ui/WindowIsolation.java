package nl.kring.ui;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

import java.util.List;

/**
 * Registered for every test (META-INF/services, autodetection): each UI test meets the windows it would meet alone.
 * The surefire JVM shares one JavaFX toolkit and one primary stage between all TestFX classes, and the order of the
 * classes differs between machines (a CI run failed on it while the same commit passed here):
 * <ul>
 * <li>after each UI test, every window it left open (a dialog, a meeting room) is closed, so the next class's
 * "only the main window is showing" checks count its own windows;</li>
 * <li>just before each UI test, the primary stage takes the size of the scene its {@code @Start} set and is
 * centred, as a fresh stage would be: a 400×200 stage of a small test otherwise kept that size for the whole application of the next test,
 * and the minutes editor's new paragraph never got the keyboard.</li>
 * </ul>
 */
public final class WindowIsolation implements BeforeTestExecutionCallback, AfterEachCallback {
    @Override
    public void beforeTestExecution(ExtensionContext context) throws Exception {
        if (!applies(context)) {
            return;
        }
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        FxToolkit.setupFixture(() -> {
            if (primary.isShowing() && primary.getScene() != null) {
                primary.sizeToScene();
                primary.centerOnScreen(); // grown from a small stage's place, its buttons were off the screen
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!applies(context)) {
            return;
        }
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        FxToolkit.setupFixture(() -> {
            List.copyOf(Window.getWindows()).stream()
                    .filter(w -> w != primary && w.isShowing())
                    .forEach(Window::hide);
            if (primary.isShowing()) {
                primary.requestFocus(); // a hidden dialog had the keyboard; the next test types into the main window
            }
        });
    }

    private static boolean applies(ExtensionContext context) {
        return context.getTags().contains("ui") && FxToolkit.isFXApplicationThreadRunning()
                && FxToolkit.toolkitContext().getRegisteredStage() != null;
    }
}
