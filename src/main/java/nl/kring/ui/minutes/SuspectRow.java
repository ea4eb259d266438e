package nl.kring.ui.minutes;

/**
 * A possible name in the minutes of one agenda item that the chair has not yet dismissed or confirmed.
 *
 * @param count how often it occurs in that item's paragraphs
 */
public record SuspectRow(String caseNumber, String text, String reason, int count) {
}
