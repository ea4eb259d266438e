package nl.kring.ui.unlock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.kring.demo.DemoData;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RestoreDialog;

/** The unlock screen: one field, one button, a clear message. */
public final class UnlockView extends VBox {
    public UnlockView(AppContext context) {
        UnlockViewModel vm = new UnlockViewModel(context.executor(), context::vaultDir, context::unlocked);
        getStyleClass().add("unlock-view");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMaxWidth(420);

        Label title = new Label(I18n.t("app.title"));
        title.getStyleClass().add("title");
        Label subtitle = new Label(I18n.t("unlock.subtitle"));
        subtitle.setWrapText(true);
        Label folder = new Label(I18n.t("unlock.folder", context.vaultDir()));
        folder.getStyleClass().add("muted");
        folder.setWrapText(true);

        PasswordField field = new PasswordField();
        field.setId("unlock-passphrase");
        field.setPromptText(I18n.t("unlock.prompt"));
        field.textProperty().bindBidirectional(vm.passphraseProperty());
        field.disableProperty().bind(vm.busyProperty());

        Button unlock = new Button(I18n.t("unlock.button"));
        unlock.setId("unlock-button");
        unlock.setDefaultButton(true);
        unlock.setMaxWidth(Double.MAX_VALUE);
        unlock.disableProperty().bind(vm.canUnlockProperty().not());
        unlock.setOnAction(e -> vm.unlock());

        // issue 16: opening takes seconds (key derivation, H2, migrations); the chair may stop it and go back
        Button cancel = new Button(I18n.t("unlock.cancel"));
        cancel.setId("unlock-cancel");
        cancel.setCancelButton(true);
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> {
            vm.cancel();
            field.requestFocus();
        });

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(28, 28);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());

        Label error = new Label();
        error.setId("unlock-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        Label wait = new Label();
        wait.getStyleClass().add("muted");
        wait.textProperty().bind(Bindings.createStringBinding(
                () -> vm.waitSecondsProperty().get() > 0 ? I18n.t("unlock.wait", vm.waitSecondsProperty().get()) : "",
                vm.waitSecondsProperty()));

        // issue 13: a backup restored from here (when the vault is damaged or lost) opens in its place
        Hyperlink restore = new Hyperlink(I18n.t("restore.open"));
        restore.setId("unlock-restore");
        restore.setOnAction(e -> RestoreDialog.create(this, context.executor(), context.vaultDir(),
                dir -> context.openRestoredVault(dir, I18n.t("restore.opened"))).show());
        Label notice = new Label();
        notice.setId("unlock-notice");
        notice.setWrapText(true);
        String restored = context.takeUnlockNotice();
        notice.setText(restored == null ? "" : restored);
        notice.setVisible(restored != null);
        notice.setManaged(restored != null);

        getChildren().addAll(title, subtitle, folder, notice, field, unlock, progress, cancel, error, wait, restore);
        if (context.isDemo()) {
            Label demo = new Label(I18n.t("unlock.demo", DemoData.DEMO_PASSPHRASE));
            demo.getStyleClass().add("demo-hint");
            demo.setWrapText(true);
            getChildren().add(demo);
        }

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tickWait()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                ticker.stop();
            } else {
                field.requestFocus();
            }
        });
    }
}
