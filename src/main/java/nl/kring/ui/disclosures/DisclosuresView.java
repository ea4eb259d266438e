package nl.kring.ui.disclosures;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.Partner;
import nl.kring.service.Services;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Layouts;
import nl.kring.ui.common.RegisterExportButton;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.common.TaskExecutor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** "Verstrekkingen": the register of disclosure notes across cases, filterable, with a way to the case. */
public final class DisclosuresView extends VBox implements ClearsOnLock {
    private final DisclosuresViewModel vm;
    private final TableView<DisclosureRow> table = new TableView<>();
    private final Button open = new Button(I18n.t("register.openCase"));
    private final Label info = new Label();
    private final Services services;
    private final TaskExecutor executor;
    /** How to show a case on the case screen; null: the button is hidden. */
    private final Consumer<String> caseOpener;

    public DisclosuresView(TaskExecutor executor, Services services, Consumer<String> caseOpener) {
        this.executor = executor;
        this.caseOpener = caseOpener;
        this.vm = new DisclosuresViewModel(executor, services);
        this.services = services;
        setId("disclosures-view");
        getStyleClass().add("register-view");
        setSpacing(8);
        setPadding(new Insets(12));

        Label title = new Label(I18n.t("register.title"));
        title.getStyleClass().add("section-title");
        Label hint = Forms.hint(I18n.t("register.hint"));

        ComboBox<String> caseBox = new ComboBox<>(vm.caseNumbers());
        caseBox.setId("register-case");
        caseBox.setEditable(true);
        caseBox.setPromptText(I18n.t("register.allCases"));
        caseBox.setPrefWidth(Forms.em(11));
        Layouts.promptWhole(caseBox); // issue 13: "alle casussen" was clipped at 200 %
        caseBox.valueProperty().bindBidirectional(vm.caseFilterProperty());
        caseBox.setAccessibleText(I18n.t("register.case"));

        ComboBox<Optional<Partner>> partnerBox = choice("register-partner", vm.partners(), Partner::name,
                I18n.t("register.allPartners"), vm.partnerFilterProperty());
        partnerBox.setMinWidth(Forms.em(15)); // as wide as its longest name, "alle partners" whole at any font size
        ComboBox<Optional<DisclosureBasis>> basisBox = Forms.optionalChoice("register-basis", vm.basisFilterProperty(),
                Arrays.asList(DisclosureBasis.values()), DisclosureBasis::label, I18n.t("register.allBases"));

        DateInput from = new DateInput();
        from.field().setId("register-from");
        from.bindText(vm.fromProperty());
        DateInput to = new DateInput();
        to.field().setId("register-to");
        to.bindText(vm.toProperty());

        CheckBox withdrawn = new CheckBox(I18n.t("register.showWithdrawn"));
        withdrawn.setId("register-show-withdrawn");
        withdrawn.selectedProperty().bindBidirectional(vm.showWithdrawnProperty());

        Button clear = new Button(I18n.t("register.clearFilters"));
        clear.setId("register-clear");
        clear.setOnAction(e -> vm.clearFilters());

        FlowPane filters = new FlowPane(12, 6,
                labelled(I18n.t("register.case"), caseBox), labelled(I18n.t("register.partner"), partnerBox),
                labelled(I18n.t("register.basis"), basisBox), labelled(I18n.t("register.from"), from),
                labelled(I18n.t("register.to"), to), withdrawn, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("register-filter-problem");
        problem.getStyleClass().add("error");
        problem.textProperty().bind(vm.filterProblemProperty());
        problem.visibleProperty().bind(vm.filterProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        table.setId("register-table");
        table.setItems(vm.rows());
        Forms.placeholder(table, vm.busyProperty(), I18n.t("register.empty"));
        table.getColumns().setAll(List.of(
                column("register.col.date", DisclosureRow::date),
                column("register.col.case", DisclosureRow::caseNumber),
                column("register.col.to", DisclosureRow::to),
                column("register.col.basis", DisclosureRow::basis),
                column("register.col.categories", DisclosureRow::categories),
                column("register.col.decidedBy", DisclosureRow::decidedBy),
                column("register.col.meeting", DisclosureRow::meeting),
                column("register.col.status", DisclosureRow::status)));
        table.getColumns().getLast().getStyleClass().add("status-cell");
        table.getColumns().getLast().setId("register-status");
        Forms.widths(table, 6, 6, 13, 9, 14, 9, 7, 11);
        table.setRowFactory(t -> {
            TableRow<DisclosureRow> row = new TableRow<>() {
                @Override
                protected void updateItem(DisclosureRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean w = !empty && item != null && item.withdrawn();
                    if (w != getStyleClass().contains("withdrawn-row")) {
                        if (w) {
                            getStyleClass().add("withdrawn-row");
                        } else {
                            getStyleClass().remove("withdrawn-row");
                        }
                    }
                    setTooltip(w ? new Tooltip(item.detail()) : null);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openCase(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openCase(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.setId("register-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.rows().size() == 1
                ? I18n.t("register.countOne") : I18n.t("register.count", vm.rows().size()), vm.rows()));
        Label message = new Label();
        message.getStyleClass().add("error");
        message.textProperty().bind(vm.messageProperty());
        open.setId("register-open-case");
        open.setTooltip(new Tooltip(I18n.t("register.openCaseHint")));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openCase(table.getSelectionModel().getSelectedItem()));
        open.setVisible(caseOpener != null);
        Button correct = new Button(I18n.t("disclosure.correct"));
        correct.setId("register-correct");
        Button withdraw = new Button(I18n.t("disclosure.withdraw"));
        withdraw.setId("register-withdraw");
        // only a note that stands can be corrected or withdrawn
        var standing = Bindings.createBooleanBinding(() -> {
            DisclosureRow r = table.getSelectionModel().getSelectedItem();
            return r != null && !r.withdrawn();
        }, table.getSelectionModel().selectedItemProperty());
        correct.disableProperty().bind(standing.not().or(vm.busyProperty()));
        withdraw.disableProperty().bind(standing.not().or(vm.busyProperty()));
        correct.setOnAction(e -> correct(table.getSelectionModel().getSelectedItem()));
        withdraw.setOnAction(e -> withdraw(table.getSelectionModel().getSelectedItem()));
        info.setId("register-info");
        info.getStyleClass().add("ok");
        Label detail = new Label();
        detail.setId("register-detail");
        detail.getStyleClass().add("muted");
        detail.setWrapText(true);
        // the reason of a withdrawn note, for the keyboard too (a tooltip needs the mouse)
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            DisclosureRow r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.withdrawn() ? "" : r.status() + " — " + r.detail();
        }, table.getSelectionModel().selectedItemProperty()));
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label exported = new Label();
        exported.setId("registers-result");
        exported.setWrapText(true);
        // a large font: the buttons wrap onto a second line, their labels whole (issue 13)
        FlowPane buttons = Layouts.buttonRow(
                new RegisterExportButton(executor, services.outputs(), exported), correct, withdraw, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(12, count, message, info, exported, spacer, buttons);
        bottom.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, hint, filters, problem, table, detail, bottom);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.load();
            }
        });
    }

    private void correct(DisclosureRow row) {
        if (row == null || row.withdrawn()) {
            return;
        }
        info.setText("");
        DisclosureDialog.openCorrection(this, vm.tasks(), services, row.entry(), entry -> {
            info.setText(I18n.t("disclosure.corrected", Dates.format(row.entry().disclosure().date())));
            vm.refresh();
        }, e -> vm.messageProperty().set(WithdrawDialog.describe(e)));
    }

    private void withdraw(DisclosureRow row) {
        if (row == null || row.withdrawn()) {
            return;
        }
        info.setText("");
        WithdrawDialog.open(this, vm.tasks(), services, row.entry(), entry -> {
            info.setText(I18n.t("disclosure.withdrawn", Dates.format(row.entry().disclosure().date())));
            vm.refresh();
        }, e -> vm.messageProperty().set(WithdrawDialog.describe(e)));
    }

    private void openCase(DisclosureRow row) {
        if (row != null && caseOpener != null) {
            caseOpener.accept(row.caseNumber());
        }
    }

    private static HBox labelled(String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control instanceof DateInput d ? d.field() : control);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TableColumn<DisclosureRow, String> column(String key, Function<DisclosureRow, String> value) {
        TableColumn<DisclosureRow, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /** A choice among a changing list with "all" as the empty entry. */
    private static <T> ComboBox<Optional<T>> choice(String id, ObservableList<T> items,
                                                    Function<T, String> label, String none,
                                                    ObjectProperty<T> value) {
        ComboBox<Optional<T>> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(Forms.labels(o -> o.map(label).orElse(none)));
        boolean[] guard = {false};
        Runnable fill = () -> {
            guard[0] = true;
            box.getItems().setAll(Optional.empty());
            items.forEach(i -> box.getItems().add(Optional.of(i)));
            box.setValue(Optional.ofNullable(value.get()));
            guard[0] = false;
        };
        items.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
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

    public DisclosuresViewModel viewModel() {
        return vm;
    }

    @Override
    public void clearOnLock() {
        vm.clear();
        info.setText("");
        layout();
        Scrub.texts(this);
    }
}
