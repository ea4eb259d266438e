package nl.kring.ui.common;

import java.util.concurrent.Future;

/**
 * Runs a screen's background work (database, crypto, PDF) and hands its result or error back to the screen. Built once
 * by the application ({@link WorkerExecutor}: one worker thread, because the vault has one connection) and passed to
 * every ViewModel that works in the background; tests pass a {@link SameThreadExecutor}, which runs the work and its
 * handlers at once, so they need no waiting.
 */
public interface TaskExecutor {

    /** Starts describing a piece of background work; {@link Tasks.Builder#start()} hands it to this executor. */
    default <T> Tasks.Builder<T> background(Tasks.Work<T> work) {
        return new Tasks.Builder<>(this, work);
    }

    /**
     * Runs the work, then on the screen's thread its success or error handler; the busy flag is set meanwhile and the
     * progress shown. The future completes with the work's result (for shutdown and tests that wait for the worker).
     */
    <T> Future<T> execute(Tasks.Builder<T> task);
}
