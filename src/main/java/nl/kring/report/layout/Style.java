package nl.kring.report.layout;

import java.awt.Color;

/** Weight, size and colour of a run of text. */
public record Style(Weight weight, float size, Color color) {
    public enum Weight { REGULAR, BOLD, ITALIC }

    public static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    public static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    public static final Color ACCENT = new Color(0x14, 0x3d, 0x6b);
    public static final Color ALERT = new Color(0x9b, 0x1c, 0x1c);

    public static final Style BODY = new Style(Weight.REGULAR, 10f, TEXT);
    public static final Style BODY_BOLD = new Style(Weight.BOLD, 10f, TEXT);
    public static final Style BODY_ITALIC = new Style(Weight.ITALIC, 10f, TEXT);
    public static final Style SMALL = new Style(Weight.REGULAR, 8.5f, MUTED);
    public static final Style SMALL_BOLD = new Style(Weight.BOLD, 8.5f, MUTED);
    public static final Style TITLE = new Style(Weight.BOLD, 18f, ACCENT);
    public static final Style SUBTITLE = new Style(Weight.REGULAR, 12f, MUTED);
    public static final Style H1 = new Style(Weight.BOLD, 13.5f, ACCENT);
    public static final Style H2 = new Style(Weight.BOLD, 11f, TEXT);
    public static final Style TABLE = new Style(Weight.REGULAR, 9f, TEXT);
    public static final Style TABLE_BOLD = new Style(Weight.BOLD, 9f, TEXT);
    public static final Style TABLE_HEAD = new Style(Weight.BOLD, 8.5f, MUTED);

    public Style {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    public Style withColor(Color c) {
        return new Style(weight, size, c);
    }

    public Style withWeight(Weight w) {
        return new Style(w, size, color);
    }

    /** Distance between baselines of consecutive lines. */
    public float leading() {
        return size * 1.32f;
    }
}
