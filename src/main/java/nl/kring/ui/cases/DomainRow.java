package nl.kring.ui.cases;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.LifeDomain;

/** One leefgebied: a score 1..5 (or none) and a note, which may be marked as coming from the police (issue 15). */
public final class DomainRow {
    private final LifeDomain domain;
    private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty policeNote = new SimpleBooleanProperty();

    public DomainRow(LifeDomain domain) {
        this.domain = domain;
    }

    public LifeDomain domain() {
        return domain;
    }

    public ObjectProperty<Integer> scoreProperty() {
        return score;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty policeNoteProperty() {
        return policeNote;
    }

    Observable[] observables() {
        return new Observable[] {score, note, policeNote};
    }
}
