package nl.kring.ui;

import javafx.scene.layout.StackPane;
import nl.kring.store.Store;
import nl.kring.ui.common.AutoLocker;
import nl.kring.ui.create.CreateVaultView;
import nl.kring.ui.unlock.UnlockView;
import nl.kring.ui.workspace.WorkspaceView;
import nl.kring.vault.Vault;

/**
 * Shows the unlock (or create) screen while locked and a fresh workspace when unlocked. Locking throws the
 * workspace away, so no view keeps client data after the key is gone.
 */
public final class RootView extends StackPane {
    private final AppContext context;
    private final AutoLocker locker;

    public RootView(AppContext context, AutoLocker locker) {
        this.context = context;
        this.locker = locker;
        getStyleClass().add("root-view");
        context.storeProperty().addListener((o, a, b) -> show(b));
        show(context.store());
    }

    private void show(Store store) {
        if (store == null) {
            locker.disarm();
            getChildren().setAll(Vault.exists(context.vaultDir()) ? new UnlockView(context) : new CreateVaultView(context));
        } else {
            getChildren().setAll(new WorkspaceView(context, store, locker));
            locker.arm();
        }
    }
}
