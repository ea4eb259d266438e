package nl.kring.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every editing form shares: the problems of the last validation pass, whether it may be saved, whether it
 * has unsaved changes, and a notice line (for instance "text was cut at 8000 characters").
 */
public abstract class FormState {
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    protected final Supplier<LocalDate> today;
    private boolean loading;

    protected FormState(Supplier<LocalDate> today) {
        this.today = today;
    }

    /** Runs all rules against the current values. */
    protected abstract void check(Validation v);

    public final void validate() {
        Validation v = new Validation(today.get());
        check(v);
        if (!problems.equals(v.problems())) {
            problems.setAll(v.problems()); // only on a real change: the decorations and list follow this
        }
        valid.set(v.problems().stream().noneMatch(Problem::blocking));
    }

    /** Validates and marks the form changed whenever one of these changes. */
    protected final void watch(ObservableValue<?>... values) {
        for (ObservableValue<?> o : values) {
            o.addListener((obs, a, b) -> changed());
        }
    }

    protected final <T> void watchList(ObservableList<T> list) {
        list.addListener((ListChangeListener<T>) c -> changed());
    }

    protected final void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        validate();
    }

    /** Fills the form without counting as a change. */
    protected final void load(Runnable fill) {
        loading = true;
        try {
            fill.run();
        } finally {
            loading = false;
        }
        dirty.set(false);
        notice.set("");
        validate();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public Optional<Problem> problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst();
    }

    public List<String> blockingMessages() {
        return problems.stream().filter(Problem::blocking).map(Problem::message).toList();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** The text for the field's inline message, or "" when the field is fine. */
    public StringBinding messageFor(String field) {
        return Bindings.createStringBinding(() -> problem(field).map(Problem::message).orElse(""), problems);
    }

    protected static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
