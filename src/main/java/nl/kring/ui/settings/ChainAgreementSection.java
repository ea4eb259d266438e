package nl.kring.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.kring.report.LetterTexts;
import nl.kring.service.Services;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Problem;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.requests.SaveTarget;

import java.time.LocalDate;

/**
 * The settings section for the ketenovereenkomst (issue 15): its contents, the coordinator, when and by whom it was
 * signed, and the two documents for clients made from the settings: the information letter and the agreement's
 * summary. A thin view over {@link ChainAgreementViewModel}.
 */
public final class ChainAgreementSection extends VBox {
    private final ChainAgreementViewModel vm;
    private SaveTarget saveTarget = SaveTarget.CHOOSER;

    public ChainAgreementSection(TaskExecutor executor, Services services) {
        super(8);
        this.vm = new ChainAgreementViewModel(executor, services, LocalDate::now);
        setId("settings-agreement");
        Label title = new Label(I18n.t("agreement.title"));
        title.getStyleClass().add("form-section");
        Label hint = Forms.hint(I18n.t("agreement.hint"));

        VBox texts = new VBox(4,
                area("agreement-purpose", vm.purposeProperty(), I18n.t("agreement.purpose"), ChainAgreementViewModel.F_PURPOSE),
                area("agreement-storage", vm.storageProperty(), I18n.t("agreement.storage"), ChainAgreementViewModel.F_STORAGE),
                area("agreement-rights", vm.rightsProperty(), I18n.t("agreement.rights"), ChainAgreementViewModel.F_RIGHTS),
                area("agreement-reporting", vm.reportingProperty(), I18n.t("agreement.reporting"),
                        ChainAgreementViewModel.F_REPORTING));
        Button defaults = new Button(I18n.t("agreement.defaults"));
        defaults.setId("agreement-defaults");
        defaults.setTooltip(new Tooltip(I18n.t("agreement.defaultsTooltip")));
        defaults.setOnAction(e -> vm.restoreDefaults());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        field(grid, 0, "agreement-coordinator-name", vm.coordinatorNameProperty(), I18n.t("agreement.coordinatorName"), 24);
        field(grid, 1, "agreement-coordinator-function", vm.coordinatorFunctionProperty(),
                I18n.t("agreement.coordinatorFunction"), 32);
        field(grid, 2, "agreement-coordinator-contact", vm.coordinatorContactProperty(),
                I18n.t("agreement.coordinatorContact"), 32);
        grid.add(message(ChainAgreementViewModel.F_COORDINATOR), 2, 0);
        DateInput date = new DateInput();
        date.setId("agreement-signed-on");
        date.field().setId("agreement-signed-on-field");
        date.field().setAccessibleText(I18n.t("agreement.signedOn"));
        date.bindText(vm.signedOnProperty());
        Label dateLabel = new Label(I18n.t("agreement.signedOn"));
        dateLabel.setLabelFor(date.field());
        grid.addRow(3, dateLabel, date, message(ChainAgreementViewModel.F_SIGNED_ON));

        FlowPane partners = new FlowPane(12, 4);
        partners.setId("agreement-signatories");
        Runnable fill = () -> partners.getChildren().setAll(vm.signatories().stream().map(s -> {
            CheckBox cb = new CheckBox(s.label());
            cb.setId("agreement-signed-" + s.partnerId());
            cb.selectedProperty().bindBidirectional(s.signedProperty());
            return cb;
        }).toList());
        vm.signatories().addListener((ListChangeListener<ChainAgreementViewModel.Signatory>) c -> fill.run());
        fill.run();
        Label none = new Label(I18n.t("agreement.noPartners"));
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(Bindings.isEmpty(vm.signatories()));
        none.managedProperty().bind(none.visibleProperty());
        Label byLabel = new Label(I18n.t("agreement.signedBy"));
        VBox by = new VBox(4, byLabel, partners, none, message(ChainAgreementViewModel.F_SIGNED_BY));

        Button save = new Button(I18n.t("agreement.save"));
        save.setId("agreement-save");
        save.disableProperty().bind(vm.validProperty().not().or(vm.dirtyProperty().not()).or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Button letter = new Button(I18n.t("agreement.letter"));
        letter.setId("agreement-letter");
        letter.setTooltip(new Tooltip(I18n.t("agreement.letterTooltip")));
        letter.disableProperty().bind(vm.busyProperty());
        letter.setOnAction(e -> vm.write(ChainAgreementViewModel.Document.INFORMATION,
                name -> saveTarget.choose(this, I18n.t("agreement.letterChoose"), name)));
        Button print = new Button(I18n.t("agreement.print"));
        print.setId("agreement-print");
        print.setTooltip(new Tooltip(I18n.t("agreement.printTooltip")));
        print.disableProperty().bind(vm.busyProperty());
        print.setOnAction(e -> vm.write(ChainAgreementViewModel.Document.AGREEMENT,
                name -> saveTarget.choose(this, I18n.t("agreement.printChoose"), name)));
        // issue 15: what the unknown-name check flags in the texts for clients, and the chair's judgement
        Label flagged = new Label();
        flagged.setId("agreement-names");
        flagged.setWrapText(true);
        flagged.getStyleClass().add("advice");
        CheckBox notNames = new CheckBox(I18n.t("agreement.names.confirm"));
        notNames.setId("agreement-not-names");
        notNames.selectedProperty().bindBidirectional(vm.notNamesConfirmedProperty());
        Runnable showFlagged = () -> {
            flagged.setText(vm.findings().isEmpty() ? "" : I18n.t("agreement.names.list", String.join("; ",
                    vm.findings().stream().map(f -> f.field() + ": '" + f.text() + "'").distinct().toList())));
            boolean possibleOnly = !vm.findings().isEmpty()
                    && vm.findings().stream().noneMatch(LetterTexts.Finding::known);
            notNames.setVisible(possibleOnly || vm.notNamesConfirmedProperty().get());
        };
        vm.findings().addListener((ListChangeListener<LetterTexts.Finding>) c -> showFlagged.run());
        showFlagged.run();
        flagged.managedProperty().bind(flagged.textProperty().isNotEmpty());
        flagged.visibleProperty().bind(flagged.managedProperty());
        notNames.managedProperty().bind(notNames.visibleProperty());
        FlowPane actions = new FlowPane(12, 6, save, defaults, letter, print);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label result = new Label();
        result.setId("agreement-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.messageProperty());
        result.getStyleClass().add("ok");
        vm.messageIsErrorProperty().addListener((o, a, b) -> result.getStyleClass().setAll("label", b ? "error" : "ok"));
        getChildren().addAll(title, hint, texts, grid, by, flagged, notNames, actions, result);

        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !vm.dirtyProperty().get()) {
                vm.load();
            }
        });
    }

    private VBox area(String id, StringProperty value, String label, String field) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setAccessibleText(label);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        Label l = new Label(label);
        l.setLabelFor(area);
        return new VBox(2, l, area, message(field));
    }

    private void field(GridPane grid, int row, String id, StringProperty value, String label, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(label);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        GridPane.setHgrow(f, Priority.SOMETIMES);
        Label l = new Label(label);
        l.setLabelFor(f);
        grid.addRow(row, l, f);
    }

    /** The inline message of one field: an error in red, advice otherwise; empty when the field is fine. */
    private Label message(String field) {
        Label message = new Label();
        message.setId("error-" + field);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageFor(field));
        message.getStyleClass().add("muted");
        vm.problems().addListener((ListChangeListener<Problem>) c -> message.getStyleClass().setAll("label",
                vm.problem(field).map(p -> p.blocking() ? "error" : "advice").orElse("muted")));
        return message;
    }

    /** Replaces the file dialog (tests; a native dialog cannot be driven headless). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    public ChainAgreementViewModel viewModel() {
        return vm;
    }
}
