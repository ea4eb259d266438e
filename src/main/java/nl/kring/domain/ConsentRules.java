package nl.kring.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whose consent counts (WGBO, now BW 7:447 and 7:450): under 12 the parents or guardian decide; from 12 to 15
 * both the child and the parents; from 16 the young person alone; a client who is wilsonbekwaam is represented
 * by the legal representative. Age is taken on the meeting date.
 */
public final class ConsentRules {
    private ConsentRules() {
    }

    public enum WhoConsents {
        PARENTS("De ouders of voogd beslissen (jonger dan 12 jaar)."),
        CHILD_AND_PARENTS("Zowel de jongere als de ouders of voogd moeten toestemmen (12 tot 16 jaar)."),
        CLIENT("De cliënt beslist zelf."),
        LEGAL_REPRESENTATIVE("De wettelijk vertegenwoordiger beslist (cliënt is wilsonbekwaam)."),
        UNKNOWN_AGE("Geboortedatum onbekend: stel vast of de cliënt minderjarig is.");

        private final String explanation;

        WhoConsents(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    public static WhoConsents whoConsents(Client client, LocalDate on) {
        if (client.incapacitated()) {
            return WhoConsents.LEGAL_REPRESENTATIVE;
        }
        if (client.birthDate() == null) {
            return WhoConsents.UNKNOWN_AGE;
        }
        int age = Period.between(client.birthDate(), on).getYears();
        if (age < 12) {
            return WhoConsents.PARENTS;
        }
        if (age < 16) {
            return WhoConsents.CHILD_AND_PARENTS;
        }
        return WhoConsents.CLIENT;
    }
}
