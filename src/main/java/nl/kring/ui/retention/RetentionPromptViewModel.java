package nl.kring.ui.retention;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.retention.RetentionService;
import nl.kring.service.Services;
import nl.kring.service.UnsavedMinutes;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The question at unlock: what is past retention and why; purging only on the chair's "yes", in the background,
 * with the outcome shown. Saying "later" purges nothing.
 */
public final class RetentionPromptViewModel {
    private final ScreenTasks tasks;
    private final Services services;
    private final RetentionService.Report report;
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private RetentionService.Result purged;

    /**
     * Purging is refused while the minutes editor holds unsaved minutes ({@link Services#purge}): it scrubs the
     * destroyed clients' names from the stored minutes only, and unsaved text that names them would bring the names
     * back when saved.
     */
    public RetentionPromptViewModel(TaskExecutor executor, Services services, RetentionService.Report report) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        this.report = report;
    }

    /**
     * What to ask about at unlock on {@code on}: what is due, unless nothing is or the chair said "Later" within the
     * postponement (issue 15: "Later" holds for a set time, then Kring asks again). Runs on the worker.
     */
    static Optional<RetentionService.Report> dueAtUnlock(Services services, LocalDate on) {
        RetentionService.Report report = services.retention().due(on);
        // asked with what is due: with nothing due, a postponement ends (the next question starts afresh)
        return services.retention().shouldAsk(!report.isEmpty(), on) ? Optional.of(report) : Optional.empty();
    }

    public List<String> dueLines() {
        return RetentionTexts.dueLines(report);
    }

    public List<String> heldLines() {
        return RetentionTexts.heldLines(report);
    }

    /** "Nu vernietigen": purges exactly what was listed, all or nothing. */
    public void purge() {
        if (tasks.isBusy() || done.get()) {
            return;
        }
        error.set("");
        tasks.run(p -> services.purge(report), r -> {
            purged = r;
            result.set(RetentionTexts.result(r));
            done.set(true);
        }, e -> error.set(e instanceof UnsavedMinutes.DestructionRefused
                ? I18n.t("requests.destroy.minutesUnsaved") : Failures.describe(e)));
    }

    /**
     * "Later": nothing is purged; the question comes back after the postponement that starts {@code on}. Written
     * beside the dialog (no busy flag: the dialog closes at once, and a busy dialog refuses to close).
     */
    public void postpone(LocalDate on, Runnable then) {
        if (tasks.isBusy() || done.get()) {
            return;
        }
        tasks.read(p -> {
            services.retention().postpone(on);
            return null;
        }, x -> then.run(), e -> error.set(Failures.describe(e)));
    }

    public RetentionService.Report report() {
        return report;
    }

    /** What was purged, once done. */
    public RetentionService.Result purged() {
        return purged;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
