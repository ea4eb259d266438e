package nl.kring.domain;

/** What a role may see of one data category. Ordered from most to least; the strictest of several wins. */
public enum Visibility {
    VOLLEDIG,
    SIGNAAL,
    GEEN;

    /** The stricter of two visibilities. */
    public Visibility strictest(Visibility other) {
        return this.ordinal() >= other.ordinal() ? this : other;
    }
}
