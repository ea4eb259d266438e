package nl.kring.ui.meetingroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;

/**
 * One person who may be in the room: the attendee, the partner they attend for, whether the chair checked them in,
 * and whether their partner is in the kring of the item under discussion. Professionals only, no client data.
 */
public final class AttendeeRow {
    private final Attendee attendee;
    private final Partner partner;
    private final boolean invited;
    private final BooleanProperty present = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper inKring = new ReadOnlyBooleanWrapper(true);
    private final StringProperty schedule = new SimpleStringProperty("");

    AttendeeRow(Attendee attendee, Partner partner, boolean invited, boolean present) {
        this.attendee = attendee;
        this.partner = partner;
        this.invited = invited;
        this.present.set(present);
    }

    public Attendee attendee() {
        return attendee;
    }

    public String id() {
        return attendee.id();
    }

    public Partner partner() {
        return partner;
    }

    /** Their partner is in the kring of at least one item on the agenda. */
    public boolean invited() {
        return invited;
    }

    /** "R. Kok (Woonstichting Het Dak)". */
    public String label() {
        return attendee.name() + " (" + partner.name() + ")";
    }

    /** Checked in: in the room now. */
    public BooleanProperty presentProperty() {
        return present;
    }

    public boolean isPresent() {
        return present.get();
    }

    /** Their partner is in the kring of the current item (true when there is no current item). */
    public ReadOnlyBooleanProperty inKringProperty() {
        return inKring.getReadOnlyProperty();
    }

    void setInKring(boolean value) {
        inKring.set(value);
    }

    /** When the partner is expected in the room, e.g. "09:00–09:20, 09:40–09:50". */
    public StringProperty scheduleProperty() {
        return schedule;
    }

    @Override
    public String toString() {
        return label();
    }
}
