package nl.kring.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;

import java.util.HashMap;
import java.util.Map;

/**
 * A table whose headers stay whole at any font size (issue 13, a font at 200 %): no column gets narrower than its
 * header's text, and when the table is too narrow for all those widths together it scrolls sideways instead of
 * squeezing the columns (a constrained resize policy never scrolls, so the table switches to the unconstrained one
 * while it is too narrow, with every column at its minimum, and back once it is wide enough again).
 */
public final class TableFit {
    private static final String BASE_MIN = "kring.tablefit.baseMin";
    private static final String WATCHED = "kring.tablefit.watched";
    private static final String CONTENT_MIN = "kring.tablefit.contentMin";

    private TableFit() {
    }

    /** Call once the table has its columns and its (constrained) resize policy. */
    public static void install(TableView<?> table) {
        if (table.getProperties().containsKey(WATCHED)) {
            return;
        }
        Switcher switcher = new Switcher(table);
        table.getProperties().put(WATCHED, switcher);
        // the headers are made (again) in the table's layout pass: look for new ones once a pass is done
        boolean[] pending = {true};
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<?, ?>>) c -> pending[0] = true);
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs && pending[0]) {
                pending[0] = !watchHeaders(table, switcher);
            }
        });
        table.widthProperty().addListener((o, a, b) -> switcher.update());
    }

    /** Each column header's text sets its column's minimum width, again whenever its font or text changes. */
    private static boolean watchHeaders(TableView<?> table, Switcher switcher) {
        int found = 0;
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header) || header.getTableColumn() == null) {
                continue;
            }
            if (header.getProperties().containsKey(WATCHED)) {
                found++;
                continue;
            }
            TableColumnBase<?, ?> column = header.getTableColumn();
            if (!(header.lookup(".label") instanceof Label label)) {
                continue;
            }
            header.getProperties().put(WATCHED, Boolean.TRUE);
            column.getProperties().putIfAbsent(BASE_MIN, column.getMinWidth());
            Runnable fit = () -> {
                double base = (Double) column.getProperties().get(BASE_MIN);
                double text = label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                        + label.getFont().getSize() * 0.6; // room for the sort arrow
                column.setMinWidth(Math.max(Math.max(base, contentMin(column)), Math.ceil(text)));
                switcher.update();
            };
            label.fontProperty().addListener((o, a, b) -> fit.run());
            label.textProperty().addListener((o, a, b) -> fit.run());
            fit.run();
            found++;
        }
        return found >= table.getVisibleLeafColumns().size();
    }

    /**
     * The column is never narrower than {@code width} (a word of its cells, issue 13), whatever its header needs; a
     * table too narrow for it then scrolls sideways.
     */
    public static void atLeast(TableColumnBase<?, ?> column, double width) {
        double need = Math.ceil(width);
        if (need <= contentMin(column)) {
            return;
        }
        column.getProperties().put(CONTENT_MIN, need);
        if (column.getMinWidth() < need) {
            column.setMinWidth(need);
        }
        if (column instanceof TableColumn<?, ?> c && c.getTableView() != null
                && c.getTableView().getProperties().get(WATCHED) instanceof Switcher s) {
            s.update();
        }
    }

    private static double contentMin(TableColumnBase<?, ?> column) {
        return column.getProperties().get(CONTENT_MIN) instanceof Double d ? d : 0;
    }

    /** Constrained while every column fits at its minimum width, unconstrained (scrolling sideways) otherwise. */
    private static final class Switcher {
        private final TableView<?> table;
        private Callback<TableView.ResizeFeatures, Boolean> fitting;
        private final Map<TableColumn<?, ?>, Double> prefs = new HashMap<>();

        Switcher(TableView<?> table) {
            this.table = table;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void update() {
            if (table.getWidth() <= 0) {
                return;
            }
            double mins = 0;
            for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                mins += c.getMinWidth();
            }
            // the vertical scroll bar may take its share of the width
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - Forms.em(1.3);
            boolean scrolling = fitting != null;
            if (!scrolling && mins > room) {
                fitting = (Callback) table.getColumnResizePolicy();
                prefs.clear();
                for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                    prefs.put(c, c.getPrefWidth());
                    c.setPrefWidth(c.getMinWidth());
                }
                table.setColumnResizePolicy((Callback) TableView.UNCONSTRAINED_RESIZE_POLICY);
            } else if (scrolling && mins <= room) {
                prefs.forEach(TableColumn::setPrefWidth);
                prefs.clear();
                table.setColumnResizePolicy((Callback) fitting);
                fitting = null;
            } else if (scrolling) {
                for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                    if (c.getPrefWidth() < c.getMinWidth()) {
                        c.setPrefWidth(c.getMinWidth());
                    }
                }
            }
        }
    }
}
