package nl.kring.ui.unlock;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.VaultMessages;
import nl.kring.service.Services;
import nl.kring.vault.VaultException;

/** Unlocking: the passphrase, the error, and a growing wait after each wrong attempt. */
public final class UnlockViewModel {
    private final AppContext context;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty waitSeconds = new SimpleIntegerProperty();
    private final IntegerProperty failures = new SimpleIntegerProperty();
    private final BooleanBinding canUnlock;

    public UnlockViewModel(AppContext context) {
        this.context = context;
        canUnlock = Bindings.createBooleanBinding(() -> !busy.get() && waitSeconds.get() == 0 && !passphrase.get().isEmpty(),
                busy, waitSeconds, passphrase);
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
        error.set("");
        var dir = context.vaultDir();
        context.executor().background(p -> Services.open(dir, pass)).busy(busy).onSuccess(services -> {
            failures.set(0);
            context.unlocked(services);
        }).onError(e -> {
            if (e instanceof VaultException ve && ve.kind() == VaultException.Kind.WRONG_PASSPHRASE) {
                failures.set(failures.get() + 1);
                waitSeconds.set(delayAfter(failures.get()));
                error.set(I18n.t("unlock.wrong", failures.get()));
            } else {
                error.set(VaultMessages.describe(e));
            }
        }).start();
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

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public IntegerProperty waitSecondsProperty() {
        return waitSeconds;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }
}
