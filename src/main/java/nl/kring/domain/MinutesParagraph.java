package nl.kring.domain;

/** A paragraph of minutes; with a category it follows the matrix, without one every kring member may read it. */
public record MinutesParagraph(LifeDomain category, String text) {
}
