package nl.kring.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Registered for every test (META-INF/services, autodetection): after each UI test, every window it left open is
 * closed. The surefire JVM shares one JavaFX toolkit, so a dialog or meeting room left showing by one class was
 * counted by the next class's "only the main window is showing" checks, and the order of classes differs between
 * machines (a CI run failed on it while the same commit passed here).
 */
public final class CloseLeftoverWindows implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (context.getTags().contains("ui") && FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.cleanupStages();
        }
    }
}
