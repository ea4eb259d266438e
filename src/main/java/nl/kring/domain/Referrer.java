package nl.kring.domain;

/** The melder. Never shown to partners; masked in a client's inzage copy. */
public record Referrer(String name, String organisation, boolean anonymous) {
}
