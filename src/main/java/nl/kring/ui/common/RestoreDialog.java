package nl.kring.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * "Back-up terugzetten…" (issue 13): the dialog over {@link RestoreViewModel}, from the unlock screen and the settings.
 * The dialog stays open while the restore runs and when it is refused (the reason below the fields); after a
 * restore it closes and hands the new vault folder to {@code opened}.
 */
public final class RestoreDialog {
    private RestoreDialog() {
    }

    /** Builds the dialog (not shown); {@code opened} receives the restored vault's folder. */
    public static Dialog<ButtonType> create(Node owner, TaskExecutor executor, Path currentVault, Consumer<Path> opened) {
        RestoreViewModel vm = new RestoreViewModel(executor, currentVault, LocalDateTime.now());
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("restore.header"));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setId("restore-dialog");

        TextField file = new TextField();
        file.setId("restore-file");
        file.textProperty().bindBidirectional(vm.backupFileProperty());
        Button chooseFile = new Button(I18n.t("restore.chooseFile"));
        chooseFile.setMinWidth(Button.USE_PREF_SIZE);
        chooseFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("restore.chooseFile.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(I18n.t("restore.filter"), "*.kringbackup"),
                    new FileChooser.ExtensionFilter(I18n.t("restore.filter.all"), "*"));
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                vm.backupFileProperty().set(f.getAbsolutePath());
            }
        });
        TextField target = new TextField();
        target.setId("restore-target");
        target.textProperty().bindBidirectional(vm.targetProperty());
        Button chooseTarget = new Button(I18n.t("restore.chooseTarget"));
        chooseTarget.setMinWidth(Button.USE_PREF_SIZE);
        chooseTarget.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.t("restore.chooseTarget.title"));
            File folder = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (folder != null) {
                // the chosen folder holds the new vault folder, named as suggested
                Path suggested = Path.of(vm.targetProperty().get().isBlank() ? "kluis" : vm.targetProperty().get());
                vm.targetProperty().set(folder.toPath().resolve(suggested.getFileName()).toString());
            }
        });
        PasswordField pass = new PasswordField();
        pass.setId("restore-passphrase");
        pass.textProperty().bindBidirectional(vm.passphraseProperty());

        GridPane grid = Forms.grid();
        HBox fileRow = new HBox(6, file, chooseFile);
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox targetRow = new HBox(6, target, chooseTarget);
        HBox.setHgrow(target, Priority.ALWAYS);
        grid.addRow(0, new Label(I18n.t("restore.file")), fileRow);
        grid.addRow(1, new Label(I18n.t("restore.target")), targetRow);
        grid.addRow(2, new Label(I18n.t("restore.passphrase")), pass);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        GridPane.setHgrow(targetRow, Priority.ALWAYS);

        Label result = new Label();
        result.setId("restore-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        vm.failedProperty().addListener((o, a, b) -> {
            result.getStyleClass().removeAll("error");
            if (b) {
                result.getStyleClass().add("error");
            }
        });
        VBox content = new VBox(10, Forms.hint(I18n.t("restore.explain")), grid, result);
        // the hint wraps at a readable width: the dialog fits 1366×768, also at 200 % (LayoutAuditTest)
        content.setPrefWidth(Forms.em(36));
        dialog.getDialogPane().setContent(content);

        ButtonType restore = new ButtonType(I18n.t("restore.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, cancel);
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-button");
        restoreButton.disableProperty().bind(vm.canRestoreProperty().not());
        // the dialog stays open while the restore runs and when it is refused
        restoreButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.restore();
        });
        vm.restoredProperty().addListener((o, a, b) -> {
            if (b != null) {
                dialog.setResult(restore);
                dialog.close();
                opened.accept(b);
            }
        });
        dialog.setOnShown(e -> file.requestFocus());
        return dialog;
    }
}
