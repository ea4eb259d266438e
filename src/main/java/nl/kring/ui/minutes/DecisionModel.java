package nl.kring.ui.minutes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.Decision;
import nl.kring.ui.common.Dates;

/** A decision as edited: the action, the owning partner (one of the item's kring, or none) and the due date as typed. */
public final class DecisionModel {
    private final StringProperty action = new SimpleStringProperty("");
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final StringProperty due = new SimpleStringProperty("");
    /** A leefgebied or ALGEMEEN; null: the text is for the owner only. */
    private final ObjectProperty<Topic> category = new SimpleObjectProperty<>();
    /** Issue 15: the action carries information from the police; only the roles the keten agreed read it. */
    private final BooleanProperty police = new SimpleBooleanProperty();

    public DecisionModel(Decision d) {
        if (d != null) {
            action.set(d.action() == null ? "" : d.action());
            owner.set(d.owner());
            due.set(d.due() == null ? "" : Dates.format(d.due()));
            category.set(Topic.of(d.category(), d.general()));
            police.set(d.police());
        }
    }

    public StringProperty actionProperty() {
        return action;
    }

    /** The partner id, or null. */
    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public StringProperty dueProperty() {
        return due;
    }

    public ObjectProperty<Topic> categoryProperty() {
        return category;
    }

    /** Marked "van de politie". */
    public BooleanProperty policeProperty() {
        return police;
    }

    public boolean isEmpty() {
        return action.get().isBlank() && owner.get() == null && due.get().isBlank();
    }

    /** The decision to store; call only when valid. */
    public Decision toDecision() {
        Topic t = category.get();
        return new Decision(action.get().strip(), owner.get(), Dates.parse(due.get()).date(),
                t == null ? null : t.domain(), t != null && t.general(), police.get());
    }
}
