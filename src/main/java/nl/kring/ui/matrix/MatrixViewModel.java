package nl.kring.ui.matrix;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.MatrixService;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.VaultMessages;

/** The relevance matrix: every change needs a reason and is audited; "terug naar standaard" restores the default. */
public final class MatrixViewModel {
    private final TaskExecutor executor;
    private final Store store;
    private final ObjectProperty<RelevanceMatrix> matrix = new SimpleObjectProperty<>(RelevanceMatrix.defaults());
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MatrixViewModel(TaskExecutor executor, Store store) {
        this.executor = executor;
        this.store = store;
    }

    public void load() {
        executor.background(p -> store.matrix().load()).busy(busy).onSuccess(matrix::set)
                .onError(e -> message.set(VaultMessages.describe(e))).start();
    }

    /** Refused without a reason: the privacy officer must be able to see why a partner sees more or less. */
    public boolean change(Role role, LifeDomain domain, Visibility to, String reason) {
        if (reason == null || reason.isBlank()) {
            message.set(I18n.t("matrix.reasonRequired"));
            return false;
        }
        Visibility from = matrix.get().get(role, domain);
        if (from == to) {
            return false;
        }
        matrix.set(matrix.get().with(role, domain, to));
        executor.background(p -> new MatrixService(store).change(role, domain, to, reason)).busy(busy).onSuccess(stored -> {
                    matrix.set(stored);
                    message.set(I18n.t("matrix.saved", role.label(), domain.label(), to));
                })
                .onError(e -> {
                    message.set(VaultMessages.describe(e));
                    load();
                }).start();
        return true;
    }

    public boolean resetToDefault(String reason) {
        if (reason == null || reason.isBlank()) {
            message.set(I18n.t("matrix.reasonRequired"));
            return false;
        }
        matrix.set(RelevanceMatrix.defaults());
        executor.background(p -> new MatrixService(store).reset(reason)).busy(busy).onSuccess(stored -> {
                    matrix.set(stored);
                    message.set(I18n.t("matrix.resetDone"));
                })
                .onError(e -> message.set(VaultMessages.describe(e))).start();
        return true;
    }

    public ObjectProperty<RelevanceMatrix> matrixProperty() {
        return matrix;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
