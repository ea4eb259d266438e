package nl.kring.ui.minutes;

import javafx.application.Platform;
import nl.kring.pseudonym.IncrementalRecognizer;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the recognition engine for the editor on a thread of its own (never the FX thread, never the store's
 * worker): each change is debounced ({@link #DEBOUNCE_MS}), a newer change makes an older run stale (it stops
 * between chunks and its result is dropped), and the result reaches the paragraph on the FX thread only when the
 * text is still the one recognised. Long texts report progress.
 */
final class LiveRecognition implements AutoCloseable {
    static final long DEBOUNCE_MS = 150;
    /** Below this many characters still to recognise no progress is shown (it takes well under 0.1 s). */
    private static final long PROGRESS_FROM = 50_000;

    /**
     * Where recognition runs and how its result comes back to the editor: {@link #ownThread()} in the application,
     * {@link #sameThread()} in ViewModel tests, which then need no waiting.
     */
    interface Runner extends AutoCloseable {
        /** Runs {@code r} after {@code delayMs} on the recognition thread; the future cancels it. */
        Future<?> schedule(Runnable r, long delayMs);

        /** Runs {@code r} on the recognition thread, in order with the scheduled work. */
        void execute(Runnable r);

        /** Hands {@code r} (a result, progress) to the editor's thread. */
        void toScreen(Runnable r);

        @Override
        void close();

        /** A daemon thread of its own, below normal priority; results reach the editor on the FX thread. */
        static Runner ownThread() {
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kring-recognition");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });
            return new Runner() {
                @Override
                public Future<?> schedule(Runnable r, long delayMs) {
                    return thread.schedule(r, delayMs, TimeUnit.MILLISECONDS);
                }

                @Override
                public void execute(Runnable r) {
                    thread.execute(r);
                }

                @Override
                public void toScreen(Runnable r) {
                    Platform.runLater(r);
                }

                @Override
                public void close() {
                    thread.close();
                }
            };
        }

        /**
         * At once, on the caller's thread (the FX thread in the tests), without the debounce: when a change has been
         * made, its recognition is there.
         */
        static Runner sameThread() {
            return new Runner() {
                @Override
                public Future<?> schedule(Runnable r, long delayMs) {
                    r.run();
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public void execute(Runnable r) {
                    r.run();
                }

                @Override
                public void toScreen(Runnable r) {
                    r.run();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private final Runner thread;
    /** Per paragraph, its chunk cache; touched on the recognition thread only. */
    private final Map<ParagraphModel, IncrementalRecognizer> sessions = new IdentityHashMap<>();
    private volatile Recognizer recognizer;
    private final Consumer<ParagraphModel> onRecognised;

    /** @param onRecognised called on the FX thread after a paragraph got the recognition of its current text */
    LiveRecognition(Consumer<ParagraphModel> onRecognised) {
        this(Runner.ownThread(), onRecognised);
    }

    LiveRecognition(Runner runner, Consumer<ParagraphModel> onRecognised) {
        this.thread = runner;
        this.onRecognised = onRecognised;
    }

    /** A new recogniser (another meeting, a relative added): caches are dropped. Call from the FX thread. */
    void use(Recognizer r) {
        recognizer = r;
        thread.execute(sessions::clear);
    }

    boolean ready() {
        return recognizer != null;
    }

    /** Forgets a paragraph that left the editor. */
    void forget(ParagraphModel p) {
        p.version.incrementAndGet();
        if (p.scheduled != null) {
            p.scheduled.cancel(false);
        }
        thread.execute(() -> sessions.remove(p));
    }

    /** Schedules recognition of the paragraph's current text. Call from the FX thread after each change. */
    void request(ParagraphModel p, long delayMs) {
        long v = p.version.incrementAndGet();
        p.changedAt = System.nanoTime();
        p.pendingProperty().set(true);
        if (p.scheduled != null) {
            p.scheduled.cancel(false);
        }
        Recognizer r = recognizer;
        if (r == null) {
            return; // recognised when the recogniser arrives
        }
        String text = p.text();
        p.scheduled = thread.schedule(() -> run(p, r, text, v), delayMs);
    }

    private void run(ParagraphModel p, Recognizer r, String text, long v) {
        if (p.version.get() != v || recognizer != r) {
            return;
        }
        IncrementalRecognizer session = sessions.computeIfAbsent(p, k -> r.incremental());
        double[] shown = {-1};
        Recognition result;
        try {
            result = session.update(text, (done, total) -> {
                if (p.version.get() != v) {
                    return false;
                }
                if (total >= PROGRESS_FROM) {
                    double f = (double) done / total;
                    if (f - shown[0] >= 0.01 || done == total) {
                        shown[0] = f;
                        thread.toScreen(() -> {
                            if (p.version.get() == v) {
                                p.progressProperty().set(f);
                            }
                        });
                    }
                }
                return true;
            });
        } catch (RuntimeException e) {
            Logger.getLogger(LiveRecognition.class.getName())
                    .log(Level.WARNING, "recognition failed", e);
            return;
        }
        if (result == null) {
            return;
        }
        var spans = ParagraphEditor.spans(result); // off the FX thread: 70,000 marks in a 5 MB paste take a while
        thread.toScreen(() -> {
            if (p.version.get() == v) {
                p.spans = spans;
                p.setRecognition(result);
                p.pendingProperty().set(false);
                p.progressProperty().set(-1);
                p.lastLatencyMillis = (System.nanoTime() - p.changedAt) / 1e6;
                onRecognised.accept(p);
            }
        });
    }

    /** Stops the recognition thread (waiting for what it runs) and drops every paragraph's cache and the recogniser. */
    @Override
    public void close() {
        thread.close();
        sessions.clear(); // the thread has ended: nothing touches the caches any more
        recognizer = null;
    }
}
