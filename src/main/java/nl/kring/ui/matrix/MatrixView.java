package nl.kring.ui.matrix;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.MatrixService;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Layouts;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.TaskExecutor;

import java.util.Locale;
import java.util.Optional;

/** The matrix as a grid: role × leefgebied, each cell VOLLEDIG / SIGNAAL / GEEN. */
public final class MatrixView extends VBox {
    private final MatrixViewModel vm;
    private final GridPane grid = new GridPane();

    public MatrixView(TaskExecutor executor, MatrixService service) {
        vm = new MatrixViewModel(executor, service);
        setId("matrix-view");
        setSpacing(8);
        setPadding(new Insets(16));
        Label title = new Label(I18n.t("matrix.title"));
        title.getStyleClass().add("section-title");
        Label intro = new Label(I18n.t("matrix.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE); // all its lines at any font size (issue 13)
        Button reset = new Button(I18n.t("matrix.reset"));
        reset.setId("matrix-reset");
        reset.setOnAction(e -> askReason(I18n.t("matrix.reset")).ifPresent(vm::resetToDefault));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        grid.getStyleClass().add("matrix-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, intro, scroll, reset, message);
        vm.matrixProperty().addListener((o, a, b) -> rebuild(b));
        rebuild(vm.matrixProperty().get());
        vm.load();
    }

    private void rebuild(RelevanceMatrix m) {
        grid.getChildren().clear();
        LifeDomain[] domains = LifeDomain.values();
        for (int c = 0; c < domains.length; c++) {
            Label h = new Label(domains[c].label());
            h.setWrapText(true);
            h.setMaxWidth(Forms.em(9.5));
            Layouts.wordsWhole(h); // "Dagbesteding" on one line, at any font size (issue 13)
            h.getStyleClass().add("matrix-header");
            grid.add(h, c + 1, 0);
        }
        Role[] roles = Role.values();
        for (int r = 0; r < roles.length; r++) {
            Role role = roles[r];
            grid.add(new Label(RoleTexts.label(role)), 0, r + 1);
            for (int c = 0; c < domains.length; c++) {
                LifeDomain domain = domains[c];
                ComboBox<Visibility> cell = new ComboBox<>();
                cell.setId("matrix-" + role + "-" + domain);
                cell.getItems().addAll(Visibility.values());
                cell.setValue(m.get(role, domain));
                cell.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Visibility v) {
                        return v == null ? "" : I18n.t("matrix.v." + v.name());
                    }

                    @Override
                    public Visibility fromString(String s) {
                        return null;
                    }
                });
                cell.getStyleClass().addAll("matrix-cell", "v-" + m.get(role, domain).name().toLowerCase(Locale.ROOT));
                if (!m.isDefault(role, domain)) {
                    cell.getStyleClass().add("changed");
                    cell.setTooltip(new Tooltip(I18n.t("matrix.changedFromDefault",
                            I18n.t("matrix.v." + RelevanceMatrix.defaults().get(role, domain).name()))));
                }
                cell.setOnAction(e -> {
                    Visibility to = cell.getValue();
                    if (to == null || to == vm.matrixProperty().get().get(role, domain)) {
                        return;
                    }
                    Optional<String> reason = askReason(RoleTexts.label(role) + " — " + domain.label());
                    if (reason.isEmpty() || !vm.change(role, domain, to, reason.get())) {
                        cell.setValue(vm.matrixProperty().get().get(role, domain));
                    }
                });
                grid.add(cell, c + 1, r + 1);
            }
        }
    }

    private Optional<String> askReason(String what) {
        TextInputDialog dialog = new TextInputDialog();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("matrix.reasonTitle"));
        dialog.setHeaderText(what);
        dialog.setContentText(I18n.t("matrix.reasonPrompt"));
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
