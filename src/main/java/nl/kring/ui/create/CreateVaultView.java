package nl.kring.ui.create;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.I18n;

/** First start: make the vault. */
public final class CreateVaultView extends VBox {
    public CreateVaultView(AppContext context) {
        CreateVaultViewModel vm = new CreateVaultViewModel(context.executor(), context::vaultDir, context::unlocked);
        getStyleClass().add("unlock-view");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        setMaxWidth(460);

        Label title = new Label(I18n.t("create.title"));
        title.getStyleClass().add("title");
        Label intro = new Label(I18n.t("create.intro", context.vaultDir()));
        intro.setWrapText(true);

        PasswordField first = new PasswordField();
        first.setId("create-passphrase");
        first.setPromptText(I18n.t("create.prompt"));
        first.textProperty().bindBidirectional(vm.passphraseProperty());
        PasswordField second = new PasswordField();
        second.setId("create-repeat");
        second.setPromptText(I18n.t("create.repeat"));
        second.textProperty().bindBidirectional(vm.repeatProperty());

        ProgressBar strength = new ProgressBar();
        strength.setId("create-strength");
        strength.setMaxWidth(Double.MAX_VALUE);
        strength.progressProperty().bind(vm.scoreProperty().add(0.0).divide(4.0));
        vm.scoreProperty().addListener((o, a, b) -> {
            strength.getStyleClass().removeAll("weak", "fair", "strong");
            strength.getStyleClass().add(b.intValue() >= 3 ? "strong" : b.intValue() == 2 ? "fair" : "weak");
        });
        Label strengthText = new Label();
        strengthText.setId("create-feedback");
        strengthText.setWrapText(true);
        strengthText.textProperty().bind(vm.feedbackProperty());

        Label mismatch = new Label();
        mismatch.getStyleClass().add("error");
        mismatch.textProperty().bind(Bindings.createStringBinding(vm::mismatch, vm.passphraseProperty(), vm.repeatProperty()));

        Button create = new Button(I18n.t("create.button"));
        create.setId("create-button");
        create.setDefaultButton(true);
        create.setMaxWidth(Double.MAX_VALUE);
        create.disableProperty().bind(vm.canCreateProperty().not());
        create.setOnAction(e -> vm.create());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(28, 28);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());

        Label error = new Label();
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        getChildren().addAll(title, intro, first, strength, strengthText, second, mismatch, create, busy, error);
    }
}
