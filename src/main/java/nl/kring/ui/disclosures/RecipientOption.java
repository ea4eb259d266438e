package nl.kring.ui.disclosures;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.kring.domain.Partner;

/**
 * A partner the data may have gone to. Only partners with a valid ketenovereenkomst on the day can be ticked; the
 * others are shown with the reason (as in the case's kring).
 */
public final class RecipientOption {
    private final Partner partner;
    private final boolean inKring;
    private final boolean eligible;
    private final String reason;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public RecipientOption(Partner partner, boolean inKring, boolean eligible, String reason) {
        this.partner = partner;
        this.inKring = inKring;
        this.eligible = eligible;
        this.reason = reason;
    }

    public Partner partner() {
        return partner;
    }

    public String partnerId() {
        return partner.id();
    }

    /** In the case's kring: listed first. */
    public boolean inKring() {
        return inKring;
    }

    public boolean eligible() {
        return eligible;
    }

    /** Why the partner cannot be chosen, or null. */
    public String reason() {
        return reason;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }
}
