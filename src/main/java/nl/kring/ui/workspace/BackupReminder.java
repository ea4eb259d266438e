package nl.kring.ui.workspace;

import javafx.beans.property.ReadOnlyStringProperty;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The reminder in the top bar when the last backup of the vault is older than the chair's setting (or there is none):
 * the date is read in the background after the unlock; the text stays empty while the backup is recent enough.
 */
public final class BackupReminder {
    private final ScreenTasks tasks;
    private final Services services;
    private final Supplier<LocalDate> today;

    public BackupReminder(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        this.today = today;
    }

    /** Reads the date of the last backup and reminds when it is more than {@code days} days old, or missing. */
    public void check(int days) {
        LocalDate due = today.get().minusDays(days);
        tasks.read(p -> services.lastBackup(), last -> {
            if (last.isEmpty()) {
                tasks.status().error(I18n.t("workspace.backupNever"));
            } else if (last.get().isBefore(due)) {
                tasks.status().error(I18n.t("workspace.backupDue", last.get()));
            } else {
                tasks.status().clear();
            }
        });
    }

    /** After a lock: a date still on its way is dropped. */
    public void clear() {
        tasks.clear();
    }

    /** Empty while the last backup is recent enough; otherwise the reminder. */
    public ReadOnlyStringProperty textProperty() {
        return tasks.status().textProperty();
    }
}
