package nl.kring.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

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
    /** Pieces of work under way that hold the busy flag. */
    private int running;

    public ScreenTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} in the background with the busy flag set; its result goes to {@code done}, its failure to the status line. */
    public <T> void run(Tasks.Work<T> work, Consumer<T> done) {
        run(work, done, status::failed);
    }

    /**
     * As {@link #run(Tasks.Work, Consumer)}, with the screen's own words for a failure (a typed refusal of a service,
     * say); after the lock the failure is dropped too.
     */
    public <T> Running run(Tasks.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        return start(executor.background(work), true, done, failed);
    }

    /**
     * As {@link #run(Tasks.Work, Consumer, Consumer)} for long work that reports how far it is: {@code fraction} and
     * {@code message} follow the work's {@link Tasks.Progress} on the screen's thread while it runs.
     */
    public <T> void run(Tasks.Work<T> work, DoubleProperty fraction, StringProperty message, Consumer<T> done,
                        Consumer<Throwable> failed) {
        start(executor.background(work).progress(fraction, message), true, done, failed);
    }

    /**
     * A small read or write beside the screen's main work (a setting, a side list, a judgement stored at once),
     * without the busy flag: the screen stays usable. Its result is dropped after the lock; a failure goes to the
     * status line.
     */
    public <T> void read(Tasks.Work<T> work, Consumer<T> done) {
        read(work, done, status::failed);
    }

    /** As {@link #read(Tasks.Work, Consumer)}, with the screen's own handling of a failure (put back what it took away). */
    public <T> void read(Tasks.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        start(executor.background(work), false, done, failed);
    }

    /**
     * The one way a screen's work starts: with {@code holdsBusy} the busy flag stays set until the last such piece of
     * work is done (a screen may start a second query before the first returns: "not busy" then means every result is
     * in); the flag falls before the result is handled, so a handler may start the next piece. The result and the
     * failure are dropped once the vault locked.
     */
    private <T> Running start(Tasks.Builder<T> task, boolean holdsBusy, Consumer<T> done, Consumer<Throwable> failed) {
        Running piece = new Running(holdsBusy);
        if (holdsBusy) {
            running++;
            busy.set(true);
        }
        task.onSuccess(result -> {
            if (piece.finish() && !cleared) {
                done.accept(result);
            }
        }).onError(e -> {
            if (piece.finish() && !cleared) {
                failed.accept(e);
            }
        }).start();
        return piece;
    }

    /**
     * A piece of the screen's work under way, which the screen may let go of (the unlock's "Annuleren"): the busy flag
     * falls at once and its result or failure, when it comes, is dropped. The work itself runs on: what it leaves
     * behind (an opened vault) is the work's own to clean up.
     */
    public final class Running {
        private final boolean holdsBusy;
        private boolean over;

        private Running(boolean holdsBusy) {
            this.holdsBusy = holdsBusy;
        }

        /** Lets go of the work; false when it was already done (or let go of). */
        public boolean cancel() {
            return release();
        }

        /** The work's outcome arrived: true when the screen still waits for it. */
        private boolean finish() {
            return release();
        }

        private boolean release() {
            if (over) {
                return false;
            }
            over = true;
            if (holdsBusy) {
                running--;
                busy.set(running > 0);
            }
            return true;
        }
    }

    /** After a lock: the status line empties and results still on their way are ignored. */
    public void clear() {
        cleared = true;
        status.clear();
    }

    /** The executor this screen's work runs on: for a dialog the screen opens, which has its own tasks. */
    public TaskExecutor executor() {
        return executor;
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
