package nl.kring.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Blanks every text in a node tree that has left the window. A detached node gets no more layout passes, so table
 * cells and the text nodes inside labels would otherwise keep showing what they showed last (a client's name)
 * for as long as anything refers to them.
 */
public final class Scrub {
    private Scrub() {
    }

    public static void texts(Node n) {
        if (n instanceof Labeled l && !l.textProperty().isBound()) {
            l.setText(null);
        }
        if (n instanceof TextInputControl t && !t.textProperty().isBound()) {
            t.setText("");
        }
        if (n instanceof Text t && !t.textProperty().isBound()) {
            t.setText("");
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                texts(c);
            }
        }
    }
}
