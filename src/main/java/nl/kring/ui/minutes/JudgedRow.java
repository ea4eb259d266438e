package nl.kring.ui.minutes;

import nl.kring.store.SuspectDecisionRepository;

/**
 * A possible name the chair already judged in the minutes of one meeting (issue 13): listed beside the open ones so
 * that the judgement can be taken back later, not only by Ctrl+Z right after it.
 *
 * @param text   the name as judged (its key: whitespace folded)
 * @param kind   what the chair judged it to be
 * @param marker what every output reads for it; null for "not a person"
 */
public record JudgedRow(String text, SuspectDecisionRepository.Kind kind, String marker) {
}
