package nl.kring.domain;

import java.time.LocalDate;

/**
 * One person whose consent counts for a case (handreiking deel II §4.2-4.3): the client, a parent, a guardian (voogd)
 * or the legal representative of a client who is wilsonbekwaam, with their answer and its date.
 */
public record ConsentPerson(Who who, String name, ConsentStatus status, LocalDate date) {
    public enum Who {
        CLIENT("cliënt"), PARENT("ouder"), GUARDIAN("voogd"), REPRESENTATIVE("wettelijk vertegenwoordiger");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean gave() {
        return status == ConsentStatus.GEGEVEN;
    }
}
