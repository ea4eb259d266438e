package nl.kring.ui.partners;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.Attendee;

/** One editable attendee line: the id stays hidden (generated for new people). */
public final class AttendeeRow {
    private final String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty function = new SimpleStringProperty("");

    public AttendeeRow(String id, String name, String function) {
        this.id = id;
        this.name.set(name == null ? "" : name);
        this.function.set(function == null ? "" : function);
    }

    public static AttendeeRow of(Attendee a) {
        return new AttendeeRow(a.id(), a.name(), a.function());
    }

    public String id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty functionProperty() {
        return function;
    }

    public boolean isBlank() {
        return name.get().isBlank() && function.get().isBlank();
    }

    Observable[] observables() {
        return new Observable[] {name, function};
    }
}
