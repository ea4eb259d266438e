package nl.kring.ui.common;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left side of a register screen (cases, partners): title, search field with a "new" button, the list. */
public final class RegisterList {
    private RegisterList() {
    }

    /**
     * The search field bound to {@code query} and the button that starts a new entry; ids {@code <prefix>-search}
     * and {@code <prefix>-new}.
     */
    public static HBox searchBar(TextField search, String idPrefix, String prompt, String shortPrompt,
                                 StringProperty query, String newText, Runnable onNew) {
        search.setId(idPrefix + "-search");
        // the full prompt where it fits, else a shorter one (the full one in the tooltip), at least "Zoeken" (issue 13)
        Layouts.fittingPrompt(search, prompt, shortPrompt, I18n.t("search"));
        TextLimits.limit(search, 200, I18n.t("search"), null);
        search.textProperty().bindBidirectional(query);
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(newText);
        add.setId(idPrefix + "-new");
        add.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        add.setOnAction(e -> onNew.run());
        add.setMinWidth(Region.USE_PREF_SIZE); // the search field gives way, never the button's text
        HBox bar = new HBox(8, search, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The list column: a section title above the given parts. */
    public static VBox box(String title, Node... parts) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(8, heading);
        box.getChildren().addAll(parts);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("register-list");
        return box;
    }

    /** New, save and search by keyboard while {@code view} is shown. */
    public static void shortcuts(Node view, Runnable onNew, Runnable onSave, TextField search) {
        Shortcuts.whileShowing(view, KeyboardShortcut.NEW_ITEM, onNew);
        Shortcuts.whileShowing(view, KeyboardShortcut.SAVE, onSave);
        Shortcuts.whileShowing(view, KeyboardShortcut.SEARCH, () -> {
            search.requestFocus();
            search.selectAll();
        });
    }
}
