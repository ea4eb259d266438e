package nl.kring.domain;

/** The phases of a bemoeizorg case, in order. */
public enum Phase {
    MELDING("Melding"),
    SCREENING("Screening"),
    CLIENTVERDELING("Cliëntverdeling"),
    INTAKE("Intake"),
    HULPVRAAGDEFINIERING("Hulpvraagdefiniëring"),
    TRAJECT_EVALUATIE("Traject en evaluatie"),
    AFGESLOTEN("Afgesloten");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
