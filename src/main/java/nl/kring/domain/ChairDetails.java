package nl.kring.domain;

/**
 * The chair of the vangnetoverleg as the vault's settings know them: sender of every report and invitation, and
 * the complaints contact named in the inzage copy and the terugmelding. Professional details only; each may be null.
 */
public record ChairDetails(String name, String function, String email, String phone, String complaints) {
    public static final ChairDetails NONE = new ChairDetails(null, null, null, null, null);

    public ChairDetails {
        name = Contacts.blankToNull(name);
        function = Contacts.blankToNull(function);
        email = Contacts.blankToNull(email);
        phone = Contacts.blankToNull(phone);
        complaints = Contacts.blankToNull(complaints);
    }
}
