package nl.kring.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.service.VaultService;
import nl.kring.vault.Secrets;
import nl.kring.vault.VaultException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Restoring a backup inside the app (issue 13), from the unlock screen or the settings: the backup file, a new folder
 * for the restored vault and the backup's passphrase. The restore is {@link VaultService#restore}, the same code and the
 * same checks as {@code kring restore}: it never overwrites (the folder must be new or empty), it refuses a file that
 * is no Kring backup or was changed, it writes into a staging folder beside the target, opens and verifies it there,
 * and only then moves it into place in one step (a crash leaves either no new vault or a whole one; the current vault
 * is never touched). Each refusal reads as one Dutch sentence.
 */
public final class RestoreViewModel {
    private final ScreenTasks tasks;
    private final StringProperty backupFile = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObjectProperty<Path> restored = new SimpleObjectProperty<>();
    private final BooleanBinding canRestore;

    public RestoreViewModel(TaskExecutor executor, Path currentVault, LocalDateTime now) {
        this.tasks = new ScreenTasks(executor);
        if (currentVault != null) {
            target.set(suggestedTarget(currentVault, now).toString());
        }
        canRestore = Bindings.createBooleanBinding(() -> !tasks.isBusy() && restored.get() == null
                        && !backupFile.get().isBlank() && !target.get().isBlank() && !passphrase.get().isEmpty(),
                tasks.busyProperty(), restored, backupFile, target, passphrase);
    }

    /** A new folder beside the current vault: {@code <vault>-teruggezet-2026-12-05-0930}. */
    public static Path suggestedTarget(Path currentVault, LocalDateTime now) {
        Path abs = currentVault.toAbsolutePath();
        String name = abs.getFileName() == null ? "kluis" : abs.getFileName().toString();
        return abs.resolveSibling(name + "-teruggezet-" + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")));
    }

    public void restore() {
        if (!canRestore.get()) {
            return;
        }
        Path in;
        Path dir;
        try {
            in = Path.of(backupFile.get().strip());
            dir = Path.of(target.get().strip()).toAbsolutePath();
        } catch (InvalidPathException e) {
            fail(I18n.t("restore.error.INVALID_PATH"));
            return;
        }
        char[] pass = passphrase.get().toCharArray();
        passphrase.set("");
        failed.set(false);
        result.set(I18n.t("restore.busy"));
        tasks.run(p -> {
            try {
                VaultService.restore(in, dir, pass);
                return dir;
            } finally {
                Secrets.wipe(pass);
            }
        }, d -> {
            result.set(I18n.t("restore.done", d));
            restored.set(d);
        }, e -> fail(describe(e)));
    }

    private void fail(String message) {
        failed.set(true);
        result.set(message);
    }

    /** The refusal as the chair reads it: what was wrong, and that nothing was changed. */
    static String describe(Throwable e) {
        if (e instanceof VaultException ve) {
            if (ve.isDiskFull()) {
                return I18n.t("restore.error.DISK_FULL");
            }
            return I18n.t("restore.error." + ve.kind().name());
        }
        return I18n.t("error.unexpected");
    }

    public StringProperty backupFileProperty() {
        return backupFile;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** The folder of the restored vault, once the restore succeeded. */
    public ReadOnlyObjectProperty<Path> restoredProperty() {
        return restored;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }
}
