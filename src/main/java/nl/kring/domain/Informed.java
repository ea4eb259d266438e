package nl.kring.domain;

/** Whether the client was told about the exchange and, if not, why. */
public record Informed(Boolean status, String reason) {
}
