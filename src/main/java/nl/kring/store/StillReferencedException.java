package nl.kring.store;

/** A record cannot be removed because others still point at it (a partner in a kring, say). */
public final class StillReferencedException extends RuntimeException {
    public StillReferencedException(String what, Throwable cause) {
        super(what + " is still referenced", cause);
    }
}
