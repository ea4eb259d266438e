package nl.kring.domain;

import java.time.LocalDate;

/**
 * A disclosure note taken back: on which day, why, and (when a corrected note took its place) the id of that note.
 * The note itself stays as it was recorded; a legal record is never edited or deleted.
 */
public record DisclosureWithdrawal(LocalDate on, String reason, Long replacedBy) {
}
