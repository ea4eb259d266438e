package nl.kring.ui.minutes;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;

import java.util.Map;
import java.util.Optional;

/**
 * Before an export: which partners' reports get a password. Passwords are shown in plain text on purpose, since
 * the chair must read them out or pass them on by another channel than the report itself.
 */
final class ExportPasswordsDialog {
    private ExportPasswordsDialog() {
    }

    /** The passwords per partner id, or empty when the chair cancels. */
    static Optional<Map<String, String>> ask(Node owner, ExportPasswordsModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("export.passwords.header"));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ButtonType next = new ButtonType(I18n.t("export.passwords.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(model.validProperty().not());
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().setId("export-passwords");
        Optional<Map<String, String>> result = dialog.showAndWait().filter(b -> b == next).map(b -> model.passwords());
        return result;
    }

    static Node content(ExportPasswordsModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (ExportPasswordsModel.Row r : model.rows()) {
            String id = r.partner().id();
            CheckBox protect = new CheckBox(r.partner().name());
            protect.setId("export-protect-" + id);
            protect.selectedProperty().bindBidirectional(r.protectProperty());
            TextField password = new TextField();
            password.setId("export-password-" + id);
            password.setPromptText(I18n.t("export.passwords.prompt"));
            password.setPrefColumnCount(22);
            password.textProperty().bindBidirectional(r.passwordProperty());
            password.disableProperty().bind(r.protectProperty().not());
            Button generate = new Button(I18n.t("export.passwords.generate"));
            generate.setId("export-generate-" + id);
            generate.setOnAction(e -> model.generate(r));
            Label problem = new Label();
            problem.getStyleClass().add("error");
            problem.textProperty().bind(r.problemProperty());
            grid.addRow(row++, protect, password, generate, problem);
        }
        Button all = new Button(I18n.t("export.passwords.generateAll"));
        all.setId("export-generate-all");
        all.setOnAction(e -> model.generateAll());
        VBox box = new VBox(10, Forms.hint(I18n.t("export.passwords.hint")), grid, all);
        box.setPadding(new Insets(4, 0, 0, 0));
        if (model.rows().isEmpty()) {
            box.getChildren().setAll(Forms.hint(I18n.t("export.passwords.none")));
        }
        CheckBox mail = new CheckBox(I18n.t("mail.drafts"));
        mail.setId("export-mail");
        mail.selectedProperty().bindBidirectional(model.mailProperty());
        box.getChildren().addAll(mail, Forms.hint(I18n.t("mail.draftsHint")));
        return box;
    }
}
