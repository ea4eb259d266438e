package nl.kring.ui.workspace;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;

/** F1: every keyboard shortcut of Kring, from the one enum that defines them. */
final class ShortcutsHelp {
    private ShortcutsHelp() {
    }

    static void show(Node owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        for (KeyboardShortcut s : KeyboardShortcut.values()) {
            Label key = new Label(s.combination().getDisplayText());
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row++, key, new Label(s.label()));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Escape.closes(alert);
        alert.setTitle(I18n.t("shortcuts.title"));
        alert.setHeaderText(I18n.t("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.show();
    }
}
