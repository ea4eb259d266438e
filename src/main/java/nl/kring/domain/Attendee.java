package nl.kring.domain;

/** A person who attends meetings on behalf of a partner. Professionals, not clients. */
public record Attendee(String id, String name, String function) {
}
