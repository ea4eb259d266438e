package nl.kring.domain;

public enum Tier {
    KERN("Kernpartner"),
    SCHIL("Schilpartner");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
