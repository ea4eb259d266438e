package nl.kring.ui.common;

/** Recognises kinds of database failure so the UI can explain them in words. */
public final class Failures {
    private Failures() {
    }

    /** True when a foreign-key or unique constraint refused the change (SQLState class 23). */
    public static boolean isConstraintViolation(Throwable e) {
        return nl.kring.store.StoreFailures.isConstraintViolation(e);
    }

    /** The message for the chair: a known explanation, the vault's own wording, or the generic one. */
    public static String describe(Throwable e) {
        if (e instanceof UserMessage um) {
            return um.getMessage();
        }
        return VaultMessages.describe(e);
    }

    /** An error whose message is already a sentence for the chair (in the UI language). */
    public static final class UserMessage extends Exception {
        public UserMessage(String message) {
            super(message);
        }
    }
}
