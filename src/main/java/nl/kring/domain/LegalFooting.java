package nl.kring.domain;

import java.time.LocalDate;

/** The legal footing of a case as the chair sees it (capability 5). Chair only. */
public record LegalFooting(Part<Consent> consent, Part<Informed> informed, Part<String> evidentInterest,
                           Part<String> lighterMeansConsidered, Part<LocalDate> evaluationDue) {
}
