package nl.kring.ui.cases;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.kring.domain.Partner;

/**
 * A partner that could be in the case's kring. Only partners with a valid ketenovereenkomst today are eligible;
 * the others are shown with the reason and cannot be ticked.
 */
public final class KringOption {
    private final Partner partner;
    private final boolean eligible;
    private final String reason;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public KringOption(Partner partner, boolean eligible, String reason, boolean selected) {
        this.partner = partner;
        this.eligible = eligible;
        this.reason = reason;
        this.selected.set(selected);
    }

    public Partner partner() {
        return partner;
    }

    public String partnerId() {
        return partner.id();
    }

    public boolean eligible() {
        return eligible;
    }

    /** Why the partner cannot be chosen ("verlopen op …", "niet getekend"), or null. */
    public String reason() {
        return reason;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    Observable[] observables() {
        return new Observable[] {selected};
    }
}
