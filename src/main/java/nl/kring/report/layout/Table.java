package nl.kring.report.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of wrapped cells. Columns get a share of the text width; the header row is repeated on every page the
 * table continues on; a row taller than the rest of the page is split between lines, never inside one.
 */
public final class Table {
    /** One row: its cells (spans each) and an optional background. */
    record Row(List<List<Span>> cells, Color fill) {
    }

    private final float[] weights;
    private List<List<Span>> header;
    private final List<Row> rows = new ArrayList<>();
    private boolean ruled = true;

    /** Relative column widths, e.g. {@code new Table(3, 1, 6)}. */
    public Table(float... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("a table needs columns");
        }
        this.weights = weights.clone();
    }

    public Table header(String... titles) {
        check(titles.length);
        header = Arrays.stream(titles).map(t -> Span.of(Style.TABLE_HEAD, t)).toList();
        return this;
    }

    /** A row of plain table text. */
    public Table row(String... cells) {
        return row(null, Arrays.stream(cells).map(t -> Span.of(Style.TABLE, t)).toList());
    }

    /** A row of styled cells, with an optional background colour (null: none). */
    public Table row(Color fill, List<List<Span>> cells) {
        check(cells.size());
        rows.add(new Row(List.copyOf(cells), fill));
        return this;
    }

    /** Without rules between the rows (label/value lists). */
    public Table unruled() {
        ruled = false;
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    float[] weights() {
        return weights.clone();
    }

    List<List<Span>> headerCells() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    boolean ruled() {
        return ruled;
    }

    private void check(int n) {
        if (n != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " cells, got " + n);
        }
    }
}
