package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/** A partner organisation with its ketenovereenkomst (chain agreement). */
public record Partner(String id, String name, Role role, Tier tier, LocalDate agreementSigned,
                      LocalDate agreementEnds, List<Attendee> attendees) {

    public Partner {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** Only partners with a signed, unexpired agreement on that day may be in a kring. */
    public boolean hasValidAgreement(LocalDate on) {
        return agreementSigned != null && !agreementSigned.isAfter(on)
                && (agreementEnds == null || !agreementEnds.isBefore(on));
    }
}
