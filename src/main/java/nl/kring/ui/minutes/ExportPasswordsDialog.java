package nl.kring.ui.minutes;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.kring.domain.Partner;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Layouts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Before an export: which partners' reports get a password. Passwords are shown in plain text on purpose, since
 * the chair must read them out or pass them on by another channel than the report itself.
 */
final class ExportPasswordsDialog {
    private ExportPasswordsDialog() {
    }

    /** The passwords per partner id, or empty when the chair cancels. */
    static Optional<Map<String, String>> ask(Node owner, ExportPasswordsModel model) {
        return ask(owner, model, null);
    }

    /**
     * As {@link #ask(Node, ExportPasswordsModel)}, with a "Voorbeeld" button per partner that opens exactly what that
     * partner will receive ({@code preview} gets the partner and the dialog's window).
     */
    static Optional<Map<String, String>> ask(Node owner, ExportPasswordsModel model,
                                             BiConsumer<Partner, Window> preview) {
        return ask(owner, model, preview, null);
    }

    /**
     * As above, with a "Voorbeeld" button for the rooster and the verslag as well ({@code documents} gets which and
     * the dialog's window): every file of the export can be seen before it is written (issue 11).
     */
    static Optional<Map<String, String>> ask(Node owner, ExportPasswordsModel model,
                                             BiConsumer<Partner, Window> preview,
                                             BiConsumer<MinutesOutput.Document, Window> documents) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("export.passwords.header"));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ButtonType next = new ButtonType(I18n.t("export.passwords.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(model.validProperty().not());
        Node content = content(model, preview == null ? null
                : p -> preview.accept(p, dialog.getDialogPane().getScene().getWindow()));
        if (documents != null && content instanceof VBox box) {
            // the export's other files, previewed as the export writes them (issue 11)
            FlowPane others = new FlowPane(8, 4);
            for (MinutesOutput.Document d : MinutesOutput.Document.values()) {
                String key = d.name().toLowerCase(Locale.ROOT);
                Button show = new Button(I18n.t("export.preview." + key));
                show.setId("export-preview-" + key);
                show.setTooltip(new Tooltip(I18n.t("export.preview.documentHint")));
                show.setOnAction(e -> documents.accept(d, dialog.getDialogPane().getScene().getWindow()));
                others.getChildren().add(show);
            }
            box.getChildren().add(2, others);
        }
        if (content instanceof VBox box) {
            // the hints wrap at a readable width: unbounded, the dialog was 1701 px wide on a 1280 px screen with the
            // demo's partners, its left part (and the preview buttons) off the screen
            box.setPrefWidth(Forms.em(66));
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("export-passwords");
        Optional<Map<String, String>> result = dialog.showAndWait().filter(b -> b == next).map(b -> model.passwords());
        return result;
    }

    static Node content(ExportPasswordsModel model) {
        return content(model, null);
    }

    static Node content(ExportPasswordsModel model, Consumer<Partner> preview) {
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
            Layouts.promptWhole(password); // issue 13: squeezed to nothing at 200 %
            password.textProperty().bindBidirectional(r.passwordProperty());
            password.disableProperty().bind(r.protectProperty().not());
            Button generate = new Button(I18n.t("export.passwords.generate"));
            generate.setId("export-generate-" + id);
            generate.setOnAction(e -> model.generate(r));
            Label problem = new Label();
            problem.getStyleClass().add("error");
            problem.textProperty().bind(r.problemProperty());
            problem.setWrapText(true);
            problem.setMaxWidth(Forms.em(16));
            if (preview != null) {
                Button show = new Button(I18n.t("export.preview"));
                show.setId("export-preview-" + id);
                show.setTooltip(new Tooltip(I18n.t("export.previewHint")));
                show.setOnAction(e -> preview.accept(r.partner()));
                grid.addRow(row++, protect, password, generate, show, problem);
            } else {
                grid.addRow(row++, protect, password, generate, problem);
            }
        }
        Button all = new Button(I18n.t("export.passwords.generateAll"));
        all.setId("export-generate-all");
        all.setOnAction(e -> model.generateAll());
        VBox box = new VBox(10, hint("export.passwords.hint"), grid, all);
        box.setPadding(new Insets(4, 0, 0, 0));
        if (model.rows().isEmpty()) {
            box.getChildren().setAll(hint("export.passwords.none"));
        }
        CheckBox mail = new CheckBox(I18n.t("mail.drafts"));
        mail.setId("export-mail");
        mail.selectedProperty().bindBidirectional(model.mailProperty());
        box.getChildren().addAll(mail, hint("mail.draftsHint"));
        return box;
    }

    /**
     * A hint that wraps at the width of the partners' rows: unbounded, its one long line made the dialog 1701 px wide
     * on a 1600 px screen, with "Kies map…" off-screen (issue 13, LayoutAuditTest).
     */
    private static Label hint(String key) {
        Label hint = Forms.hint(I18n.t(key));
        hint.setPrefWidth(Forms.em(40));
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }
}
