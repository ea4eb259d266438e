package nl.kring.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A piece of background work and what the screen does with its outcome, described fluently and run by the
 * {@link TaskExecutor} the screen was given: {@code executor.background(p -> …).busy(busy).onSuccess(…).start()}.
 */
public final class Tasks {

    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Lets background work report how far it is (0..1) and a short status text. */
    public interface Progress {
        void update(double fraction, String message);
    }

    public static final class Builder<T> {
        private final TaskExecutor executor;
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> { };
        private BooleanProperty busy;
        private DoubleProperty progress;
        private StringProperty message;

        Builder(TaskExecutor executor, Work<T> work) {
            this.executor = executor;
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

        public Builder<T> progress(DoubleProperty progress, StringProperty message) {
            this.progress = progress;
            this.message = message;
            return this;
        }

        public Future<T> start() {
            return executor.execute(this);
        }

        // ---- for the executors

        Work<T> work() {
            return work;
        }

        void succeeded(T result) {
            onSuccess.accept(result);
        }

        void failed(Throwable e) {
            Logger.getLogger(Tasks.class.getName())
                    .log(Level.WARNING, "background task failed", e);
            onError.accept(e);
        }

        BooleanProperty busy() {
            return busy;
        }

        DoubleProperty progress() {
            return progress;
        }

        StringProperty message() {
            return message;
        }
    }

    private Tasks() {
    }
}
