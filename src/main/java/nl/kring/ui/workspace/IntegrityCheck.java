package nl.kring.ui.workspace;

import javafx.beans.property.ReadOnlyStringProperty;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

import java.util.List;

/**
 * The full integrity check after an unlock (issue 17). The open itself compares one kept sum per table with the
 * manifest, so a flipped byte in a data row is not found there; this reads every row, index and audit entry on the
 * worker, after the first screen's own work, while the chair works on. A fault is audited and shown in the top bar in
 * Dutch; a sound vault shows nothing.
 */
public final class IntegrityCheck {
    private final ScreenTasks tasks;
    private final Services services;

    public IntegrityCheck(TaskExecutor executor, Services services) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
    }

    /** Queues the check on the executor (beside the screens' work: nothing waits for it); the message is set when it ends. */
    public void start() {
        tasks.read(p -> services.isOpen() ? services.verifyAfterUnlock() : List.<String>of(), problems -> {
            if (problems.isEmpty()) {
                tasks.status().clear();
            } else {
                tasks.status().error(I18n.t("workspace.integrityFault", problems.size()));
            }
        }, e -> tasks.status().error(I18n.t("workspace.integrityUnchecked")));
    }

    /** After the lock: a result on its way is dropped and the message goes. */
    public void clear() {
        tasks.clear();
    }

    /** Empty while running and when the vault is sound; otherwise what the chair should know and do. */
    public ReadOnlyStringProperty messageProperty() {
        return tasks.status().textProperty();
    }
}
