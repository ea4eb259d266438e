package nl.kring.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small editable table of text rows (relatives, attendees): one text field per cell, a remove button per row and
 * an add button. Every edit is live, so nothing is lost for want of pressing Enter.
 */
public final class RowEditor<R> extends VBox {
    /**
     * A column of text fields; with {@code choices} (ids) a column of choice boxes instead, each id shown by
     * {@code choiceText} (a partner by its name).
     */
    public record Column<R>(String header, Function<R, StringProperty> cell, int maxLength, ObservableList<String> choices,
                            Function<String, String> choiceText) {
        public Column(String header, Function<R, StringProperty> cell, int maxLength) {
            this(header, cell, maxLength, null, null);
        }

        public static <R> Column<R> choice(String header, Function<R, StringProperty> cell, ObservableList<String> choices,
                                           Function<String, String> choiceText) {
            return new Column<>(header, cell, 0, choices, choiceText);
        }
    }

    private final ObservableList<R> rows;
    private final List<Column<R>> columns;
    private final GridPane grid = new GridPane();
    private final String idPrefix;
    private final StringProperty notice;

    public RowEditor(String idPrefix, ObservableList<R> rows, List<Column<R>> columns, Supplier<R> newRow,
                     String addText, String emptyText, StringProperty notice) {
        this.rows = rows;
        this.columns = columns;
        this.idPrefix = idPrefix;
        this.notice = notice;
        getStyleClass().add("row-editor");
        setSpacing(4);
        grid.getStyleClass().add("row-editor-grid");
        for (int i = 0; i < columns.size(); i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setHgrow(Priority.NEVER);
        buttons.setHalignment(HPos.CENTER);
        grid.getColumnConstraints().add(buttons);
        Label empty = new Label(emptyText);
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(Bindings.isEmpty(rows));
        empty.managedProperty().bind(empty.visibleProperty());
        Button add = new Button(addText);
        add.setId(idPrefix + "-add");
        add.setOnAction(e -> {
            rows.add(newRow.get());
            focusRow(rows.size() - 1);
        });
        // Only rows added, removed or moved rebuild the grid: the list reports every typed key as an update of its
        // row (the view models watch the rows' text), and rebuilding then would take the focus away after one key.
        rows.addListener((ListChangeListener<R>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
        rebuild();
        getChildren().addAll(grid, empty, add);
    }

    private void rebuild() {
        grid.getChildren().clear();
        if (rows.isEmpty()) {
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            Label h = new Label(columns.get(c).header());
            h.getStyleClass().add("row-editor-header");
            grid.add(h, c, 0);
        }
        List<R> snapshot = new ArrayList<>(rows);
        for (int r = 0; r < snapshot.size(); r++) {
            R row = snapshot.get(r);
            for (int c = 0; c < columns.size(); c++) {
                Column<R> col = columns.get(c);
                if (col.choices() != null) {
                    grid.add(choiceBox(col, row, r, c), c, r + 1);
                    continue;
                }
                TextField f = new TextField();
                f.setId(idPrefix + "-" + r + "-" + c);
                f.setAccessibleText(col.header());
                f.setPromptText(col.header());
                TextLimits.limit(f, col.maxLength(), col.header(), notice);
                f.textProperty().bindBidirectional(col.cell().apply(row));
                grid.add(f, c, r + 1);
            }
            Button remove = new Button("✕");
            remove.getStyleClass().add("row-remove");
            remove.setTooltip(new Tooltip(I18n.t("rows.remove")));
            remove.setAccessibleText(I18n.t("rows.remove"));
            remove.setOnAction(e -> rows.remove(row));
            grid.add(remove, columns.size(), r + 1);
        }
    }

    private ComboBox<String> choiceBox(Column<R> col, R row, int r, int c) {
        ComboBox<String> box = new ComboBox<>(col.choices());
        box.setId(idPrefix + "-" + r + "-" + c);
        box.setAccessibleText(col.header());
        box.setPromptText(col.header());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? "" : col.choiceText().apply(id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        StringProperty cell = col.cell().apply(row);
        box.setValue(cell.get() == null || cell.get().isEmpty() ? null : cell.get());
        // a choice box has no empty choice: a value that becomes null came from its list changing, not from the chair,
        // and must not clear the row
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                cell.set(now);
            }
        });
        return box;
    }

    private void focusRow(int index) {
        grid.getChildren().stream().filter(n -> (idPrefix + "-" + index + "-0").equals(n.getId())).findFirst()
                .ifPresent(Node::requestFocus);
    }
}
