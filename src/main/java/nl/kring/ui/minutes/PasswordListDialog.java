package nl.kring.ui.minutes;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Printing;

/**
 * After an export with passwords: the list to read out by phone, printable, forgotten when the dialog closes.
 */
public final class PasswordListDialog {
    private PasswordListDialog() {
    }

    public static void show(Node owner, PasswordList list) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("passwords.list.header"));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        VBox content = content(list);
        Button print = new Button(I18n.t("passwords.list.print"));
        print.setId("passwords-print");
        Label printed = new Label();
        printed.setId("passwords-print-message");
        printed.setWrapText(true);
        print.setOnAction(e -> {
            Printing.Outcome outcome = Printing.print(owner, content(list));
            printed.setText(outcome.message().orElse(""));
        });
        VBox box = new VBox(10, Forms.hint(I18n.t("passwords.list.hint")), content, print, printed);
        box.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("passwords-list");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.t("passwords.list.close"), ButtonBar.ButtonData.OK_DONE));
        dialog.setOnHidden(e -> {
            list.forget();
            box.getChildren().clear();
        });
        dialog.show();
    }

    /** One line per partner: name, phone number, password (large, for reading out). */
    static VBox content(PasswordList list) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.addRow(0, bold(I18n.t("passwords.list.partner")), bold(I18n.t("contact.phone")),
                bold(I18n.t("passwords.list.password")));
        int row = 1;
        for (PasswordList.Entry e : list.entries()) {
            Label pw = new Label(e.password());
            pw.setStyle("-fx-font-family: monospace; -fx-font-size: 1.2em;");
            grid.addRow(row++, new Label(e.partner()), new Label(e.phone().isEmpty() ? "–" : e.phone()), pw);
        }
        return new VBox(8, grid);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
