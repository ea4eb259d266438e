package nl.kring.ui.cases;

import nl.kring.domain.Partner;
import nl.kring.ui.common.PartnerOption;

/** A partner that could be in the case's kring (eligible: a valid ketenovereenkomst today). */
public final class KringOption extends PartnerOption {
    public KringOption(Partner partner, boolean eligible, String reason, boolean selected) {
        super(partner, eligible, reason, selected);
    }
}
