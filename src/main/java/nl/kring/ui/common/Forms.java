package nl.kring.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** Building blocks for the register forms: labelled grids, limited text inputs and validation decorations. */
public final class Forms {
    private Forms() {
    }

    /** A two-column grid: labels at their natural width, fields taking the rest. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.NEVER);
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Adds "label  field" as the next row; a required field gets an asterisk. */
    public static Label row(GridPane grid, String label, Node field, boolean required) {
        int r = grid.getRowCount();
        Label l = new Label(label + (required ? " *" : ""));
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        l.setMinWidth(Control.USE_PREF_SIZE);
        GridPane.setValignment(l, field instanceof TextArea || field instanceof VBox ? VPos.TOP : VPos.CENTER);
        grid.add(l, 0, r);
        grid.add(field, 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof Region region && !(field instanceof TextInputControl)
                && region.getMaxWidth() == Region.USE_COMPUTED_SIZE) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        return l;
    }

    public static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    public static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("muted", "form-hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // all its lines, never cut off with an ellipsis when space is short (issue 13)
        return l;
    }

    public static TextField text(String id, StringProperty value, int max, String label, StringProperty notice) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(label);
        TextLimits.limit(f, max, label, notice);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    public static TextArea area(String id, StringProperty value, int max, String label, StringProperty notice, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setAccessibleText(label);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        TextLimits.limit(a, max, label, notice);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    /**
     * Shows the form's problem for {@code field} on the control with a ControlsFX decoration (error or advice icon
     * with the message as tooltip). The rules live in the view model; this only mirrors them.
     */
    public static void decorate(ValidationSupport support, Control control, String field, FormState form) {
        markField(control, field);
        support.registerValidator(control, false, (Control c, Object value) -> form.problem(field)
                .map(p -> ValidationResult.fromMessages(p.blocking()
                        ? ValidationMessage.error(c, p.message()) : ValidationMessage.warning(c, p.message())))
                .orElseGet(ValidationResult::new));
    }

    /** Re-runs the decorations whenever the form's problems change. */
    public static ValidationSupport validationFor(FormState form) {
        ValidationSupport support = new ValidationSupport();
        form.problems().addListener((ListChangeListener<Problem>) c -> support.revalidate());
        return support;
    }

    /** The list under a form: why it cannot be saved yet (errors) and advice (warnings). */
    public static VBox problemList(FormState form, String id) {
        VBox box = new VBox(2);
        box.setId(id);
        box.getStyleClass().add("problem-list");
        Runnable fill = () -> {
            box.getChildren().clear();
            boolean anyError = form.problems().stream().anyMatch(Problem::blocking);
            if (anyError) {
                Label head = new Label(I18n.t("form.cannotSave"));
                head.getStyleClass().add("problem-head");
                box.getChildren().add(head);
            }
            for (Problem p : form.problems()) {
                Label l = new Label((p.blocking() ? "✗ " : "⚠ ") + p.message());
                l.getStyleClass().add(p.blocking() ? "problem-error" : "problem-warning");
                l.setWrapText(true);
                l.setOnMouseClicked(e -> focusField(box.getScene() == null ? null : box.getScene().getRoot(), p.field()));
                l.setCursor(Cursor.HAND);
                box.getChildren().add(l);
            }
        };
        form.problems().addListener((ListChangeListener<Problem>) c -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(form.problems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The one-line status under a screen or section: what just happened, or in red what went wrong. */
    public static Label statusLine(String id, StatusMessage status) {
        Label msg = new Label();
        msg.setId(id);
        msg.setWrapText(true);
        msg.textProperty().bind(status.textProperty());
        msg.getStyleClass().add(status.isErrorProperty().get() ? "error" : "ok");
        status.isErrorProperty().addListener((o, a, b) -> msg.getStyleClass().setAll("label", b ? "error" : "ok"));
        return msg;
    }

    /** The form's bottom bar: problems, the last message, and the actions. */
    public static VBox footer(FormState f, StringProperty message,
                       BooleanProperty messageIsError, String idPrefix, Region... buttons) {
        Label msg = new Label();
        msg.setId(idPrefix + "-message");
        msg.setWrapText(true);
        msg.textProperty().bind(message);
        messageIsError.addListener((o, a, b) -> msg.getStyleClass().setAll("label", b ? "error" : "ok"));
        msg.getStyleClass().add("ok");
        Label notice = new Label();
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(f.noticeProperty());
        notice.visibleProperty().bind(f.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label unsaved = new Label(I18n.t("form.unsaved"));
        unsaved.getStyleClass().add("muted");
        unsaved.visibleProperty().bind(f.dirtyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The buttons keep their whole label ("Agenda afdru…", "N…" at the default window width): they wrap onto a
        // second line when the row is too narrow, and the message beside them wraps first.
        FlowPane buttonRow = new FlowPane(8, 6);
        buttonRow.setAlignment(Pos.CENTER_RIGHT);
        for (Region b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        buttonRow.getChildren().addAll(buttons);
        msg.setMinWidth(0);
        HBox.setHgrow(msg, Priority.SOMETIMES);
        HBox.setHgrow(buttonRow, Priority.ALWAYS);
        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().addAll(msg, spacer, unsaved, buttonRow);
        VBox problems = Forms.problemList(f, idPrefix + "-problems");
        ScrollPane problemScroll = new ScrollPane(problems);
        problemScroll.setFitToWidth(true);
        problemScroll.getStyleClass().add("problem-scroll");
        problemScroll.setMaxHeight(em(11));
        // as tall as the (wrapped) list, up to the maximum; then it scrolls
        problemScroll.prefViewportHeightProperty().bind(problems.heightProperty());
        problemScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        problemScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        problemScroll.visibleProperty().bind(problems.visibleProperty());
        problemScroll.managedProperty().bind(problems.visibleProperty());
        VBox footer = new VBox(6, problemScroll, notice, actions);
        footer.getStyleClass().add("form-footer");
        return footer;
    }

    /** Decorations live in a layer over the window: remove them when this screen leaves it (lock, other screen). */
    public static void decorationsFollowScene(ValidationSupport support) {
        // Registered controls share the form's scene; watch the first one.
        support.getRegisteredControls().stream().findFirst().ifPresent(c -> c.sceneProperty().addListener((o, a, b) -> {
            support.setErrorDecorationEnabled(b != null);
        }));
    }

    public static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * A choice that may be left open ("—"): the combo holds Optionals so "nothing chosen" is a real entry, kept in
     * step with a nullable property.
     */
    public static <T> ComboBox<Optional<T>> optionalChoice(
            String id, ObjectProperty<T> value, List<T> choices,
            Function<T, String> label, String none) {
        ComboBox<Optional<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(Optional.empty());
        choices.forEach(c -> box.getItems().add(Optional.of(c)));
        box.setConverter(labels(o -> o.map(label).orElse(none)));
        box.setValue(Optional.ofNullable(value.get()));
        boolean[] guard = {false};
        box.valueProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                value.set(b == null ? null : b.orElse(null));
                guard[0] = false;
            }
        });
        value.addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                box.setValue(Optional.ofNullable(b));
                guard[0] = false;
            }
        });
        return box;
    }

    /**
     * Scrolls a long form so the field that gets the keyboard focus is in view (JavaFX's ScrollPane does not do this
     * by itself, so tabbing through the case form would otherwise walk off the screen).
     */
    public static void keepFocusVisible(ScrollPane scroll) {
        keepScrollAnchored(scroll);
        revealFocus(scroll);
    }

    /**
     * Issue 13: a control inside {@code scroll} that gets the keyboard focus (Tab, an arrow key, a mnemonic) is
     * scrolled into view, in every scroll pane around it: the form's own and the workspace's, which scrolls up and down
     * and sideways once a large font makes a screen bigger than the window.
     */
    public static void revealFocus(ScrollPane scroll) {
        hideTooltipsWhenScrolled(scroll);
        ChangeListener<Node> onFocus = (o, a, focused) -> {
            if (focused != null && scroll.getContent() != null && isInside(focused, scroll.getContent())) {
                reveal(focused);
            }
        };
        scroll.sceneProperty().addListener((o, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.focusOwnerProperty().removeListener(onFocus);
            }
            if (newScene != null) {
                newScene.focusOwnerProperty().addListener(onFocus);
            }
        });
    }

    /**
     * Keeps the form where it is, in pixels, when the viewport or the content changes height (the problem list
     * under the form grows or shrinks as the chair types): a scroll pane keeps its scroll fraction, which moves the
     * fields under the mouse.
     */
    static void keepScrollAnchored(ScrollPane scroll) {
        double[] top = {0};
        // restoring: our own change of vvalue; settling: until the next pulse after a size change, when the scroll
        // pane's skin may still move the scroll bar by itself
        boolean[] restoring = {false};
        boolean[] settling = {false};
        scroll.vvalueProperty().addListener((o, a, v) -> {
            if (!restoring[0] && !settling[0]) {
                top[0] = v.doubleValue() * scrollRange(scroll);
            }
        });
        Runnable restore = () -> {
            double range = scrollRange(scroll);
            if (range <= 0) {
                return;
            }
            restoring[0] = true;
            try {
                scroll.setVvalue(Math.max(0, Math.min(1, top[0] / range)));
            } finally {
                restoring[0] = false;
            }
        };
        double[] heights = {-1, -1};
        InvalidationListener keep = o -> {
            double view = scroll.getViewportBounds().getHeight();
            double content = scroll.getContent() == null ? 0 : scroll.getContent().getLayoutBounds().getHeight();
            // the viewport's bounds also change on every scroll step: only a change of height counts here
            if (restoring[0] || (view == heights[0] && content == heights[1])) {
                return;
            }
            heights[0] = view;
            heights[1] = content;
            restore.run();
            if (!settling[0]) {
                settling[0] = true;
                Platform.runLater(() -> {
                    restore.run();
                    settling[0] = false;
                    // the field being typed in stays in sight when the viewport shrinks under it
                    Node focused = scroll.getScene() == null ? null : scroll.getScene().getFocusOwner();
                    if (focused != null && isInside(focused, scroll.getContent()) && !inView(scroll, focused)) {
                        ensureVisible(scroll, focused);
                    }
                });
            }
        };
        scroll.viewportBoundsProperty().addListener(keep);
        scroll.contentProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.layoutBoundsProperty().removeListener(keep);
            }
            if (b != null) {
                b.layoutBoundsProperty().addListener(keep);
            }
        });
        if (scroll.getContent() != null) {
            scroll.getContent().layoutBoundsProperty().addListener(keep);
        }
    }

    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds view = scroll.localToScene(scroll.getViewportBounds());
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds port = scroll.lookup(".viewport") == null ? null
                : scroll.lookup(".viewport").localToScene(scroll.lookup(".viewport").getLayoutBounds());
        Bounds v = port != null ? port : view;
        return b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY();
    }

    private static double scrollRange(ScrollPane scroll) {
        Node content = scroll.getContent();
        return content == null ? 0 : content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Issue 13, "a stale tooltip covered the Toestemming field": a tooltip stays where it opened when the form moves
     * under a mouse that stands still (no mouse-exit comes), and then covers another field. When the pane scrolls, the
     * tooltips of its window close; moving the mouse over a control shows its own again.
     */
    static void hideTooltipsWhenScrolled(ScrollPane scroll) {
        InvalidationListener hide = o -> hideTooltips(scroll);
        scroll.vvalueProperty().addListener(hide);
        scroll.hvalueProperty().addListener(hide);
    }

    private static void hideTooltips(Node in) {
        Window owner = in.getScene() == null ? null : in.getScene().getWindow();
        if (owner == null) {
            return;
        }
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Tooltip t && t.isShowing() && t.getOwnerWindow() == owner) {
                t.hide();
            }
        }
    }

    /** Scrolls each scroll pane around {@code node}, the innermost first, just enough to show it. */
    public static void reveal(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null && isInside(node, sp.getContent())) {
                ensureVisible(sp, node);
                ensureVisibleSideways(sp, node);
            }
        }
    }

    /** Scrolls sideways just enough to show the node's start (with a little room before it). */
    static void ensureVisibleSideways(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentWidth = content.getBoundsInLocal().getWidth();
        double viewWidth = scroll.getViewportBounds().getWidth();
        if (contentWidth <= viewWidth || b == null) {
            return;
        }
        double left = scroll.getHvalue() * (contentWidth - viewWidth);
        double margin = 8;
        double newLeft = left;
        if (b.getMinX() - margin < left) {
            newLeft = b.getMinX() - margin;
        } else if (b.getMaxX() + margin > left + viewWidth) {
            // as much of it as fits, from its start
            newLeft = Math.min(b.getMaxX() + margin - viewWidth, b.getMinX() - margin);
        }
        scroll.setHvalue(Math.max(0, Math.min(1, newLeft / (contentWidth - viewWidth))));
    }

    /** Scrolls vertically just enough to show the node (with a little room around it). */
    public static void ensureVisible(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight || b == null) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        double margin = Math.min(viewHeight / 4, b.getHeight() * 2 + 16);
        double newTop = top;
        if (b.getMinY() - margin < top) {
            newTop = b.getMinY() - margin;
        } else if (b.getMaxY() + margin > top + viewHeight) {
            // a node taller than the view shows from its top
            newTop = Math.min(b.getMaxY() + margin - viewHeight, b.getMinY() - Math.min(margin, 8));
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewHeight))));
    }

    /**
     * One grid for a whole form, so every field lines up under the same label column; sections are headings that
     * span the grid.
     */
    public static final class Builder {
        private final GridPane grid = Forms.grid();

        public GridPane grid() {
            return grid;
        }

        public Builder section(String title, String hint) {
            Label head = Forms.section(title);
            head.getStyleClass().add("form-section-row");
            GridPane.setHalignment(head, HPos.LEFT);
            grid.add(head, 0, grid.getRowCount(), 2, 1);
            if (hint != null) {
                under(Forms.hint(hint));
            }
            return this;
        }

        public Label field(String label, Node node, boolean required) {
            return row(grid, label, node, required);
        }

        /** A node across both columns. */
        public Builder full(Node node) {
            GridPane.setHalignment(node, HPos.LEFT);
            grid.add(node, 0, grid.getRowCount(), 2, 1);
            return this;
        }

        /** A node under the fields, without a label (check boxes, hints). */
        public Builder under(Node node) {
            grid.add(node, 1, grid.getRowCount());
            return this;
        }
    }

    /** n times the platform font size: widths that grow with the font and the display scale. */
    public static double em(double n) {
        return n * Font.getDefault().getSize();
    }

    /** Proportional column widths (in em) with a minimum, so short columns keep their text. */
    public static void widths(TableView<?> table, double... ems) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (int i = 0; i < ems.length && i < table.getColumns().size(); i++) {
            var c = table.getColumns().get(i);
            c.setPrefWidth(em(ems[i]));
            c.setMinWidth(em(Math.min(ems[i], 4.5)));
        }
        // a column that shows plain text shows it whole: it wraps, the row grows (issue 13)
        for (var c : table.getColumns()) {
            if (c.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
                wrap(c);
            }
        }
        // no header cut off at a large font: a column is at least as wide as its header, the table scrolls sideways
        TableFit.install(table);
    }

    private static <S, T> void wrap(TableColumn<S, T> column) {
        column.setCellFactory(c -> new WrappingCell<>());
    }

    /** "Laden…" while busy, the empty text otherwise. */
    public static void placeholder(TableView<?> table, ObservableBooleanValue busy,
                                   String empty) {
        Label l = new Label();
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        l.textProperty().bind(Bindings.when(busy).then(I18n.t("list.loading")).otherwise(empty));
        table.setPlaceholder(l);
    }

    private static final String FIELD_KEY = "kring.form.field";

    /** Marks the node that a problem of {@code field} refers to, so clicking the problem can go there. */
    public static void markField(Node node, String field) {
        node.getProperties().put(FIELD_KEY, field);
    }

    static void focusField(Node root, String field) {
        Node target = find(root, field);
        if (target == null) {
            return;
        }
        Node focusable = firstFocusable(target);
        if (focusable != null) {
            focusable.requestFocus();
        }
    }

    private static Node find(Node n, String field) {
        if (n == null) {
            return null;
        }
        if (field.equals(n.getProperties().get(FIELD_KEY)) && n.isVisible()) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node hit = find(c, field);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static Node firstFocusable(Node n) {
        if (n.isFocusTraversable() && !n.isDisabled() && n.isVisible()) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node hit = firstFocusable(c);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /**
     * Hosts a form's validation decorations inside the form itself. Without it ControlsFX wraps the window's root
     * the first time a decoration shows, which briefly takes every view out of the scene (and the focus away from
     * the field being typed in).
     */
    public static StackPane decorationLayer(Node content) {
        impl.org.controlsfx.skin.DecorationPane pane = new impl.org.controlsfx.skin.DecorationPane();
        pane.setRoot(content);
        return pane;
    }
}
