package nl.kring.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import nl.kring.ui.Settings;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Layouts;
import nl.kring.ui.common.RestoreDialog;

import java.io.File;
import java.util.Locale;

/** Preferences, passphrase and backups. */
public final class SettingsView extends ScrollPane {
    public SettingsView(AppContext context, Services services) {
        SettingsViewModel vm = new SettingsViewModel(context.executor(), services);
        Settings settings = context.settings();
        setFitToWidth(true);
        setId("settings-view");

        Label title = new Label(I18n.t("settings.title"));
        title.getStyleClass().add("section-title");

        GridPane prefs = new GridPane();
        prefs.getStyleClass().add("form-grid");
        Spinner<Integer> lock = new Spinner<>(1, 120, settings.autoLockMinutesProperty().get());
        lock.setId("settings-autolock");
        lock.setEditable(true);
        lock.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                settings.autoLockMinutesProperty().set(b);
            }
        });
        ChoiceBox<String> language = new ChoiceBox<>();
        language.getItems().addAll("nl", "en");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : "nl".equals(s) ? "Nederlands" : "English";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.valueProperty().bindBidirectional(settings.languageProperty());
        ChoiceBox<Settings.Theme> theme = new ChoiceBox<>();
        theme.getItems().addAll(Settings.Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Settings.Theme t) {
                return t == null ? "" : I18n.t("settings.theme." + t.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Settings.Theme fromString(String s) {
                return null;
            }
        });
        theme.valueProperty().bindBidirectional(settings.themeProperty());
        Spinner<Integer> reminder = new Spinner<>(1, 365, settings.backupReminderDaysProperty().get());
        reminder.setEditable(true);
        reminder.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                settings.backupReminderDaysProperty().set(b);
            }
        });
        prefs.addRow(0, new Label(I18n.t("settings.autolock")), lock);
        prefs.addRow(1, new Label(I18n.t("settings.language")), language, new Label(I18n.t("settings.language.note")));
        prefs.addRow(2, new Label(I18n.t("settings.theme")), theme);
        prefs.addRow(3, new Label(I18n.t("settings.backup.reminder")), reminder);
        Layouts.labelsWhole(prefs);
        Layouts.whole(language, theme, lock, reminder); // a large font: the screen scrolls sideways, no label is cut (issue 13)

        Label passTitle = new Label(I18n.t("settings.passphrase.title"));
        passTitle.getStyleClass().add("form-section");
        GridPane pass = new GridPane();
        pass.getStyleClass().add("form-grid");
        PasswordField current = new PasswordField();
        current.setId("settings-current");
        current.textProperty().bindBidirectional(vm.currentProperty());
        PasswordField next = new PasswordField();
        next.setId("settings-next");
        next.textProperty().bindBidirectional(vm.nextProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("settings-repeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        Label feedback = new Label();
        feedback.setWrapText(true);
        feedback.textProperty().bind(vm.passphraseFeedbackProperty());
        CheckBox newKey = new CheckBox(I18n.t("settings.passphrase.newkey"));
        newKey.setId("settings-newkey");
        newKey.setWrapText(true);
        newKey.selectedProperty().bindBidirectional(vm.newKeyProperty());
        Button change = new Button(I18n.t("settings.passphrase.button"));
        change.setId("settings-change");
        change.disableProperty().bind(vm.canChangeProperty().not());
        change.setOnAction(e -> vm.changePassphrase());
        Label result = new Label();
        result.setId("settings-passphrase-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.passphraseResultProperty());
        pass.addRow(0, new Label(I18n.t("settings.passphrase.current")), current);
        pass.addRow(1, new Label(I18n.t("settings.passphrase.new")), next, feedback);
        pass.addRow(2, new Label(I18n.t("settings.passphrase.repeat")), repeat);
        pass.addRow(3, new Label(), newKey);
        pass.addRow(4, new Label(), change, result);
        Layouts.labelsWhole(pass);

        Label backupTitle = new Label(I18n.t("settings.backup.title"));
        backupTitle.getStyleClass().add("form-section");
        Label last = new Label();
        last.textProperty().bind(vm.lastBackupProperty());
        Button backup = new Button(I18n.t("settings.backup.button"));
        backup.disableProperty().bind(vm.busyProperty());
        backup.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.t("settings.backup.choose"));
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                vm.backupTo(folder.toPath());
            }
        });
        Label backupResult = new Label();
        backupResult.setWrapText(true);
        backupResult.textProperty().bind(vm.backupResultProperty());
        // issue 13: restore inside the app, with the checks of kring restore; the restored vault opens in its place
        Button restore = new Button(I18n.t("restore.open"));
        restore.setId("settings-restore");
        restore.disableProperty().bind(vm.busyProperty());
        restore.setOnAction(e -> RestoreDialog.create(this, context.executor(), context.vaultDir(),
                dir -> context.openRestoredVault(dir, I18n.t("restore.opened"))).show());
        Label restoreNote = new Label(I18n.t("settings.backup.restoreNote"));
        restoreNote.setWrapText(true);
        restoreNote.getStyleClass().add("muted");

        VBox box = new VBox(8, title, prefs, new VaultRulesSection(context.executor(), services), new ChairSection(context.executor(), services),
                new ChainAgreementSection(context.executor(), services), passTitle, pass, backupTitle, last, backup,
                backupResult, restore, restoreNote);
        box.setPadding(new Insets(16));
        setContent(box);
    }
}
