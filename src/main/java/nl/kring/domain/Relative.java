package nl.kring.domain;

public record Relative(String name, String relation) {
}
