package nl.kring.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;

/** Screen-specific shortcuts: active while the screen is in the window, gone when another screen is shown. */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static void whileShowing(Node node, KeyboardShortcut shortcut, Runnable action) {
        node.sceneProperty().addListener((o, oldScene, newScene) -> {
            if (oldScene != null && oldScene.getAccelerators().get(shortcut.combination()) == action) {
                oldScene.getAccelerators().remove(shortcut.combination());
            }
            if (newScene != null) {
                newScene.getAccelerators().put(shortcut.combination(), action);
            }
        });
        Scene now = node.getScene();
        if (now != null) {
            now.getAccelerators().put(shortcut.combination(), action);
        }
    }

    /** "Ctrl+S" style text for tooltips and button hints. */
    public static String text(KeyboardShortcut shortcut) {
        return shortcut.combination().getDisplayText();
    }
}
