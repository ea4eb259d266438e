package nl.kring.domain;

/** The task a partner organisation has in the vangnetoverleg; decides what it may see under the matrix. */
public enum Role {
    HUISARTS("Huisarts"),
    GGD("GGD"),
    GGZ("GGZ"),
    VERSLAVINGSZORG("Verslavingszorg"),
    MAATSCHAPPELIJKE_OPVANG("Maatschappelijke opvang"),
    MAATSCHAPPELIJK_WERK("Maatschappelijk werk"),
    THUISZORG("Thuiszorg"),
    POLITIE("Politie"),
    GEMEENTE("Gemeente"),
    WONINGCORPORATIE("Woningcorporatie"),
    NUTSBEDRIJF("Nutsbedrijf"),
    CJG("Centrum voor Jeugd en Gezin"),
    JGZ("Jeugdgezondheidszorg"),
    VEILIG_THUIS("Veilig Thuis"),
    JEUGDBESCHERMING("Jeugdbescherming"),
    SOCIALE_DIENST("Sociale dienst"),
    MANTELZORG("Mantelzorgondersteuning"),
    /** The probation service (toezicht op voorwaarden, re-integratie); its default row: docs/product.md. */
    RECLASSERING("Reclassering"),
    OVERIG("Overig");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
