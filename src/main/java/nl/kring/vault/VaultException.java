package nl.kring.vault;

/** A vault problem a user must understand. The kind decides the message in the UI and on the command line. */
public final class VaultException extends Exception {
    public enum Kind {
        NOT_FOUND("No vault in this folder."),
        ALREADY_EXISTS("A vault already exists there; nothing was overwritten."),
        WRONG_PASSPHRASE("Wrong passphrase."),
        DAMAGED("The vault is damaged or was changed outside Kring; nothing was changed."),
        INTEGRITY("Integrity check failed: the vault's data differs from what Kring last wrote."),
        IN_USE("The vault is already open in another Kring window or process."),
        WEAK_PASSPHRASE("The passphrase is too weak."),
        INVALID_PATH("This folder cannot hold a vault."),
        IO("The vault could not be read or written.");

        private final String plain;

        Kind(String plain) {
            this.plain = plain;
        }

        public String plain() {
            return plain;
        }
    }

    private final Kind kind;

    public VaultException(Kind kind, String detail) {
        super(detail == null ? kind.plain() : kind.plain() + " " + detail);
        this.kind = kind;
    }

    public VaultException(Kind kind, String detail, Throwable cause) {
        super(detail == null ? kind.plain() : kind.plain() + " " + detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
