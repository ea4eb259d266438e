package nl.kring.domain;

/**
 * A paragraph of minutes and its audience (docs/product.md capability 8): a leefgebied ({@code category}; then it follows
 * the matrix), ALGEMEEN ({@code general}: every kring member of the item, the chair's choice) or neither:
 * unclassified, which reaches the chair's verslag only and never a partner. See {@link NeedToKnow}. {@code police}
 * marks text that came from the police: on top of its audience, only the roles of the {@link PoliceRule} read it.
 */
public record MinutesParagraph(LifeDomain category, String text, boolean general, boolean police) {

    public MinutesParagraph {
        if (category != null && general) {
            throw new IllegalArgumentException("a paragraph is for a leefgebied or ALGEMEEN, not both");
        }
    }

    public MinutesParagraph(LifeDomain category, String text, boolean general) {
        this(category, text, general, false);
    }

    /** A paragraph for a leefgebied, or (category null) an unclassified one. */
    public MinutesParagraph(LifeDomain category, String text) {
        this(category, text, false);
    }

    /** A paragraph for every kring member of the item. */
    public static MinutesParagraph general(String text) {
        return new MinutesParagraph(null, text, true);
    }

    public boolean unclassified() {
        return category == null && !general;
    }

    /** The stored and interchange form: the leefgebied's key, {@code ALGEMEEN}, or null (unclassified). */
    public String categoryCode() {
        return Categories.code(category, general);
    }

    public MinutesParagraph withText(String newText) {
        return new MinutesParagraph(category, newText, general, police);
    }

    /** The same paragraph, marked (or no longer marked) as information from the police. */
    public MinutesParagraph withPolice(boolean fromPolice) {
        return new MinutesParagraph(category, text, general, fromPolice);
    }
}
