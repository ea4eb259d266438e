package nl.kring.domain;

/** The stored and interchange form of a paragraph's or decision's audience: a leefgebied key or {@code ALGEMEEN}. */
public final class Categories {
    public static final String GENERAL = "ALGEMEEN";

    private Categories() {
    }

    /** The leefgebied's key, {@code ALGEMEEN}, or null for no category. */
    public static String code(LifeDomain category, boolean general) {
        return general ? GENERAL : category == null ? null : category.name();
    }

    /** True for {@code ALGEMEEN}. */
    public static boolean isGeneral(String code) {
        return GENERAL.equals(code);
    }

    /**
     * The leefgebied of a code; null for null and for {@code ALGEMEEN}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static LifeDomain domain(String code) {
        return code == null || isGeneral(code) ? null : LifeDomain.valueOf(code);
    }
}
