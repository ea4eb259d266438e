package nl.kring.ui.requests;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What a document made from the stored case on screen needs (the terugmelding, the consent form): the case number,
 * the screen's background work (busy flag, status line, nothing after the lock), and whether the case form holds
 * unsaved changes (the document shows what the vault holds, so those must be saved first).
 */
abstract class CaseDocumentViewModel {
    protected final ScreenTasks tasks;
    protected final Services services;
    protected final StringProperty caseNumber = new SimpleStringProperty("");
    private BooleanSupplier formDirty = () -> false;

    protected CaseDocumentViewModel(TaskExecutor executor, Services services) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
    }

    /** Asks {@code chooseFile} for the file (given a suggested name; null: the chair cancelled), then writes it. */
    public abstract void write(Function<String, Path> chooseFile);

    public void setFormDirty(BooleanSupplier dirty) {
        this.formDirty = dirty;
    }

    protected boolean formDirty() {
        return formDirty.getAsBoolean();
    }

    /**
     * What writing and previewing the document both check first: a stored case on screen, no work under way, and no
     * unsaved changes in the case form (else the status line says {@code saveFirstKey}). The case number, or null.
     */
    protected String ready(String saveFirstKey) {
        String n = caseNumber.get();
        if (n.isEmpty() || tasks.isBusy()) {
            return null;
        }
        if (formDirty()) {
            tasks.status().error(I18n.t(saveFirstKey));
            return null;
        }
        return n;
    }

    /** The stored case on screen; "" for none. */
    public void show(String number) {
        String n = number == null ? "" : number.strip();
        if (!n.equals(caseNumber.get())) {
            caseNumber.set(n);
            tasks.status().clear();
        }
    }

    /** After a lock: no case shown, and results still on their way are ignored. */
    public void clear() {
        tasks.clear();
        show("");
    }

    public StringProperty caseNumberProperty() {
        return caseNumber;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public StringProperty messageProperty() {
        return tasks.status().textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return tasks.status().isErrorProperty();
    }
}
