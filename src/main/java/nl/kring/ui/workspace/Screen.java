package nl.kring.ui.workspace;

import javafx.scene.Node;
import nl.kring.ui.common.KeyboardShortcut;

/** One section of the workspace (cases, partners, meetings ...), built fresh on each unlock. */
public record Screen(String id, String titleKey, KeyboardShortcut shortcut, Node view) {
}
