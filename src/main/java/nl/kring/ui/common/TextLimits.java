package nl.kring.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

import java.util.function.UnaryOperator;

/**
 * Keeps text inputs within the size of their database column. A long paste is cut at the limit (it never reaches the
 * database or freezes the layout) and the chair is told.
 */
public final class TextLimits {
    public static final int NAME = 200;
    public static final int NOTE = 8000;
    public static final int LONG_TEXT = 4000;
    public static final int REASON = 2000;

    private TextLimits() {
    }

    /**
     * Limits the control to {@code max} characters. When input is cut, {@code notice} (may be null) is set to a
     * sentence naming the field and the limit.
     */
    public static void limit(TextInputControl control, int max, String fieldName, StringProperty notice) {
        control.setTextFormatter(new TextFormatter<String>(filter(control, max, fieldName, notice)));
    }

    static UnaryOperator<TextFormatter.Change> filter(TextInputControl control, int max, String fieldName,
                                                      StringProperty notice) {
        return change -> {
            if (!change.isContentChange()) {
                return change;
            }
            int removed = change.getRangeEnd() - change.getRangeStart();
            int oldLength = change.getControlText().length();
            String added = change.getText();
            int newLength = oldLength - removed + added.length();
            if (newLength <= max) {
                return change;
            }
            int room = Math.max(0, max - (oldLength - removed));
            if (room > 0 && Character.isHighSurrogate(added.charAt(room - 1))) {
                room--; // never cut a character in half
            }
            String kept = added.substring(0, room);
            int delta = kept.length() - added.length();
            change.setText(kept);
            change.setCaretPosition(Math.max(0, change.getCaretPosition() + delta));
            change.setAnchor(Math.max(0, change.getAnchor() + delta));
            if (notice != null) {
                notice.set(I18n.t("limit.cut", fieldName, max));
            }
            return change;
        };
    }
}
