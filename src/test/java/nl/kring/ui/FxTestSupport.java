package nl.kring.ui;

import javafx.application.Platform;
import org.testfx.api.FxToolkit;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** For ViewModel tests without a stage: start the FX toolkit once, run code on its thread, wait for background work. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    /**
     * Starts the toolkit the way TestFX does (through its primary stage): a toolkit started with
     * {@code Platform.startup} first leaves TestFX's robot unable to click in the TestFX tests that run later in the
     * same JVM.
     */
    public static void startFx() throws InterruptedException {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new AssertionError("JavaFX did not start", e);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.runLater(started::countDown);
        if (!started.await(UiTestSupport.LEAST_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("JavaFX did not start");
        }
    }

    public static <T> T onFx(Callable<T> work) throws Exception {
        return onFx(work, UiTestSupport.LEAST_WAIT_SECONDS);
    }

    /** Runs {@code work} on the FX thread and waits for its result at most {@code seconds}. */
    public static <T> T onFx(Callable<T> work, int seconds) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        // a bound on giving up, not a measurement: a loaded machine may take long over a layout or a render
        return result.get(seconds, TimeUnit.SECONDS);
    }
}
