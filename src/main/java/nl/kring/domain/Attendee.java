package nl.kring.domain;

/** A person who attends meetings on behalf of a partner. Professionals, not clients; e-mail and phone are work contacts. */
public record Attendee(String id, String name, String function, String email, String phone) {
    public Attendee {
        email = Contacts.blankToNull(email);
        phone = Contacts.blankToNull(phone);
    }

    public Attendee(String id, String name, String function) {
        this(id, name, function, null, null);
    }
}
