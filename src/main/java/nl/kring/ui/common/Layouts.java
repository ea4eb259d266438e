package nl.kring.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Layout pieces that keep texts whole when the room is short (issue 13: a font at 200 %, a 1366×768 screen): a row
 * of buttons that wraps instead of cutting their labels, and a screen part that scrolls instead of being squeezed.
 */
public final class Layouts {
    private Layouts() {
    }

    /** Buttons side by side, each as wide as its label; the row wraps onto a next line when it is too narrow. */
    public static FlowPane buttonRow(Region... buttons) {
        FlowPane row = new FlowPane(8, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        whole(buttons);
        row.getChildren().addAll(buttons);
        return row;
    }

    /** The controls never get narrower than their text. */
    public static void whole(Region... controls) {
        for (Region r : controls) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** The labels in {@code grid} (its label column, its notes) never get narrower than their text. */
    public static void labelsWhole(GridPane grid) {
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l && !l.isWrapText()) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /**
     * {@code content} filling the room it gets, scrolling (vertically, and sideways if it must) once that room is
     * smaller than the content's minimum size.
     */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }
}
