package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner organisation with its ketenovereenkomst (chain agreement). {@code email} and {@code phone} are the
 * organisation's work address for invitations and reports (optional).
 */
public record Partner(String id, String name, Role role, Tier tier, LocalDate agreementSigned,
                      LocalDate agreementEnds, List<Attendee> attendees, String email, String phone) {

    public Partner {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        email = Contacts.blankToNull(email);
        phone = Contacts.blankToNull(phone);
    }

    /** A partner without contact details. */
    public Partner(String id, String name, Role role, Tier tier, LocalDate agreementSigned,
                   LocalDate agreementEnds, List<Attendee> attendees) {
        this(id, name, role, tier, agreementSigned, agreementEnds, attendees, null, null);
    }

    public Partner withContact(String email, String phone) {
        return new Partner(id, name, role, tier, agreementSigned, agreementEnds, attendees, email, phone);
    }

    /** Only partners with a signed, unexpired agreement on that day may be in a kring. */
    public boolean hasValidAgreement(LocalDate on) {
        return agreementSigned != null && !agreementSigned.isAfter(on)
                && (agreementEnds == null || !agreementEnds.isBefore(on));
    }
}
