package nl.kring.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.kring.service.Services;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Problem;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;

/** The settings section with the chair's contact details and the complaints contact (issue 14). */
public final class ChairSection extends VBox {
    private final ChairViewModel vm;

    public ChairSection(TaskExecutor executor, Services services) {
        super(8);
        this.vm = new ChairViewModel(executor, services, LocalDate::now);
        setId("settings-chair");
        Label title = new Label(I18n.t("chair.title"));
        title.getStyleClass().add("form-section");
        Label hint = Forms.hint(I18n.t("chair.hint"));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        row(grid, 0, "chair-name", vm.nameProperty(), I18n.t("chair.name"), ChairViewModel.F_NAME, 24);
        row(grid, 1, "chair-function", vm.functionProperty(), I18n.t("chair.function"), ChairViewModel.F_FUNCTION, 32);
        row(grid, 2, "chair-email", vm.emailProperty(), I18n.t("contact.email"), ChairViewModel.F_EMAIL, 28);
        row(grid, 3, "chair-phone", vm.phoneProperty(), I18n.t("contact.phone"), ChairViewModel.F_PHONE, 14);
        row(grid, 4, "chair-complaints", vm.complaintsProperty(), I18n.t("chair.complaints"),
                ChairViewModel.F_COMPLAINTS, 40);

        Button save = new Button(I18n.t("chair.save"));
        save.setId("chair-save");
        save.disableProperty().bind(vm.validProperty().not().or(vm.dirtyProperty().not()).or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Label result = Forms.statusLine("chair-result", vm.status());
        HBox actions = new HBox(12, save, result);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, hint, grid, actions);

        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !vm.dirtyProperty().get()) {
                vm.load();
            }
        });
    }

    private void row(GridPane grid, int row, String id, StringProperty value, String label, String field, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(label);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        GridPane.setHgrow(f, Priority.SOMETIMES);
        Label message = new Label();
        message.setId("error-" + field);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageFor(field));
        vm.problems().addListener((ListChangeListener<Problem>) c ->
                message.getStyleClass().setAll("label", vm.problem(field).map(p -> p.blocking() ? "error" : "advice").orElse("muted")));
        Label l = new Label(label);
        l.setLabelFor(f);
        grid.addRow(row, l, f, message);
    }

    public ChairViewModel viewModel() {
        return vm;
    }
}
