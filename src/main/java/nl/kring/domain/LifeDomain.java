package nl.kring.domain;

/** The eleven leefgebieden of the handreiking; also the data categories of the relevance matrix. */
public enum LifeDomain {
    PERSOONLIJKE_VERZORGING("Persoonlijke verzorging"),
    HUISHOUDING("Huishouding"),
    SOCIAAL_FUNCTIONEREN("Sociaal functioneren"),
    GEESTELIJK_FUNCTIONEREN("Geestelijk functioneren"),
    SOMATISCH_FUNCTIONEREN("Somatisch functioneren"),
    VERSLAVING("Verslaving"),
    VEILIGHEID("Veiligheid"),
    DAGBESTEDING_WERK("Dagbesteding en werk"),
    FINANCIEN("Financiën"),
    HUISVESTING("Huisvesting"),
    JURIDISCH("Juridisch");

    private final String label;

    LifeDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
