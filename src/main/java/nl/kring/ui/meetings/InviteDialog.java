package nl.kring.ui.meetings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;

import java.util.Optional;
import java.util.function.Consumer;

/** Before the invitation pack: with or without mail drafts. */
final class InviteDialog {
    private InviteDialog() {
    }

    /** True for drafts, false without; empty when the chair cancels. */
    static Optional<Boolean> ask(Node owner) {
        return ask(owner, null);
    }

    /**
     * As {@link #ask(Node)}, with a button that previews the invitations exactly as they will be written
     * ({@code preview} gets the dialog's window; issue 11).
     */
    static Optional<Boolean> ask(Node owner, Consumer<Window> preview) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("invite.header"));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        CheckBox mail = new CheckBox(I18n.t("mail.drafts"));
        mail.setId("invite-mail");
        mail.setSelected(true);
        VBox content = new VBox(10, Forms.hint(I18n.t("invite.explain")), mail, Forms.hint(I18n.t("mail.draftsHint")));
        if (preview != null) {
            Button show = new Button(I18n.t("invite.preview"));
            show.setId("invite-preview");
            show.setTooltip(new Tooltip(I18n.t("invite.previewHint")));
            show.setOnAction(e -> preview.accept(dialog.getDialogPane().getScene().getWindow()));
            content.getChildren().add(show);
        }
        // the hints wrap at a readable width: unbounded, the dialog was 1408 px wide (LayoutAuditTest, issue 13)
        content.setPrefWidth(Forms.em(34));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("invite-dialog");
        ButtonType next = new ButtonType(I18n.t("invite.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog.showAndWait().filter(b -> b == next).map(b -> mail.isSelected());
    }
}
