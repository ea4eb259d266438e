package nl.kring.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A wrapping text with its buttons (issue 13: the meeting room's warning banner at 200 % beside the presentation): the
 * buttons at the right of the text while the text keeps at least {@link #TEXT_EM} em beside them, else under the text
 * in a row that wraps. The text wraps between words only and is always as tall as its lines; a button is never cut.
 * Unlike an {@code HBox}, the text is never squeezed into a column a word or two wide by buttons that do not give way.
 */
public final class TextWithButtons extends Region {
    /** The least width, in em of the text's font, the text keeps beside the buttons. */
    static final double TEXT_EM = 22;
    private final Labeled text;
    private final FlowPane buttons;
    private final double gap;

    public TextWithButtons(double gap, Labeled text, Region... buttons) {
        this.text = text;
        this.gap = gap;
        this.buttons = Layouts.buttonRow(buttons);
        this.buttons.setHgap(gap);
        Layouts.wrapsWhole(text);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(text, this.buttons);
    }

    /** The row of buttons (to add one later). */
    public FlowPane buttons() {
        return buttons;
    }

    /** The buttons' width side by side (a flow pane's own preferred width is its wrap length, not its content's). */
    private double oneLine() {
        double w = buttons.snappedLeftInset() + buttons.snappedRightInset();
        int n = 0;
        for (var b : buttons.getChildren()) {
            if (b.isManaged()) {
                w += b.prefWidth(-1) + (n++ > 0 ? buttons.getHgap() : 0);
            }
        }
        return w;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the buttons stand beside the text at this inside width. */
    boolean beside(double inside) {
        if (buttons.getChildren().isEmpty()) {
            return false;
        }
        double forText = inside - oneLine() - gap;
        double want = Math.min(text.prefWidth(-1), TEXT_EM * text.getFont().getSize());
        return forText >= Math.max(want, text.minWidth(-1));
    }

    private double inside(double width) {
        Insets in = getInsets();
        return width < 0 ? text.prefWidth(-1) + gap + oneLine()
                : Math.max(0, width - in.getLeft() - in.getRight());
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double widest = 0;
        for (var b : buttons.getChildren()) {
            widest = Math.max(widest, b.prefWidth(-1));
        }
        return in.getLeft() + Math.max(text.minWidth(-1), widest + buttons.snappedLeftInset()
                + buttons.snappedRightInset()) + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + text.prefWidth(-1) + gap + oneLine() + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = inside(width);
        double content;
        if (beside(w)) {
            double b = oneLine();
            content = Math.max(text.prefHeight(w - b - gap), buttons.prefHeight(b));
        } else {
            content = text.prefHeight(w) + (buttons.getChildren().isEmpty() ? 0 : gap / 2 + buttons.prefHeight(w));
        }
        return in.getTop() + content + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = inside(getWidth());
        double h = getHeight() - in.getTop() - in.getBottom();
        if (beside(w)) {
            double b = oneLine();
            double t = w - b - gap;
            layoutInArea(text, x, y, t, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(buttons, x + t + gap, y, b, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double th = text.prefHeight(w);
            layoutInArea(text, x, y, w, th, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(buttons, x, y + th + gap / 2, w, buttons.prefHeight(w), 0, HPos.LEFT, VPos.TOP);
        }
    }
}
