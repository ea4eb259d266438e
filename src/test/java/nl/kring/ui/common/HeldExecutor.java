package nl.kring.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Holds each piece of background work until the test releases it, then runs it as {@link SameThreadExecutor} does:
 * for "what happens when the vault locks while work is on its way", without threads or waiting.
 */
public final class HeldExecutor implements TaskExecutor {
    private final List<Tasks.Builder<?>> held = new ArrayList<>();
    private Runnable outcome;

    @Override
    public <T> Future<T> execute(Tasks.Builder<T> task) {
        held.add(task);
        return new CompletableFuture<>();
    }

    /** Runs the held work in the order it was started. */
    public void release() {
        List<Tasks.Builder<?>> now = List.copyOf(held);
        held.clear();
        now.forEach(b -> new SameThreadExecutor().execute(b));
    }

    /** Runs the piece of work started first; the others stay held. */
    public void releaseFirst() {
        new SameThreadExecutor().execute(held.removeFirst());
    }

    /**
     * Runs the work started first as the worker would, but holds its outcome back from the screen until
     * {@link #deliver()}: the moment between "the worker is done" and "the screen is told".
     */
    public void runFirstWork() {
        runWork(held.removeFirst());
    }

    private <T> void runWork(Tasks.Builder<T> b) {
        try {
            T result = b.work().run((f, m) -> { });
            outcome = () -> b.succeeded(result);
        } catch (Exception e) {
            outcome = () -> b.failed(e);
        }
    }

    /** Hands the outcome held back by {@link #runFirstWork()} to the screen. */
    public void deliver() {
        Runnable o = outcome;
        outcome = null;
        o.run();
    }

    public int held() {
        return held.size();
    }
}
