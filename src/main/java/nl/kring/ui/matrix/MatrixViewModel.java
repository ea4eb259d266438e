package nl.kring.ui.matrix;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.MatrixService;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

/** The relevance matrix: every change needs a reason and is audited; "terug naar standaard" restores the default. */
public final class MatrixViewModel {
    private final MatrixService service;
    private final ObjectProperty<RelevanceMatrix> matrix = new SimpleObjectProperty<>(RelevanceMatrix.defaults());
    /** The busy flag, the status line and "drop results after the lock". */
    private final ScreenTasks tasks;

    public MatrixViewModel(TaskExecutor executor, MatrixService service) {
        this.tasks = new ScreenTasks(executor);
        this.service = service;
    }

    public void load() {
        tasks.run(p -> service.load(), matrix::set);
    }

    /** Refused without a reason: the privacy officer must be able to see why a partner sees more or less. */
    public boolean change(Role role, LifeDomain domain, Visibility to, String reason) {
        if (reason == null || reason.isBlank()) {
            tasks.status().error(I18n.t("matrix.reasonRequired"));
            return false;
        }
        Visibility from = matrix.get().get(role, domain);
        if (from == to) {
            return false;
        }
        matrix.set(matrix.get().with(role, domain, to));
        tasks.run(p -> service.change(role, domain, to, reason), stored -> {
            matrix.set(stored);
            tasks.status().info(I18n.t("matrix.saved", RoleTexts.label(role), domain.label(), to));
        }, e -> {
            tasks.status().failed(e);
            load();
        });
        return true;
    }

    public boolean resetToDefault(String reason) {
        if (reason == null || reason.isBlank()) {
            tasks.status().error(I18n.t("matrix.reasonRequired"));
            return false;
        }
        matrix.set(RelevanceMatrix.defaults());
        tasks.run(p -> service.reset(reason), stored -> {
            matrix.set(stored);
            tasks.status().info(I18n.t("matrix.resetDone"));
        });
        return true;
    }

    public ObjectProperty<RelevanceMatrix> matrixProperty() {
        return matrix;
    }

    public StringProperty messageProperty() {
        return tasks.status().textProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
