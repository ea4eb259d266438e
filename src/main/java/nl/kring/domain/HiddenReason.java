package nl.kring.domain;

import java.util.Locale;

/**
 * Why a part of a case, or a whole item, is not shown. The UI maps {@link #key()} to a resource-bundle text, e.g.
 * {@code view.hidden.matrix} = "niet zichtbaar voor deze rol".
 */
public enum HiddenReason {
    /** The relevance matrix gives the audience's role(s) GEEN (or SIGNAAL, for the content of a tagged paragraph). */
    MATRIX,
    /** Identity detail that kring members do not get in the meeting (BSN, date of birth, phone, relatives, ...). */
    IDENTITY_CHAIR_ONLY,
    /** The BSN is never on the presentation screen, even when every person present could see it. */
    NEVER_ON_PRESENTATION,
    /** Exports carry the case number only: no name, address, BSN, phone, date of birth. */
    CASE_NUMBER_ONLY,
    /** Only the chair sees it: the melder, the legal footing, the disclosure notes. */
    CHAIR_ONLY,
    /** The melder never leaves the vault, not even in the chair's own minutes. */
    NEVER_EXPORTED,
    /** The viewer is not in the case's kring: they see nothing of the case. */
    NOT_IN_KRING,
    /** Someone present is not in the case's kring. Without the chair's override the whole item is withheld. */
    OUTSIDER_PRESENT,
    /** Nobody is checked in, so there is nobody to show anything to. */
    NOBODY_PRESENT,
    /** A minutes paragraph the chair has not given an audience: the chair's verslag only. */
    UNCLASSIFIED,
    /** Information from the police, and the audience has a role the keten did not agree for it ({@link PoliceRule}). */
    POLICE;

    /** Resource-bundle key for the UI. */
    public String key() {
        return "view.hidden." + name().toLowerCase(Locale.ROOT);
    }
}
