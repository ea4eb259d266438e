package nl.kring.ui.unlock;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.VaultMessages;
import nl.kring.service.Services;
import nl.kring.vault.VaultException;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Unlocking: the passphrase, the error, and a growing wait after each wrong attempt. Before the unlock there are no
 * services yet: the vault is opened on the executor it is given, with the busy flag and the error line of a
 * {@link ScreenTasks}, and the opened services go to {@code unlocked}.
 */
public final class UnlockViewModel {
    private final ScreenTasks tasks;
    private final Supplier<Path> vaultDir;
    private final Consumer<Services> unlocked;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final IntegerProperty waitSeconds = new SimpleIntegerProperty();
    private final IntegerProperty failures = new SimpleIntegerProperty();
    private final BooleanBinding canUnlock;

    /** {@code vaultDir}: the vault to open, read at each attempt; {@code unlocked}: gets the services of the open vault. */
    public UnlockViewModel(TaskExecutor executor, Supplier<Path> vaultDir, Consumer<Services> unlocked) {
        this.tasks = new ScreenTasks(executor);
        this.vaultDir = vaultDir;
        this.unlocked = unlocked;
        canUnlock = Bindings.createBooleanBinding(() -> !tasks.isBusy() && waitSeconds.get() == 0
                && !passphrase.get().isEmpty(), tasks.busyProperty(), waitSeconds, passphrase);
    }

    /** Seconds to wait after the n-th consecutive wrong passphrase: 0, 1, 2, 4, 8, 16, 30, 30 ... */
    public static int delayAfter(int failures) {
        if (failures <= 0) {
            return 0;
        }
        return (int) Math.min(30, 1L << Math.min(failures - 1, 5));
    }

    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        char[] pass = passphrase.get().toCharArray();
        passphrase.set("");
        tasks.status().clear();
        Path dir = vaultDir.get();
        tasks.run(p -> Services.open(dir, pass), services -> {
            failures.set(0);
            unlocked.accept(services);
        }, e -> {
            if (e instanceof VaultException ve && ve.kind() == VaultException.Kind.WRONG_PASSPHRASE) {
                failures.set(failures.get() + 1);
                waitSeconds.set(delayAfter(failures.get()));
                tasks.status().error(I18n.t("unlock.wrong", failures.get()));
            } else {
                tasks.status().error(VaultMessages.describe(e));
            }
        });
    }

    /** Called every second by the view while waiting. */
    public void tickWait() {
        if (waitSeconds.get() > 0) {
            waitSeconds.set(waitSeconds.get() - 1);
        }
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.status().textProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public IntegerProperty waitSecondsProperty() {
        return waitSeconds;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }
}
