package nl.kring.pseudonym;

import java.util.Objects;

/**
 * Whom a mention refers to: the client of a case ({@code relation == null}) or a relative of that
 * client ({@code relation} as given in the case, e.g. "zoon").
 */
public record Target(String caseNumber, String relation) {

    /** The relation of the melder of a case; its label is just "melder" (no case number: a melder is not a client). */
    public static final String MELDER = "melder";

    public Target {
        Objects.requireNonNull(caseNumber, "caseNumber");
    }

    public boolean isClient() {
        return relation == null;
    }

    public boolean isMelder() {
        return MELDER.equals(relation);
    }

    /** "cliënt 2026-017", "zoon van cliënt 2026-017" or "melder". */
    public String label() {
        if (isMelder()) {
            return "melder";
        }
        return relation == null ? "cliënt " + caseNumber : relation + " van cliënt " + caseNumber;
    }
}
