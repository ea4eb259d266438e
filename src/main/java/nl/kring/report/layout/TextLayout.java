package nl.kring.report.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking by measured glyph widths. Breaks at spaces; a word wider than the line is cut at the last
 * character that fits (nothing is ever drawn beyond the right edge); a newline in the text is a hard break.
 */
final class TextLayout {
    /** Text of one style placed at x (relative to the line start). */
    record Run(Style style, String text, float x, float width) {
    }

    /** One laid-out line; leading is the distance to the next baseline, ascent the height above the baseline. */
    record Line(List<Run> runs, float width, float leading, float ascent) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Run r : runs) {
                sb.append(r.text());
            }
            return sb.toString();
        }
    }

    private record Piece(Style style, String text, float width) {
    }

    /** Pieces glued together (no white space between them) and whether white space precedes the unit. */
    private record Unit(List<Piece> pieces, boolean spaceBefore, Style spaceStyle, float width) {
    }

    private final FontSet fonts;

    TextLayout(FontSet fonts) {
        this.fonts = fonts;
    }

    float width(Style style, String text) {
        FontSet.Face face = fonts.face(style.weight());
        return face.width(face.clean(text), style.size());
    }

    List<Line> wrap(List<Span> spans, float maxWidth) {
        if (maxWidth <= 1) {
            throw new IllegalArgumentException("no room for text: width " + maxWidth);
        }
        List<Line> lines = new ArrayList<>();
        List<List<Unit>> paragraphs = units(spans);
        Style first = spans.isEmpty() ? Style.BODY : spans.getFirst().style();
        for (List<Unit> units : paragraphs) {
            LineBuilder line = new LineBuilder(first);
            for (Unit unit : units) {
                float space = unit.spaceBefore() && !line.isEmpty() ? spaceWidth(unit.spaceStyle()) : 0f;
                if (line.width + space + unit.width() <= maxWidth) {
                    line.add(unit, space);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.build());
                    line = new LineBuilder(first);
                }
                if (unit.width() <= maxWidth) {
                    line.add(unit, 0f);
                } else {
                    // a single word wider than the line: cut it where it stops fitting
                    for (Piece piece : unit.pieces()) {
                        String rest = piece.text();
                        while (!rest.isEmpty()) {
                            int fit = fitting(piece.style(), rest, maxWidth - line.width);
                            if (fit == 0) {
                                if (line.isEmpty()) {
                                    fit = Character.charCount(rest.codePointAt(0));
                                } else {
                                    lines.add(line.build());
                                    line = new LineBuilder(first);
                                    continue;
                                }
                            }
                            String part = rest.substring(0, fit);
                            line.addPiece(new Piece(piece.style(), part, width(piece.style(), part)), 0f);
                            rest = rest.substring(fit);
                            if (!rest.isEmpty()) {
                                lines.add(line.build());
                                line = new LineBuilder(first);
                            }
                        }
                    }
                }
            }
            lines.add(line.build());
        }
        return lines;
    }

    private int fitting(Style style, String text, float available) {
        int end = 0;
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            if (width(style, text.substring(0, next)) > available) {
                break;
            }
            end = next;
            i = next;
        }
        return end;
    }

    private float spaceWidth(Style style) {
        return width(style, " ");
    }

    /** Splits spans into hard-broken paragraphs of units; words touching across a span boundary stay glued. */
    private List<List<Unit>> units(List<Span> spans) {
        List<List<Unit>> paragraphs = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        List<Piece> glue = new ArrayList<>();
        boolean glueSpaceBefore = false;
        Style glueSpaceStyle = null;
        boolean pendingSpace = false;
        Style pendingSpaceStyle = null;
        for (Span span : spans) {
            FontSet.Face face = fonts.face(span.style().weight());
            String[] hardLines = span.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int h = 0; h < hardLines.length; h++) {
                if (h > 0) {
                    flush(current, glue, glueSpaceBefore, glueSpaceStyle);
                    glue = new ArrayList<>();
                    paragraphs.add(current);
                    current = new ArrayList<>();
                    pendingSpace = false;
                }
                String text = face.clean(hardLines[h]);
                int i = 0;
                while (i < text.length()) {
                    if (text.charAt(i) == ' ') {
                        flush(current, glue, glueSpaceBefore, glueSpaceStyle);
                        glue = new ArrayList<>();
                        pendingSpace = true;
                        pendingSpaceStyle = span.style();
                        while (i < text.length() && text.charAt(i) == ' ') {
                            i++;
                        }
                        continue;
                    }
                    int j = text.indexOf(' ', i);
                    if (j < 0) {
                        j = text.length();
                    }
                    String word = text.substring(i, j);
                    if (glue.isEmpty()) {
                        glueSpaceBefore = pendingSpace;
                        glueSpaceStyle = pendingSpaceStyle;
                    }
                    glue.add(new Piece(span.style(), word, face.width(word, span.style().size())));
                    pendingSpace = false;
                    i = j;
                }
            }
        }
        flush(current, glue, glueSpaceBefore, glueSpaceStyle);
        paragraphs.add(current);
        return paragraphs;
    }

    private static void flush(List<Unit> current, List<Piece> glue, boolean spaceBefore, Style spaceStyle) {
        if (glue.isEmpty()) {
            return;
        }
        float w = 0;
        for (Piece p : glue) {
            w += p.width();
        }
        current.add(new Unit(List.copyOf(glue), spaceBefore, spaceStyle == null ? glue.getFirst().style() : spaceStyle, w));
    }

    private final class LineBuilder {
        private final List<Run> runs = new ArrayList<>();
        private final Style base;
        private float width;
        private float maxSize;
        private float maxLeading;

        LineBuilder(Style base) {
            this.base = base;
        }

        boolean isEmpty() {
            return runs.isEmpty();
        }

        void add(Unit unit, float space) {
            boolean first = true;
            for (Piece p : unit.pieces()) {
                addPiece(p, first ? space : 0f);
                first = false;
            }
        }

        void addPiece(Piece p, float space) {
            if (!runs.isEmpty() && runs.getLast().style().equals(p.style())) {
                Run last = runs.removeLast();
                String sep = space > 0 ? " " : "";
                runs.add(new Run(last.style(), last.text() + sep + p.text(), last.x(), last.width() + space + p.width()));
            } else {
                String text = space > 0 && !runs.isEmpty() ? " " + p.text() : p.text();
                float x = width;
                float w = p.width() + (space > 0 && !runs.isEmpty() ? space : 0f);
                runs.add(new Run(p.style(), text, x, w));
            }
            width += space + p.width();
            maxSize = Math.max(maxSize, p.style().size());
            maxLeading = Math.max(maxLeading, p.style().leading());
        }

        Line build() {
            float size = runs.isEmpty() ? base.size() : maxSize;
            float leading = runs.isEmpty() ? base.leading() : maxLeading;
            return new Line(List.copyOf(runs), width, leading, size * 0.93f);
        }
    }
}
