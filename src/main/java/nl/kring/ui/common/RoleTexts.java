package nl.kring.ui.common;

import nl.kring.domain.Role;

/**
 * A partner's role as the UI shows it, in the UI language (issue 13: the English UI showed "Huisarts", "HA" and
 * "Gem."). The outputs (minutes, registers) keep {@link Role#label()}, the Dutch word of the covenant.
 */
public final class RoleTexts {
    private RoleTexts() {
    }

    /** The role's name: "Huisarts" in Dutch, "General practitioner" in English. */
    public static String label(Role role) {
        return I18n.t("role." + role.name());
    }

    /**
     * The short word the agenda's kring column uses for the role ("HA", "Gem." in Dutch; "GP", "Munic." in English);
     * null for {@link Role#OVERIG}, which has none (the partner's own first word stands in for it).
     */
    public static String shortName(Role role) {
        String key = "role.short." + role.name();
        return I18n.has(key) ? I18n.t(key) : null;
    }
}
