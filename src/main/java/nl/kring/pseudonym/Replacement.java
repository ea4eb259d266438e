package nl.kring.pseudonym;

import java.util.List;

/**
 * One replacement as reported to the outside (command line JSON, exports). {@code caseNumber} is the
 * case the mention refers to; for an ambiguous mention it is the case numbers joined by "/", and
 * {@code cases} lists them. Identifiers (address, BSN, date of birth, phone) are only replaced when
 * they belong to a known client, so every replacement has a case.
 */
public record Replacement(int start, int end, String original, String replacement, Kind kind,
                          String caseNumber, List<String> cases, boolean ambiguous, boolean approximate) {
}
