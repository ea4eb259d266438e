package nl.kring.ui.common;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.kring.domain.Partner;

/**
 * A partner that can be ticked in a form (a case's kring, a disclosure's recipients). Only partners with a valid
 * ketenovereenkomst on the day are eligible; the others are shown with the reason and cannot be ticked.
 */
public class PartnerOption {
    private final Partner partner;
    private final boolean eligible;
    private final String reason;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    protected PartnerOption(Partner partner, boolean eligible, String reason, boolean selected) {
        this.partner = partner;
        this.eligible = eligible;
        this.reason = reason;
        this.selected.set(selected);
    }

    public final Partner partner() {
        return partner;
    }

    public final String partnerId() {
        return partner.id();
    }

    public final boolean eligible() {
        return eligible;
    }

    /** Why the partner cannot be chosen ("verlopen op …", "niet getekend"), or null. */
    public final String reason() {
        return reason;
    }

    public final BooleanProperty selectedProperty() {
        return selected;
    }

    public final boolean isSelected() {
        return selected.get();
    }

    /** For an ObservableList extractor: the list reports a change when a box is ticked. */
    public final Observable[] observables() {
        return new Observable[] {selected};
    }
}
