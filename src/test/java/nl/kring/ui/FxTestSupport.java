package nl.kring.ui;

import javafx.application.Platform;
import nl.kring.ui.common.Tasks;
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

    /** Runs {@code c} on the FX thread (at once when the caller is on it) and returns its result; a failure fails the test. */
    public static <T> T fx(Callable<T> c) {
        try {
            return Platform.isFxApplicationThread() ? c.call() : onFx(c);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Store work of the test itself, beside a ViewModel's: with a same-thread executor the ViewModel's work has
     * finished when its call returns, so the test's own reads and writes need no worker either.
     */
    public static <T> T worker(Tasks.Work<T> work) throws Exception {
        return work.run((fraction, message) -> { });
    }
}
