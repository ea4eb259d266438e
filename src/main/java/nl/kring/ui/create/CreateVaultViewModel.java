package nl.kring.ui.create;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.service.VaultService;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.VaultMessages;
import nl.kring.vault.PassphrasePolicy;
import nl.kring.vault.Secrets;

/** A new vault: the passphrase twice, its strength shown, weak ones refused with the reason. */
public final class CreateVaultViewModel {
    private final AppContext context;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final IntegerProperty score = new SimpleIntegerProperty();
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty strongEnough = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canCreate;

    public CreateVaultViewModel(AppContext context) {
        this.context = context;
        passphrase.addListener((o, a, b) -> assess());
        canCreate = Bindings.createBooleanBinding(
                () -> strongEnough.get() && passphrase.get().equals(repeat.get()) && !busy.get(),
                strongEnough, passphrase, repeat, busy);
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
        var dir = context.vaultDir();
        context.executor().background(p -> {
            try {
                return VaultService.create(dir, pass, null);
            } finally {
                Secrets.wipe(pass);
            }
        }).busy(busy).onSuccess(context::unlocked).onError(e -> error.set(VaultMessages.describe(e))).start();
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

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
