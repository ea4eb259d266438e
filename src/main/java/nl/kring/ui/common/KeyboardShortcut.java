package nl.kring.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of Kring, in one place (shown in the help menu). */
public enum KeyboardShortcut {
    LOCK(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "shortcut.lock"),
    NEW_ITEM(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), "shortcut.new"),
    SAVE(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), "shortcut.save"),
    SEARCH(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), "shortcut.search"),
    MOVE_UP(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), "shortcut.moveUp"),
    MOVE_DOWN(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), "shortcut.moveDown"),
    SHOW_CASES(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), "shortcut.cases"),
    SHOW_PARTNERS(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), "shortcut.partners"),
    SHOW_MEETINGS(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), "shortcut.meetings"),
    SHOW_MINUTES(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), "shortcut.minutes"),
    OPEN_MINUTES(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "shortcut.openMinutes"),
    RECORD_DISCLOSURE(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "shortcut.recordDisclosure"),
    TOGGLE_THEME(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "shortcut.theme"),
    SHORTCUTS_HELP(new KeyCodeCombination(KeyCode.F1), "shortcut.help"),
    // the list of judged possible names in the minutes (issue 13): takes the chosen judgement back
    TAKE_BACK(new KeyCodeCombination(KeyCode.DELETE), "shortcut.takeBack"),
    // the meeting room (chair's screen and presentation window); page keys are what presentation clickers send
    NEXT_ITEM(new KeyCodeCombination(KeyCode.PAGE_DOWN), "shortcut.nextItem"),
    PREVIOUS_ITEM(new KeyCodeCombination(KeyCode.PAGE_UP), "shortcut.previousItem"),
    BLANK_PRESENTATION(new KeyCodeCombination(KeyCode.B), "shortcut.blank"),
    OPEN_PRESENTATION(new KeyCodeCombination(KeyCode.F5), "shortcut.presentation"),
    CHECK_IN(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), "shortcut.checkIn");

    private final KeyCombination combination;
    private final String labelKey;

    KeyboardShortcut(KeyCombination combination, String labelKey) {
        this.combination = combination;
        this.labelKey = labelKey;
    }

    public KeyCombination combination() {
        return combination;
    }

    public String label() {
        return I18n.t(labelKey);
    }

    public String labelKey() {
        return labelKey;
    }
}
