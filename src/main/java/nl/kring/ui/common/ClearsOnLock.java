package nl.kring.ui.common;

/**
 * A screen that holds client data. When the vault locks, the workspace calls {@link #clearOnLock()}: the screen
 * empties its lists and forms and ignores results of background work that arrive later, so nothing of a client
 * stays in memory through a view that JavaFX might still reference.
 */
public interface ClearsOnLock {
    void clearOnLock();
}
