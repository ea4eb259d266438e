package nl.kring.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Confirmations in the UI language, owned by the main window (so they close with it on lock). */
public final class Dialogs {
    private Dialogs() {
    }

    public static boolean confirm(Node owner, String header, String text, String okText) {
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, cancel);
        Escape.closes(alert);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(header);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    /** Asks before unsaved changes are thrown away; true when there is nothing to lose or the chair agrees. */
    public static boolean discardChanges(Node owner, FormState form) {
        return !form.dirtyProperty().get()
                || confirm(owner, I18n.t("dialog.unsaved.header"), I18n.t("dialog.unsaved.text"), I18n.t("dialog.unsaved.discard"));
    }
}
