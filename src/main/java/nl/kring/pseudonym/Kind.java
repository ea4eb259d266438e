package nl.kring.pseudonym;

/** What a recognised mention is. */
public enum Kind {
    CLIENT_NAME("client"),
    RELATIVE_NAME("relative"),
    ADDRESS("address"),
    BSN("bsn"),
    BIRTH_DATE("birthDate"),
    PHONE("phone"),
    /** The melder of a case (name or organisation): marker {@code [melder]}. */
    MELDER("melder"),
    /** A known person's e-mail address, the whole address: marker {@code [e-mail]}. */
    EMAIL("email"),
    /** A partner's own number for a client (issue 12), with or without separators: marker {@code [dossiernummer]}. */
    FILE_NUMBER("fileNumber");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    /** The value used in JSON output. */
    public String code() {
        return code;
    }
}
