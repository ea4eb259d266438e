package nl.kring.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.function.Consumer;

/**
 * What every screen does with its background work, in one place: the busy flag while work runs, the status line under
 * the screen (a failure in Dutch, in red), and after the vault locked ({@link #clear()}) results still on their way
 * are dropped, so no client data comes back onto a cleared screen.
 */
public final class ScreenTasks {
    private final TaskExecutor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StatusMessage status = new StatusMessage();
    private boolean cleared;

    public ScreenTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} in the background with the busy flag set; its result goes to {@code done}, its failure to the status line. */
    public <T> void run(Tasks.Work<T> work, Consumer<T> done) {
        executor.background(work).busy(busy).onSuccess(result -> {
            if (!cleared) {
                done.accept(result);
            }
        }).onError(e -> {
            if (!cleared) {
                status.failed(e);
            }
        }).start();
    }

    /**
     * As {@link #run(Tasks.Work, Consumer)}, with the screen's own words for a failure (a typed refusal of a service,
     * say); after the lock the failure is dropped too.
     */
    public <T> void run(Tasks.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        executor.background(work).busy(busy).onSuccess(result -> {
            if (!cleared) {
                done.accept(result);
            }
        }).onError(e -> {
            if (!cleared) {
                failed.accept(e);
            }
        }).start();
    }

    /**
     * A small read beside the screen's main work (a setting, a side list), without the busy flag: the screen stays
     * usable. Its result is dropped after the lock; a failure goes to the status line.
     */
    public <T> void read(Tasks.Work<T> work, Consumer<T> done) {
        executor.background(work).onSuccess(result -> {
            if (!cleared) {
                done.accept(result);
            }
        }).onError(e -> {
            if (!cleared) {
                status.failed(e);
            }
        }).start();
    }

    /** After a lock: the status line empties and results still on their way are ignored. */
    public void clear() {
        cleared = true;
        status.clear();
    }

    public boolean isCleared() {
        return cleared;
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StatusMessage status() {
        return status;
    }
}
