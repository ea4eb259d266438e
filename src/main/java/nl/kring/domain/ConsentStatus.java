package nl.kring.domain;

public enum ConsentStatus {
    GEVRAAGD("Gevraagd"),
    GEGEVEN("Gegeven"),
    GEWEIGERD("Geweigerd"),
    NIET_TE_VRAGEN("Niet te vragen");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
