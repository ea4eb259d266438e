package nl.kring.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.VaultMessages;
import nl.kring.vault.PassphrasePolicy;
import nl.kring.vault.Secrets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Changing the passphrase and making backups; the simple preferences are bound straight to Settings. */
public final class SettingsViewModel {
    private final ScreenTasks tasks;

    private final Services services;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty passphraseFeedback = new SimpleStringProperty("");
    private final StringProperty passphraseResult = new SimpleStringProperty("");
    private final BooleanProperty nextStrongEnough = new SimpleBooleanProperty();
    /** "Nieuwe sleutel": also a new data key, the database re-encrypted (issue 10); on by default. */
    private final BooleanProperty newKey = new SimpleBooleanProperty(true);
    private final StringProperty backupResult = new SimpleStringProperty("");
    private final StringProperty lastBackup = new SimpleStringProperty("");
    private final BooleanBinding canChange;

    public SettingsViewModel(TaskExecutor executor, Services services) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        next.addListener((o, a, b) -> {
            char[] chars = b.toCharArray();
            PassphrasePolicy.Assessment assessment = PassphrasePolicy.assess(chars, I18n.locale());
            Secrets.wipe(chars);
            nextStrongEnough.set(assessment.acceptable());
            passphraseFeedback.set(b.isEmpty() ? "" : assessment.reason());
        });
        canChange = Bindings.createBooleanBinding(() -> !tasks.isBusy() && !current.get().isEmpty() && nextStrongEnough.get()
                && next.get().equals(repeat.get()), tasks.busyProperty(), current, next, repeat, nextStrongEnough);
        readLastBackup();
    }

    /** The date of the last backup made from this vault, in words, read in the background. */
    private void readLastBackup() {
        tasks.read(p -> services.lastBackup(), last -> lastBackup.set(last
                .map(d -> I18n.t("settings.backup.last", d)).orElse(I18n.t("settings.backup.never"))));
    }

    public void changePassphrase() {
        if (!canChange.get()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] fresh = next.get().toCharArray();
        current.set("");
        next.set("");
        repeat.set("");
        passphraseResult.set("");
        boolean rekey = newKey.get();
        tasks.run(p -> {
            try {
                services.changePassphrase(old, fresh, rekey);
                return null;
            } finally {
                Secrets.wipe(old);
                Secrets.wipe(fresh);
            }
        }, v -> passphraseResult.set(I18n.t(rekey ? "settings.passphrase.changed.newkey" : "settings.passphrase.changed")),
                e -> passphraseResult.set(VaultMessages.describe(e)));
    }

    /** Writes a backup file into the chosen folder (a USB stick, say). */
    public void backupTo(Path folder) {
        Path file = folder.resolve("kring-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".kringbackup");
        backupResult.set(I18n.t("settings.backup.busy"));
        tasks.run(p -> {
            services.backup(file, LocalDate.now());
            return file;
        }, f -> {
            backupResult.set(I18n.t("settings.backup.done", f));
            readLastBackup();
        }, e -> backupResult.set(VaultMessages.describe(e)));
    }

    /** "Laatste back-up: …" or that there is none yet. */
    public StringProperty lastBackupProperty() {
        return lastBackup;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public BooleanProperty newKeyProperty() {
        return newKey;
    }

    public StringProperty passphraseFeedbackProperty() {
        return passphraseFeedback;
    }

    public StringProperty passphraseResultProperty() {
        return passphraseResult;
    }

    public StringProperty backupResultProperty() {
        return backupResult;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public BooleanBinding canChangeProperty() {
        return canChange;
    }
}
