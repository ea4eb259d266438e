package nl.kring.domain;

/**
 * The legal footing for sharing data (grondslag). Besides consent, the evident belang (deel I §6 point 3, deel II §5),
 * a statutory rule and a conflict van plichten (deel II §4.5), the handreiking names two more grounds for breaking
 * professional secrecy (deel II §4.4): to someone directly involved in the treatment (medebehandelaar) and to the
 * client's legal representative.
 */
public enum DisclosureBasis {
    TOESTEMMING("Toestemming"),
    EVIDENT_BELANG("Evident belang"),
    CONFLICT_VAN_PLICHTEN("Conflict van plichten"),
    WETTELIJK_VOORSCHRIFT("Wettelijk voorschrift"),
    MEDEBEHANDELAAR("Medebehandelaar"),
    WETTELIJK_VERTEGENWOORDIGER("Wettelijk vertegenwoordiger");

    private final String label;

    DisclosureBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
