package nl.kring.ui;

import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;
import nl.kring.service.Services;
import nl.kring.service.VaultService;
import nl.kring.ui.common.AutoLocker;
import nl.kring.ui.create.CreateVaultView;
import nl.kring.ui.meetingroom.MeetingRoomWindow;
import nl.kring.ui.retention.RetentionPrompt;
import nl.kring.ui.unlock.UnlockView;
import nl.kring.ui.workspace.WorkspaceView;

/**
 * Shows the unlock (or create) screen while locked and a fresh workspace when unlocked. Locking throws the
 * workspace away, so no view keeps client data after the key is gone.
 */
public final class RootView extends StackPane {
    private final AppContext context;
    private final AutoLocker locker;
    /** The workspace of the unlocked vault; null while locked. */
    private WorkspaceView workspace;

    public RootView(AppContext context, AutoLocker locker) {
        this.context = context;
        this.locker = locker;
        getStyleClass().add("root-view");
        context.servicesProperty().addListener((o, a, b) -> show(b));
        // another vault folder while locked (a restore from the unlock screen): its unlock screen
        context.vaultDirProperty().addListener((o, a, b) -> {
            if (context.services() == null) {
                show(null);
            }
        });
        show(context.services());
    }

    /** Dialogs, menus and tooltips of the workspace may show client data: they go with it. */
    private void closeOtherWindows() {
        if (getScene() == null || getScene().getWindow() == null) {
            return; // first screen: nothing else is open yet
        }
        Window main = getScene().getWindow();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != main && w.isShowing() && ownedBy(w, main)) {
                w.hide();
            }
        }
    }

    private static boolean ownedBy(Window w, Window main) {
        for (Window o = owner(w); o != null; o = owner(o)) {
            if (o == main) {
                return true;
            }
        }
        return false;
    }

    private static Window owner(Window w) {
        if (w instanceof PopupWindow p) {
            return p.getOwnerWindow();
        }
        if (w instanceof Stage s) {
            return s.getOwner();
        }
        return null;
    }

    private void show(Services services) {
        if (services == null) {
            locker.disarm();
            if (workspace != null) {
                context.rememberScreen(workspace.currentScreenId()); // unlocking returns there
                workspace = null;
            }
            closeOtherWindows();
            getChildren().setAll(VaultService.exists(context.vaultDir()) ? new UnlockView(context) : new CreateVaultView(context));
        } else {
            workspace = new WorkspaceView(context, services, locker);
            getChildren().setAll(workspace);
            locker.arm();
            // back where the chair was before the lock: the same screen, the meeting rooms that the lock closed
            String screen = context.takeLockedScreen();
            if (screen != null) {
                workspace.show(screen);
            }
            context.takeLockedRooms().forEach(r -> MeetingRoomWindow.reopen(context, services, r));
            // Before anything else: what is past its retention period, destroyed only when the chair says so.
            RetentionPrompt.atUnlock(workspace, context, services, LocalDate::now,
                    workspace::afterPurge);
            // Then, behind the first screen's work, the full integrity check (the open reads one sum per table).
            workspace.checkIntegrity();
        }
    }
}
