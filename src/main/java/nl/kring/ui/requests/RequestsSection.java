package nl.kring.ui.requests;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.report.InzageMasking;
import nl.kring.service.Services;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.PdfPreview;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.TextLimits;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Verzoeken van de cliënt" on the case screen: the case's requests with status and deadline (overdue ones marked),
 * a line to register a new one, and the handling of the selected one.
 */
public final class RequestsSection extends VBox {
    private final RequestsViewModel vm;
    private final TableView<RightsRequest> table = new TableView<>();
    private SaveTarget saveTarget = SaveTarget.CHOOSER;
    private boolean syncing;

    public RequestsSection(TaskExecutor executor, Services services, CaseOnScreen onScreen, Supplier<LocalDate> today, Consumer<String> onDestroyed) {
        this.vm = new RequestsViewModel(executor, services, today);
        vm.setFormDirty(() -> onScreen.dirty().get());
        vm.setOnDestroyed(onDestroyed);
        setId("requests-section");
        getStyleClass().add("requests-section");
        setSpacing(6);

        Label title = Forms.section(I18n.t("requests.title"));
        title.getStyleClass().add("form-section-row");
        Label summary = new Label();
        summary.setId("requests-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summary());
        HBox head = new HBox(12, title, summary);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);

        getChildren().addAll(head, Forms.hint(I18n.t("requests.hint")), buildTable(), buildRegister(), buildHandling(),
                progress("requests-progress", vm.busyProperty(), vm.progressProperty(),
                vm.progressTextProperty()), message());

        onScreen.onChange(vm::show);
        vm.show(onScreen.savedNumber());
        // Only a stored case has requests; a new one first needs saving.
        visibleProperty().bind(vm.caseNumberProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** Replaces the file dialog (tests; a native dialog cannot be driven headless). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    public RequestsViewModel viewModel() {
        return vm;
    }

    private TableView<RightsRequest> buildTable() {
        table.setId("requests-table");
        table.getStyleClass().add("requests-table");
        table.setItems(vm.requests());
        Label empty = new Label(I18n.t("requests.none"));
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        TableColumn<RightsRequest, String> type = column(I18n.t("requests.col.type"), r -> RequestTexts.type(r.type()));
        TableColumn<RightsRequest, String> received = column(I18n.t("requests.col.received"), r -> Dates.format(r.receivedOn()));
        TableColumn<RightsRequest, String> deadline = column(I18n.t("requests.col.deadline"), r -> Dates.format(r.deadline()));
        deadline.setCellFactory(c -> new UrgencyCell());
        TableColumn<RightsRequest, String> status = column(I18n.t("requests.col.status"), vm::statusText);
        status.setCellFactory(c -> new UrgencyCell());
        table.getColumns().setAll(List.of(type, received, deadline, status));
        Forms.widths(table, 7, 6.5, 6.5, 13);
        status.setMinWidth(Forms.em(12)); // "Open, 12 dagen te laat" stays whole
        table.setFixedCellSize(Forms.em(2));
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Forms.em(2) * (Math.max(2, Math.min(6, vm.requests().size())) + 1.4), vm.requests()));
        table.setMinHeight(Region.USE_PREF_SIZE);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.select(b);
            }
        });
        // The list is reloaded after every change: keep the view model's choice selected.
        vm.requests().addListener((ListChangeListener<RightsRequest>) c -> syncSelection());
        vm.selectedProperty().addListener((o, a, b) -> syncSelection());
        return table;
    }

    /** Marks the deadline and status of an open request that is late (red) or nearly due (amber). */
    private final class UrgencyCell extends TableCell<RightsRequest, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            RightsRequest r = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            getStyleClass().removeAll("deadline-overdue", "deadline-soon");
            if (r != null && r.isOpen()) {
                if (vm.isOverdue(r)) {
                    getStyleClass().add("deadline-overdue");
                } else if (vm.isDueSoon(r)) {
                    getStyleClass().add("deadline-soon");
                }
            }
        }
    }

    private void syncSelection() {
        syncing = true;
        try {
            RightsRequest r = vm.selectedProperty().get();
            if (r == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(r);
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<RightsRequest, String> column(String title,
                                                             Function<RightsRequest, String> text) {
        TableColumn<RightsRequest, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private VBox buildRegister() {
        ComboBox<RequestType> type = new ComboBox<>();
        type.setId("request-type");
        type.getItems().setAll(RequestType.values());
        type.setConverter(Forms.labels(RequestTexts::type));
        type.valueProperty().bindBidirectional(vm.newTypeProperty());
        type.setAccessibleText(I18n.t("requests.col.type"));
        type.setPrefWidth(Forms.em(10));
        type.setMinWidth(Region.USE_PREF_SIZE);
        DateInput received = new DateInput();
        received.field().setId("request-received");
        received.field().setAccessibleText(I18n.t("requests.received"));
        received.bindText(vm.newReceivedProperty());
        ComboBox<Requester> by = new ComboBox<>();
        by.setId("request-by");
        by.getItems().setAll(Arrays.asList(Requester.values()));
        by.setConverter(Forms.labels(RequestTexts::requester));
        by.valueProperty().bindBidirectional(vm.newByProperty());
        by.setAccessibleText(I18n.t("requests.col.by"));
        by.setPrefWidth(Forms.em(14));
        by.setMinWidth(Region.USE_PREF_SIZE);
        Button register = new Button(I18n.t("requests.register"));
        register.setId("request-register");
        register.disableProperty().bind(vm.busyProperty().or(vm.receivedProblemProperty().isNotEmpty()));
        register.setOnAction(e -> vm.register());
        register.setMinWidth(Region.USE_PREF_SIZE);
        // wraps on a narrow form instead of cutting the choices short
        FlowPane line = new FlowPane(14, 6, group(I18n.t("requests.new"), type, type),
                group(I18n.t("requests.received"), received.field(), received), group(I18n.t("requests.col.by"), by, by), register);
        line.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("request-received-error");
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.receivedProblemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(4, line, problem);
    }

    private static HBox group(String text, Node forNode, Node shown) {
        HBox g = new HBox(6, label(text, forNode), shown);
        g.setAlignment(Pos.CENTER_LEFT);
        g.setMinWidth(Region.USE_PREF_SIZE);
        return g;
    }

    private static Label label(String text, Node forNode) {
        Label l = new Label(text);
        l.setLabelFor(forNode);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private VBox buildHandling() {
        var selected = vm.selectedProperty();
        Label what = new Label();
        what.setId("request-selected");
        what.getStyleClass().add("form-label");
        what.setWrapText(true);
        what.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? ""
                : I18n.t("requests.handling", RequestTexts.type(selected.get().type()),
                RequestTexts.requester(selected.get().requestedBy()).toLowerCase(I18n.locale()),
                Dates.format(selected.get().receivedOn()), vm.deadlineText(selected.get())), selected));

        TextArea note = Forms.area("request-note", vm.noteProperty(), TextLimits.REASON, I18n.t("requests.note"), null, 2);
        note.promptTextProperty().bind(Bindings.createStringBinding(() -> selected.get() != null
                && selected.get().type() == RequestType.CORRECTIE ? I18n.t("requests.note.correction")
                : I18n.t("requests.note.other"), selected));

        Button handle = new Button();
        handle.setId("request-handle");
        handle.getStyleClass().add("accent-button");
        handle.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? ""
                : I18n.t("requests.handle." + selected.get().type().name()), selected));
        handle.disableProperty().bind(vm.busyProperty().or(vm.destruction().confirmingProperty()));
        handle.setOnAction(e -> vm.handle(name -> saveTarget.choose(this, I18n.t("requests.chooseFile"), name)));
        Button refuse = new Button(I18n.t("requests.refuse"));
        refuse.setId("request-refuse");
        refuse.disableProperty().bind(vm.busyProperty().or(vm.destruction().confirmingProperty()));
        refuse.setOnAction(e -> vm.refuse());
        Button extend = new Button(I18n.t("requests.extend"));
        extend.setId("request-extend");
        extend.setTooltip(new Tooltip(I18n.t("requests.extend.tip")));
        extend.disableProperty().bind(vm.busyProperty().or(vm.destruction().confirmingProperty()).or(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().isExtended(), selected)));
        extend.setOnAction(e -> vm.extend());
        handle.setMinWidth(Region.USE_PREF_SIZE);
        refuse.setMinWidth(Region.USE_PREF_SIZE);
        extend.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, handle, refuse, extend);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label extension = new Label();
        extension.setId("request-extension");
        extension.setWrapText(true);
        extension.getStyleClass().add("muted");
        extension.textProperty().bind(Bindings.createStringBinding(() -> vm.extensionText(selected.get()), selected));
        extension.managedProperty().bind(extension.textProperty().isNotEmpty());
        VBox open = new VBox(6, what, extension, note, buttons, buildReview(), buildDestroyConfirm());
        open.visibleProperty().bind(Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isOpen(), selected));
        open.managedProperty().bind(open.visibleProperty());

        Label outcome = new Label();
        outcome.setId("request-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(Bindings.createStringBinding(() -> vm.outcomeText(selected.get()), selected));
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        return new VBox(6, open, outcome);
    }

    /**
     * The review of the inzage copy: every passage it withholds (where, the text as stored, the marker the client
     * reads); the chair may show one with a reason, then saves the copy.
     */
    private VBox buildReview() {
        Label title = new Label(I18n.t("requests.review.title"));
        title.getStyleClass().add("form-label");
        Label hint = Forms.hint(I18n.t("requests.review.hint"));
        ListView<InzageMasking.Passage> list = new ListView<>(vm.review().passages());
        list.setId("inzage-passages");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(InzageMasking.Passage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : vm.review().passageText(p));
                getStyleClass().remove("muted");
                if (p != null && p.unmasked()) {
                    getStyleClass().add("muted");
                }
            }
        });
        list.setPrefHeight(Forms.em(12));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.review().selectedPassageProperty().set(b));
        vm.review().selectedPassageProperty().addListener((o, a, b) -> {
            if (b != list.getSelectionModel().getSelectedItem()) {
                if (b == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(b);
                }
            }
        });
        TextField reason = new TextField();
        reason.setId("inzage-unmask-reason");
        TextLimits.limit(reason, TextLimits.REASON, I18n.t("requests.review.reason"), null);
        reason.textProperty().bindBidirectional(vm.review().unmaskReasonProperty());
        reason.setPromptText(I18n.t("requests.review.reason"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        var passage = vm.review().selectedPassageProperty();
        Button unmask = new Button(I18n.t("requests.review.unmask"));
        unmask.setId("inzage-unmask");
        unmask.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> passage.get() == null || passage.get().unmasked(), passage)));
        unmask.setOnAction(e -> vm.review().unmaskSelected());
        Button remask = new Button(I18n.t("requests.review.remask"));
        remask.setId("inzage-remask");
        remask.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> passage.get() == null || !passage.get().unmasked(), passage)));
        remask.setOnAction(e -> vm.review().remaskSelected());
        unmask.setMinWidth(Region.USE_PREF_SIZE);
        remask.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, reason, unmask, remask);
        line.setAlignment(Pos.CENTER_LEFT);
        Button write = new Button(I18n.t("requests.review.write"));
        write.setId("inzage-write");
        write.getStyleClass().add("accent-button");
        write.disableProperty().bind(vm.busyProperty());
        write.setOnAction(e -> vm.review().write(name -> saveTarget.choose(this, I18n.t("requests.chooseFile"), name)));
        Button cancel = new Button(I18n.t("dialog.cancel"));
        cancel.setId("inzage-review-cancel");
        cancel.setOnAction(e -> vm.review().cancel());
        write.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        // the copy exactly as it will be saved, before it leaves (issue 11)
        Button preview = new Button(I18n.t("requests.inzage.preview"));
        preview.setId("inzage-preview");
        preview.setTooltip(new Tooltip(I18n.t("requests.inzage.previewHint")));
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> vm.review().preview(pages -> {
            String name = I18n.t("requests.inzage.previewName", vm.caseNumberProperty().get());
            PdfPreview.show(getScene() == null ? null : getScene().getWindow(),
                    I18n.t("preview.window", name), I18n.t("preview.document", name, pages.size()),
                    List.of(new PdfPreview.Section(null, pages)), null);
        }));
        preview.setMinWidth(Region.USE_PREF_SIZE);
        HBox end = new HBox(8, write, preview, cancel);
        end.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, hint, list, line, end);
        box.setId("inzage-review");
        box.visibleProperty().bind(vm.review().reviewingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox buildDestroyConfirm() {
        Label scope = new Label();
        scope.setId("request-destroy-scope");
        scope.setWrapText(true);
        scope.getStyleClass().add("destroy-warning");
        scope.textProperty().bind(vm.destruction().scopeProperty());
        TextField confirm = new TextField();
        confirm.setId("request-destroy-confirm");
        confirm.setPrefColumnCount(10);
        confirm.setMaxWidth(Region.USE_PREF_SIZE);
        TextLimits.limit(confirm, 32, I18n.t("requests.destroy.confirm"), null);
        confirm.textProperty().bindBidirectional(vm.destruction().confirmTextProperty());
        Label ask = label(I18n.t("requests.destroy.confirm"), confirm);
        ask.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("requests.destroy.confirmNumber",
                vm.caseNumberProperty().get()), vm.caseNumberProperty()));
        Button destroy = new Button(I18n.t("requests.destroy.button"));
        destroy.setId("request-destroy");
        destroy.getStyleClass().add("danger-button");
        destroy.disableProperty().bind(vm.destruction().confirmMatchesBinding().not().or(vm.busyProperty()));
        destroy.setOnAction(e -> vm.destruction().destroy());
        Button cancel = new Button(I18n.t("dialog.cancel"));
        cancel.setId("request-destroy-cancel");
        cancel.setOnAction(e -> vm.destruction().cancel());
        destroy.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, confirm, destroy, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, scope, ask, line);
        box.getStyleClass().add("destroy-confirm");
        box.visibleProperty().bind(vm.destruction().confirmingProperty());
        box.managedProperty().bind(box.visibleProperty());
        vm.destruction().confirmingProperty().addListener((o, a, b) -> {
            if (b) {
                Platform.runLater(confirm::requestFocus);
            }
        });
        return box;
    }

    /** A bar and its status text, shown while a file is written. */
    static HBox progress(String id, ReadOnlyBooleanProperty busy, DoubleProperty value, StringProperty text) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setPrefWidth(Forms.em(10));
        bar.progressProperty().bind(value);
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(text);
        HBox box = new HBox(8, bar, status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(busy.and(text.isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label message() {
        return message("requests-message", vm.messageProperty(), vm.messageIsErrorProperty());
    }

    static Label message(String id, StringProperty text, BooleanProperty isError) {
        Label msg = new Label();
        msg.setId(id);
        msg.setWrapText(true);
        msg.textProperty().bind(text);
        msg.getStyleClass().add(isError.get() ? "error" : "ok");
        isError.addListener((o, a, b) -> msg.getStyleClass().setAll("label", b ? "error" : "ok"));
        msg.visibleProperty().bind(text.isNotEmpty());
        msg.managedProperty().bind(msg.visibleProperty());
        return msg;
    }
}
