package nl.kring.domain;

/**
 * Renders stored free text (domain notes, minutes, decisions, legal texts) for a view. The minutes store client
 * mentions as references to the case (capability 8); the pseudonymiser plugs in here so that an audience that may
 * not see the client's name (exports, a presentation with an admitted outsider) gets the case number instead.
 */
@FunctionalInterface
public interface FreeText {
    /** The text exactly as stored. Only right when stored texts hold no client mentions. */
    FreeText AS_STORED = (text, identityVisible) -> text;

    /**
     * @param stored          the text as stored in the vault
     * @param identityVisible whether the audience may see the client's name
     */
    String render(String stored, boolean identityVisible);

    /**
     * As {@link #render(String, boolean)}, knowing the agenda item's case: a renderer that recognises clients can then
     * keep the item's own client readable where the identity is visible and still turn every other client into a
     * marker.
     */
    default String render(String stored, String itemCase, boolean identityVisible) {
        return render(stored, identityVisible);
    }
}
