package nl.kring.ui.requests;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.service.Services;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.TaskExecutor;

import java.util.function.BooleanSupplier;

/**
 * What a document made from the stored case on screen needs (the terugmelding, the consent form): the case number,
 * a busy flag, a status line, and whether the case form holds unsaved changes (the document shows what the vault holds,
 * so those must be saved first).
 */
abstract class CaseDocumentViewModel {
    protected final TaskExecutor executor;
    protected final Services services;
    protected final StringProperty caseNumber = new SimpleStringProperty("");
    protected final BooleanProperty busy = new SimpleBooleanProperty();
    protected final StatusMessage status = new StatusMessage();
    private BooleanSupplier formDirty = () -> false;

    protected CaseDocumentViewModel(TaskExecutor executor, Services services) {
        this.executor = executor;
        this.services = services;
    }

    /** Asks {@code chooseFile} for the file (given a suggested name; null: the chair cancelled), then writes it. */
    public abstract void write(java.util.function.Function<String, java.nio.file.Path> chooseFile);

    public void setFormDirty(BooleanSupplier dirty) {
        this.formDirty = dirty;
    }

    protected boolean formDirty() {
        return formDirty.getAsBoolean();
    }

    /** The stored case on screen; "" for none. */
    public void show(String number) {
        String n = number == null ? "" : number.strip();
        if (!n.equals(caseNumber.get())) {
            caseNumber.set(n);
            status.clear();
        }
    }

    public StringProperty caseNumberProperty() {
        return caseNumber;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return status.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return status.isErrorProperty();
    }
}
