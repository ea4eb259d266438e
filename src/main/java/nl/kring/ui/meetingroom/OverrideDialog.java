package nl.kring.ui.meetingroom;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TextLimits;

import java.util.List;
import java.util.Optional;

/** "Toch tonen": asks the chair why the item may be shown although someone present is not in its kring. */
final class OverrideDialog {
    private OverrideDialog() {
    }

    /** The reason, or empty when the chair cancelled. The OK button stays disabled while the reason is blank. */
    static Optional<String> ask(Node owner, String caseNumber, List<String> outsiders) {
        Dialog<String> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("room.override"));
        dialog.setHeaderText(I18n.t("room.override.header", caseNumber));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Label who = new Label(I18n.t("room.override.who", String.join(", ", outsiders)));
        who.setWrapText(true);
        Label what = new Label(I18n.t("room.override.what"));
        what.setWrapText(true);
        what.getStyleClass().add("form-hint");
        TextArea reason = new TextArea();
        reason.setId("override-reason");
        reason.setPromptText(I18n.t("room.override.prompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        TextLimits.limit(reason, TextLimits.REASON, I18n.t("room.override.reason"), null);
        VBox box = new VBox(8, who, what, new Label(I18n.t("room.override.reason")), reason);
        box.setPrefWidth(520);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(I18n.t("room.override.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("override-confirm");
        okButton.disableProperty().bind(reason.textProperty().map(String::isBlank).orElse(true));
        dialog.setResultConverter(b -> b == ok ? reason.getText().strip() : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
