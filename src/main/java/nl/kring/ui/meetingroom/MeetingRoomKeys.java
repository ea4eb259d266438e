package nl.kring.ui.meetingroom;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import nl.kring.ui.common.KeyboardShortcut;
import org.fxmisc.richtext.GenericStyledArea;

/** The keys that work in both meeting-room windows: next and previous item, blank the presentation. */
final class MeetingRoomKeys {
    private MeetingRoomKeys() {
    }

    /** True when the key was one of ours and has been acted on. */
    static boolean handle(KeyEvent e, MeetingRoomViewModel vm) {
        if (KeyboardShortcut.NEXT_ITEM.combination().match(e)) {
            vm.next();
            return true;
        }
        if (KeyboardShortcut.PREVIOUS_ITEM.combination().match(e)) {
            vm.previous();
            return true;
        }
        if (KeyboardShortcut.BLANK_PRESENTATION.combination().match(e) && !typing(e)) {
            vm.presentation().toggleBlank();
            return true;
        }
        return false;
    }

    /** A plain letter belongs to a text field that has the focus. */
    static boolean typing(KeyEvent e) {
        // the notes beside the item are a rich-text area, not a TextInputControl: "b" there is a letter too
        return e.getSource() instanceof Scene s && (s.getFocusOwner() instanceof TextInputControl
                || s.getFocusOwner() instanceof GenericStyledArea<?, ?, ?>);
    }
}
