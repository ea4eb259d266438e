package nl.kring.domain;

/** The legal footing for sharing data (grondslag). */
public enum DisclosureBasis {
    TOESTEMMING("Toestemming"),
    EVIDENT_BELANG("Evident belang"),
    CONFLICT_VAN_PLICHTEN("Conflict van plichten"),
    WETTELIJK_VOORSCHRIFT("Wettelijk voorschrift");

    private final String label;

    DisclosureBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
