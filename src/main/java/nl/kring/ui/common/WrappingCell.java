package nl.kring.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * A table cell that shows its whole text: a long name or list wraps onto more lines and the row grows, instead of
 * being cut off with "…" (issue 13, LayoutAuditTest). A wrapping {@code TableCell} or label does not make its row
 * taller (the row asks its cells for their height without a width), so the text is a {@link Text} wrapped at the
 * column's width, whose height is known.
 */
public class WrappingCell<S, T> extends TableCell<S, T> {
    private final Text shown = new Text();
    private final Function<T, String> text;

    public WrappingCell() {
        this(item -> item == null ? "" : item.toString());
    }

    public WrappingCell(Function<T, String> text) {
        this.text = text;
        shown.getStyleClass().add("cell-text");
        shown.wrappingWidthProperty().bind(tableColumnProperty().flatMap(c -> c.widthProperty())
                .map(w -> Math.max(10, w.doubleValue() - Forms.em(0.9))).orElse(100.0));
        // the cell keeps its text (screen readers, searches in the table) and shows it through the wrapped text
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // it wraps between words only: its column is never narrower than the widest word it has shown
        shown.fontProperty().addListener((o, a, b) -> keepWordsWhole());
    }

    private void keepWordsWhole() {
        if (getTableColumn() != null && !shown.getText().isEmpty()) {
            TableFit.atLeast(getTableColumn(), Layouts.widestWord(shown.getText(), shown.getFont()) + Forms.em(0.9) + 1);
        }
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            shown.setText("");
            setGraphic(null);
            return;
        }
        String s = text.apply(item);
        setText(s);
        shown.setText(s);
        setGraphic(shown);
        keepWordsWhole();
    }
}
