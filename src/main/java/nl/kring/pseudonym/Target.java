package nl.kring.pseudonym;

import java.util.Objects;

/**
 * Whom a mention refers to: the client of a case ({@code relation == null}) or a relative of that
 * client ({@code relation} as given in the case, e.g. "zoon").
 */
public record Target(String caseNumber, String relation) {

    public Target {
        Objects.requireNonNull(caseNumber, "caseNumber");
    }

    public boolean isClient() {
        return relation == null;
    }

    /** "cliënt 2026-017" or "zoon van cliënt 2026-017". */
    public String label() {
        return relation == null ? "cliënt " + caseNumber : relation + " van cliënt " + caseNumber;
    }
}
