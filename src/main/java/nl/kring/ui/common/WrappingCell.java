package nl.kring.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

import java.util.function.Function;

/**
 * A table cell that shows its whole text: a long name or list wraps onto more lines and the row grows, instead of
 * being cut off with "…" (issue 13, LayoutAuditTest). A plain wrapping {@code TableCell} does not make its row taller,
 * so the text is a wrapping label as large as it needs to be.
 */
public class WrappingCell<S, T> extends TableCell<S, T> {
    private final Label label = new Label();
    private final Function<T, String> text;

    public WrappingCell() {
        this(item -> item == null ? "" : item.toString());
    }

    public WrappingCell(Function<T, String> text) {
        this.text = text;
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("cell-text");
        label.maxWidthProperty().bind(widthProperty().subtract(Forms.em(0.8)));
        // the cell keeps its text (screen readers, searches in the table) and shows it through the label
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            label.setText("");
            setGraphic(null);
            return;
        }
        String shown = text.apply(item);
        setText(shown);
        label.setText(shown);
        setGraphic(label);
    }

    /** The label that holds the text (for a cell that adds a tooltip or a style). */
    protected Label label() {
        return label;
    }
}
