package nl.kring.service;

/**
 * Whether a minutes editor holds minutes not saved yet, and the rule that follows from it: no case is destroyed
 * meanwhile (on request or past retention). Destroying a case scrubs the client's name from the stored minutes only;
 * unsaved text that still names them would bring the name back when it is saved. The screens report their editor's
 * state here ({@link #set}); the destroying services ask it ({@link #refuseDestruction}) and refuse in types.
 */
public final class UnsavedMinutes {
    /** Set on the screen's thread, read on the worker's. */
    private volatile boolean held;

    /** The minutes editor holds unsaved minutes ({@code true}) or holds none any more. */
    public void set(boolean held) {
        this.held = held;
    }

    public boolean held() {
        return held;
    }

    /** Refuses a destruction with {@link DestructionRefused} while unsaved minutes are held; nothing is written then. */
    void refuseDestruction() {
        if (held) {
            throw new DestructionRefused();
        }
    }

    /** A destruction refused because an editor holds unsaved minutes: save them or throw the changes away first. */
    public static final class DestructionRefused extends Refused {
        DestructionRefused() {
            super("no destruction while the minutes editor holds unsaved minutes");
        }
    }
}
