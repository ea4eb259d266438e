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
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");

    public AttendeeRow(String id, String name, String function) {
        this(id, name, function, null, null);
    }

    public AttendeeRow(String id, String name, String function, String email, String phone) {
        this.id = id;
        this.name.set(name == null ? "" : name);
        this.function.set(function == null ? "" : function);
        this.email.set(email == null ? "" : email);
        this.phone.set(phone == null ? "" : phone);
    }

    public static AttendeeRow of(Attendee a) {
        return new AttendeeRow(a.id(), a.name(), a.function(), a.email(), a.phone());
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

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public boolean isBlank() {
        return name.get().isBlank() && function.get().isBlank() && email.get().isBlank() && phone.get().isBlank();
    }

    Observable[] observables() {
        return new Observable[] {name, function, email, phone};
    }
}
