package nl.kring.pseudonym;

/**
 * Text that looks like personal data of someone who is not a known client (an unknown person's name,
 * a phone number or BSN of nobody on the agenda). Never changed; the chair confirms or dismisses it.
 * Offsets are char indices into the recognised text, end exclusive.
 */
public record Suspect(int start, int end, String text, String reason) {
}
