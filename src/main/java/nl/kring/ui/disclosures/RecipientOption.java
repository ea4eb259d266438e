package nl.kring.ui.disclosures;

import nl.kring.domain.Partner;
import nl.kring.ui.common.PartnerOption;

/** A partner the data may have gone to (eligible: a valid ketenovereenkomst on the day of the disclosure). */
public final class RecipientOption extends PartnerOption {
    private final boolean inKring;

    public RecipientOption(Partner partner, boolean inKring, boolean eligible, String reason) {
        super(partner, eligible, reason, false);
        this.inKring = inKring;
    }

    /** In the case's kring: listed first. */
    public boolean inKring() {
        return inKring;
    }
}
