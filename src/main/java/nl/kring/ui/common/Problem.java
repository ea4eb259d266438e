package nl.kring.ui.common;

/**
 * One finding of a form's validation. {@code blocking} problems keep Save disabled; the others are advice shown
 * beside the field (for instance: no consent and no evident-belang justification yet).
 */
public record Problem(String field, String message, boolean blocking) {
}
