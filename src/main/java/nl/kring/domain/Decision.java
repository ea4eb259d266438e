package nl.kring.domain;

import java.time.LocalDate;

/** An action agreed in a meeting, owned by a partner. */
public record Decision(String action, String owner, LocalDate due) {
}
