package nl.kring.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.function.Supplier;

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

    /**
     * A wrapping label never gets narrower than its widest word (issue 13: "Dagbestedin g" in the matrix' header at a
     * larger font): it wraps between words only, at any font size.
     */
    public static void wordsWhole(Labeled label) {
        Runnable fit = () -> label.setMinWidth(Math.ceil(widestWord(label.getText(), label.getFont())
                + label.snappedLeftInset() + label.snappedRightInset()) + 1);
        label.fontProperty().addListener((o, a, b) -> fit.run());
        label.textProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }

    /** A label that wraps between words only and is always as tall as its wrapped text. */
    public static void wrapsWhole(Labeled label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        wordsWhole(label);
    }

    /**
     * The width of the widest word of {@code text} in {@code font}: a line may break after a space, or after a hyphen
     * before a letter ("Noord-|Rivierland", never "03-12-|2026").
     */
    public static double widestWord(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : text.split("\\s+|(?<=-)(?=\\p{L})")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The width of {@code text} on one line in {@code font}. */
    public static double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    /**
     * An empty field shows its prompt text whole (issue 13: prompts were clipped at 200 %): the field never gets
     * narrower than its prompt. For a date picker or an editable drop-down, pass its editor.
     */
    public static void promptWhole(TextField field) {
        fittingPrompt(field, field.getPromptText());
    }

    /** An empty editable drop-down shows its prompt text whole: it never gets narrower than its prompt. */
    public static void promptWhole(ComboBox<?> box) {
        atLeast(box, box.getEditor(), box.getEditor().fontProperty(), box::getPromptText);
    }

    /**
     * A drop-down whose button cell {@code cell} shows its prompt never gets narrower than {@code text}, so the prompt
     * is never cut to "…".
     */
    public static void textWhole(ComboBox<?> box, Labeled cell, Supplier<String> text) {
        atLeast(box, cell, cell.fontProperty(), text);
    }

    /**
     * {@code box} never narrower than {@code text} in {@code shown} (its editor or button cell) and what lies around
     * it (the arrow, the insets), measured once both are laid out.
     */
    private static void atLeast(Region box, Region shown, ObjectProperty<Font> font, Supplier<String> text) {
        Runnable fit = () -> {
            double around = box.getWidth() > 0 && shown.getWidth() > 0 ? box.getWidth() - shown.getWidth() : 0;
            box.setMinWidth(Math.ceil(textWidth(text.get(), font.get()) + shown.snappedLeftInset()
                    + shown.snappedRightInset() + around) + 1);
        };
        font.addListener((o, a, b) -> fit.run());
        shown.insetsProperty().addListener((o, a, b) -> fit.run());
        box.widthProperty().addListener((o, a, b) -> fit.run());
        shown.widthProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }


    /**
     * An empty field shows the longest of {@code prompts} (longest first) that fits it whole, the first in full in its
     * tooltip (issue 13: "Zoek op nummer, naam, adres, BSN of fase (Ctrl+F)" was clipped in the case list at 200 %);
     * the field never gets narrower than the last, shortest one.
     */
    public static void fittingPrompt(TextField field, String... prompts) {
        Runnable pick = () -> {
            double insets = field.snappedLeftInset() + field.snappedRightInset();
            double room = field.getWidth() - insets;
            String chosen = prompts[prompts.length - 1];
            for (String p : prompts) {
                if (textWidth(p, field.getFont()) <= room + 0.5) {
                    chosen = p;
                    break;
                }
            }
            if (!chosen.equals(field.getPromptText())) {
                field.setPromptText(chosen);
            }
            field.setMinWidth(Math.ceil(textWidth(prompts[prompts.length - 1], field.getFont()) + insets) + 1);
        };
        field.widthProperty().addListener((o, a, b) -> pick.run());
        field.fontProperty().addListener((o, a, b) -> pick.run());
        field.insetsProperty().addListener((o, a, b) -> pick.run());
        field.setPromptText(prompts[0]);
        if (prompts.length > 1) {
            field.setTooltip(new Tooltip(prompts[0]));
        }
        pick.run();
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
