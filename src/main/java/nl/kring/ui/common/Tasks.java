package nl.kring.ui.common;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Fluent helper for background work: all database, crypto and PDF work runs on one worker thread (the vault has one
 * connection), never on the FX thread. Results and errors come back on the FX thread.
 */
public final class Tasks {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kring-worker");
        t.setDaemon(true);
        return t;
    });

    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Lets background work report how far it is (0..1) and a short status text. */
    public interface Progress {
        void update(double fraction, String message);
    }

    public static <T> Builder<T> background(Work<T> work) {
        return new Builder<>(work);
    }

    public static final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> { };
        private BooleanProperty busy;
        private DoubleProperty progress;
        private javafx.beans.property.StringProperty message;

        private Builder(Work<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> c) {
            this.onSuccess = c;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> c) {
            this.onError = c;
            return this;
        }

        public Builder<T> busy(BooleanProperty busy) {
            this.busy = busy;
            return this;
        }

        public Builder<T> progress(DoubleProperty progress, javafx.beans.property.StringProperty message) {
            this.progress = progress;
            this.message = message;
            return this;
        }

        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.run((f, m) -> {
                        updateProgress(f, 1.0);
                        if (m != null) {
                            updateMessage(m);
                        }
                    });
                }
            };
            Runnable begin = () -> {
                if (busy != null) {
                    busy.set(true);
                }
                if (progress != null) {
                    progress.bind(task.progressProperty());
                    message.bind(task.messageProperty());
                }
            };
            Runnable end = () -> {
                if (busy != null) {
                    busy.set(false);
                }
                if (progress != null) {
                    progress.unbind();
                    message.unbind();
                }
            };
            task.setOnSucceeded(e -> {
                end.run();
                onSuccess.accept(task.getValue());
            });
            task.setOnFailed(e -> {
                end.run();
                Throwable ex = task.getException();
                java.util.logging.Logger.getLogger(Tasks.class.getName())
                        .log(java.util.logging.Level.WARNING, "background task failed", ex);
                onError.accept(ex);
            });
            if (Platform.isFxApplicationThread()) {
                begin.run();
            } else {
                Platform.runLater(begin);
            }
            WORKER.execute(task);
            return task;
        }
    }

    private Tasks() {
    }
}
