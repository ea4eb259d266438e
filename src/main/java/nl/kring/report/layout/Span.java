package nl.kring.report.layout;

import java.util.List;

/** A run of text in one style; a paragraph or table cell is a list of spans. */
public record Span(Style style, String text) {
    public Span {
        text = text == null ? "" : text;
    }

    public static List<Span> of(Style style, String text) {
        return List.of(new Span(style, text));
    }
}
