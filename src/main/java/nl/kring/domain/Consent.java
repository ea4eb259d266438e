package nl.kring.domain;

import java.time.LocalDate;

public record Consent(ConsentStatus status, LocalDate date, String by) {
}
