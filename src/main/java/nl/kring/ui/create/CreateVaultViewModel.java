package nl.kring.ui.create;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A new vault: the passphrase twice, its strength shown, weak ones refused with the reason. Before the vault exists
 * there are no services: it is created on the executor it is given, with the busy flag and the error line of a
 * {@link ScreenTasks}, and the services of the new, open vault go to {@code created}.
 */
public final class CreateVaultViewModel {
    private final ScreenTasks tasks;
    private final Supplier<Path> vaultDir;
    private final Consumer<Services> created;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final IntegerProperty score = new SimpleIntegerProperty();
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty strongEnough = new SimpleBooleanProperty();
    private final BooleanBinding canCreate;

    /** {@code vaultDir}: where the vault is made; {@code created}: gets the services of the new vault, open. */
    public CreateVaultViewModel(TaskExecutor executor, Supplier<Path> vaultDir, Consumer<Services> created) {
        this.tasks = new ScreenTasks(executor);
        this.vaultDir = vaultDir;
        this.created = created;
        passphrase.addListener((o, a, b) -> assess());
        canCreate = Bindings.createBooleanBinding(
                () -> strongEnough.get() && passphrase.get().equals(repeat.get()) && !tasks.isBusy(),
                strongEnough, passphrase, repeat, tasks.busyProperty());
        assess();
    }

    private void assess() {
        char[] chars = passphrase.get().toCharArray();
        PassphrasePolicy.Assessment a = PassphrasePolicy.assess(chars, I18n.locale());
        Secrets.wipe(chars);
        score.set(a.score());
        strongEnough.set(a.acceptable());
        feedback.set(passphrase.get().isEmpty() ? I18n.t("create.hint")
                : a.reason() + (a.acceptable() || a.suggestions().isEmpty() ? "" : " " + String.join(" ", a.suggestions())));
    }

    public String mismatch() {
        return !repeat.get().isEmpty() && !passphrase.get().equals(repeat.get()) ? I18n.t("create.mismatch") : "";
    }

    public void create() {
        if (!canCreate.get()) {
            return;
        }
        char[] pass = passphrase.get().toCharArray();
        passphrase.set("");
        repeat.set("");
        tasks.status().clear();
        Path dir = vaultDir.get();
        tasks.run(p -> {
            try {
                return Services.create(dir, pass);
            } finally {
                Secrets.wipe(pass);
            }
        }, created, e -> tasks.status().error(VaultMessages.describe(e)));
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public IntegerProperty scoreProperty() {
        return score;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty strongEnoughProperty() {
        return strongEnough;
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.status().textProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
