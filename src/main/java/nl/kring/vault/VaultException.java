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
    private final boolean diskFull;

    public VaultException(Kind kind, String detail) {
        super(detail == null ? kind.plain() : kind.plain() + " " + detail);
        this.kind = kind;
        this.diskFull = false;
    }

    public VaultException(Kind kind, String detail, Throwable cause) {
        this(kind, detail, cause, false);
    }

    private VaultException(Kind kind, String detail, Throwable cause, boolean diskFull) {
        super(detail == null ? kind.plain() : kind.plain() + " " + detail, cause);
        this.kind = kind;
        this.diskFull = diskFull;
    }

    /** An IO failure because the disk is full, so the UI can say that instead of a general write error. */
    public static VaultException diskFull(String detail, Throwable cause) {
        return new VaultException(Kind.IO, detail, cause, true);
    }

    public boolean isDiskFull() {
        return diskFull;
    }

    public Kind kind() {
        return kind;
    }
}
