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
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Unlocking: the passphrase, the error, and a growing wait after each wrong attempt. Before the unlock there are no
 * services yet: the vault is opened on the executor it is given, with the busy flag and the error line of a
 * {@link ScreenTasks}, and the opened services go to {@code unlocked}. An unlock under way can be cancelled (the key
 * derivation, H2 and the migrations take seconds): the screen is free again at once, and the vault the work opens
 * anyway is closed on the same worker before any later unlock runs, never handed over.
 */
public final class UnlockViewModel {
    private static final Logger LOG = Logger.getLogger(UnlockViewModel.class.getName());

    /** Opens the vault in a folder with a passphrase (and wipes the passphrase): {@link Services#open}. */
    @FunctionalInterface
    public interface Opener {
        Services open(Path dir, char[] passphrase) throws VaultException;
    }

    private final ScreenTasks tasks;
    private final Opener opener;
    private final Supplier<Path> vaultDir;
    private final Consumer<Services> unlocked;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final IntegerProperty waitSeconds = new SimpleIntegerProperty();
    private final IntegerProperty failures = new SimpleIntegerProperty();
    private final BooleanBinding canUnlock;
    /** The unlock under way, null when none. */
    private Attempt attempt;
    private ScreenTasks.Running running;

    /** {@code vaultDir}: the vault to open, read at each attempt; {@code unlocked}: gets the services of the open vault. */
    public UnlockViewModel(TaskExecutor executor, Supplier<Path> vaultDir, Consumer<Services> unlocked) {
        this(executor, vaultDir, unlocked, Services::open);
    }

    /** As above, opening the vault with {@code opener} (tests: to press "Annuleren" while the vault opens). */
    public UnlockViewModel(TaskExecutor executor, Supplier<Path> vaultDir, Consumer<Services> unlocked, Opener opener) {
        this.tasks = new ScreenTasks(executor);
        this.opener = opener;
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
        Attempt mine = new Attempt();
        attempt = mine;
        running = tasks.run(p -> {
            if (mine.isCancelled()) { // cancelled before the worker came to it
                Arrays.fill(pass, '\0');
                return null;
            }
            Services opened = opener.open(dir, pass);
            if (!mine.opened(opened)) { // cancelled while the vault opened: nobody gets it
                opened.close();
                return null;
            }
            return opened;
        }, services -> {
            attempt = null;
            failures.set(0);
            unlocked.accept(services);
        }, e -> {
            attempt = null;
            if (e instanceof VaultException ve && ve.kind() == VaultException.Kind.WRONG_PASSPHRASE) {
                failures.set(failures.get() + 1);
                waitSeconds.set(delayAfter(failures.get()));
                tasks.status().error(I18n.t("unlock.wrong", failures.get()));
            } else {
                tasks.status().error(VaultMessages.describe(e));
            }
        });
    }

    /**
     * "Annuleren" while the vault opens: the screen is free for the passphrase again at once, the late result is
     * ignored, and a vault already opened is closed (manifest, H2, lock, key) on the worker, ahead of any next unlock.
     */
    public void cancel() {
        Attempt mine = attempt;
        if (mine == null || !running.cancel()) {
            return;
        }
        attempt = null;
        tasks.status().clear();
        Services opened = mine.cancel();
        if (opened != null) {
            tasks.executor().background(p -> {
                opened.close();
                return null;
            }).onError(e -> LOG.warning("closing the vault of a cancelled unlock reported a problem")).start();
        }
    }

    /**
     * One unlock on its way, between the worker that opens the vault and the screen that may cancel it: exactly one
     * of them closes a vault nobody will get.
     */
    private static final class Attempt {
        private boolean cancelled;
        private Services opened;

        synchronized boolean isCancelled() {
            return cancelled;
        }

        /** The worker opened the vault: false when the unlock was cancelled meanwhile (the worker closes it). */
        synchronized boolean opened(Services services) {
            if (cancelled) {
                return false;
            }
            opened = services;
            return true;
        }

        /** Cancelled: the vault the worker already opened and handed on, to be closed; null when there is none. */
        synchronized Services cancel() {
            cancelled = true;
            Services s = opened;
            opened = null;
            return s;
        }
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
