package nl.kring.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.Role;
import nl.kring.service.Services;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Problem;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;

/** The settings section for the vault's own rules: retention periods and the evaluation interval. */
public final class VaultRulesSection extends VBox {
    private final VaultRulesViewModel vm;

    public VaultRulesSection(TaskExecutor executor, Services services) {
        super(8);
        this.vm = new VaultRulesViewModel(executor, services, LocalDate::now);
        setId("settings-rules");
        Label title = new Label(I18n.t("rules.title"));
        title.getStyleClass().add("form-section");
        Label hint = Forms.hint(I18n.t("rules.hint"));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        row(grid, 0, "rules-case-months", vm.caseMonthsProperty(), I18n.t("rules.caseMonths"), I18n.t("rules.caseMonthsUnit"),
                VaultRulesViewModel.F_CASE_MONTHS);
        row(grid, 1, "rules-meeting-months", vm.meetingMonthsProperty(), I18n.t("rules.meetingMonths"),
                I18n.t("rules.meetingMonthsUnit"), VaultRulesViewModel.F_MEETING_MONTHS);
        row(grid, 2, "rules-weeks", vm.weeksProperty(), I18n.t("rules.weeks"), I18n.t("rules.weeksUnit"),
                VaultRulesViewModel.F_WEEKS);

        // Deel I §6 point 3 and deel II §5: the guideline's definition, and the keten's own wording under it
        Label evidentTitle = new Label(I18n.t("rules.evident"));
        evidentTitle.getStyleClass().add("form-section");
        Label guideline = Forms.hint(I18n.t("rules.evident.guideline", EvidentInterest.GUIDELINE));
        guideline.setId("rules-evident-guideline");
        TextArea evident = new TextArea();
        evident.setId("rules-evident");
        evident.setAccessibleText(I18n.t("rules.evident.own"));
        evident.setPromptText(I18n.t("rules.evident.prompt"));
        evident.setWrapText(true);
        evident.setPrefRowCount(4);
        evident.textProperty().bindBidirectional(vm.evidentInterestProperty());
        Label evidentLabel = new Label(I18n.t("rules.evident.own"));
        evidentLabel.setLabelFor(evident);
        Label evidentMessage = new Label();
        evidentMessage.setId("error-" + VaultRulesViewModel.F_EVIDENT);
        evidentMessage.setWrapText(true);
        evidentMessage.textProperty().bind(vm.messageFor(VaultRulesViewModel.F_EVIDENT));
        evidentMessage.getStyleClass().add("advice");
        VBox evidentBox = new VBox(4, evidentTitle, guideline, evidentLabel, evident, evidentMessage);

        // Issue 15 (deel II §1, §4.5): which roles read information that came from the police
        Label policeTitle = new Label(I18n.t("rules.police"));
        policeTitle.getStyleClass().add("form-section");
        Label policeHint = Forms.hint(I18n.t("rules.police.hint"));
        FlowPane policeRoles = new FlowPane(12, 6);
        policeRoles.setId("rules-police-roles");
        for (Role r : Role.values()) {
            CheckBox box = new CheckBox(r.label());
            box.setId("rules-police-" + r.name());
            box.selectedProperty().bindBidirectional(vm.policeRoleProperty(r));
            policeRoles.getChildren().add(box);
        }
        VBox policeBox = new VBox(4, policeTitle, policeHint, policeRoles);

        Button save = new Button(I18n.t("rules.save"));
        save.setId("rules-save");
        save.disableProperty().bind(vm.validProperty().not().or(vm.dirtyProperty().not()).or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Label result = Forms.statusLine("rules-result", vm.status());
        HBox actions = new HBox(12, save, result);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, hint, grid, evidentBox, policeBox, actions);

        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !vm.dirtyProperty().get()) {
                vm.load();
            }
        });
    }

    private void row(GridPane grid, int row, String id, StringProperty value, String label,
                     String unit, String field) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(label);
        f.setPrefColumnCount(4);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        f.textProperty().bindBidirectional(value);
        Label message = new Label();
        message.setId("error-" + field);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageFor(field));
        vm.problems().addListener((ListChangeListener<Problem>) c ->
                message.getStyleClass().setAll("label", vm.problem(field).map(p -> p.blocking() ? "error" : "advice").orElse("muted")));
        Label l = new Label(label);
        l.setLabelFor(f);
        Label unitLabel = new Label(unit);
        unitLabel.setMinWidth(Region.USE_PREF_SIZE);
        l.setMinWidth(Region.USE_PREF_SIZE); // whole at any font size (issue 13)
        grid.addRow(row, l, new HBox(8, f, unitLabel), message);
    }

    public VaultRulesViewModel viewModel() {
        return vm;
    }
}
