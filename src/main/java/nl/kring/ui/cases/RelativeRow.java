package nl.kring.ui.cases;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.Relative;

/** One editable line of the relatives table. */
public final class RelativeRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty relation = new SimpleStringProperty("");

    public RelativeRow(String name, String relation) {
        this.name.set(name == null ? "" : name);
        this.relation.set(relation == null ? "" : relation);
    }

    public static RelativeRow of(Relative r) {
        return new RelativeRow(r.name(), r.relation());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty relationProperty() {
        return relation;
    }

    public boolean isBlank() {
        return name.get().isBlank() && relation.get().isBlank();
    }

    Observable[] observables() {
        return new Observable[] {name, relation};
    }
}
