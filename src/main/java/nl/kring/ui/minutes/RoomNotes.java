package nl.kring.ui.minutes;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.service.Services;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.Layouts;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;

/**
 * The minutes of the item under discussion, in the meeting-room window beside the item (issue 13): the same paragraph
 * editors, live recognition and judging of possible names as the minutes screen, over a {@link MinutesViewModel} of
 * its own for the meeting. Saved through the meeting service when the chair moves to another item, presses Ctrl+S or
 * "Opslaan", and when the room closes (also at the lock, before the vault closes).
 */
public final class RoomNotes extends VBox implements AutoCloseable {
    private final MinutesViewModel vm;
    private final LocalDate date;
    private final VBox body = new VBox(8);
    private final FilteredList<SuspectRow> open;
    private ParagraphList shown;
    /** The case the room shows: selected as soon as the minutes are loaded. */
    private String wanted;

    public RoomNotes(TaskExecutor executor, Services services, LocalDate date) {
        super(6);
        this.date = date;
        this.vm = new MinutesViewModel(executor, services, LocalDate::now);
        setId("room-notes");
        getStyleClass().add("room-notes");
        setPadding(new Insets(8, 12, 8, 12));

        Label title = new Label(I18n.t("room.notes.title"));
        title.getStyleClass().add("form-section");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = Forms.hint(I18n.t("room.notes.hint"));
        body.setFillWidth(true);
        body.getStyleClass().add("form-content");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.setId("room-notes-scroll");
        Forms.keepFocusVisible(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        // the possible names of this item, judged here as on the minutes screen
        open = new FilteredList<>(vm.names().suspects(), s -> false);
        Label namesTitle = new Label(I18n.t("minutes.suspects"));
        namesTitle.getStyleClass().add("form-section");
        ListView<SuspectRow> names = new ListView<>(open);
        names.setId("room-notes-suspects");
        names.setCellFactory(l -> PossibleNames.cell(vm, this));
        names.setPrefHeight(Forms.em(7));
        names.setMinHeight(Forms.em(5));
        VBox namesBox = new VBox(4, namesTitle, names);
        namesBox.managedProperty().bind(Bindings.isNotEmpty(open));
        namesBox.visibleProperty().bind(namesBox.managedProperty());

        Label status = new Label();
        status.setId("room-notes-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> !vm.messageProperty().get().isEmpty()
                ? vm.messageProperty().get() : vm.dirtyProperty().get() ? I18n.t("room.notes.unsaved") : vm.statusProperty().get(),
                vm.messageProperty(), vm.dirtyProperty(), vm.statusProperty()));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE); // narrow beside the presentation: wraps between words (issue 13)
        Layouts.wordsWhole(status);
        Button save = new Button(I18n.t("form.save"));
        save.setId("room-notes-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.SAVE)));
        save.disableProperty().bind(vm.validProperty().not().or(vm.busyProperty()).or(vm.dirtyProperty().not()));
        save.setOnAction(e -> save());
        // the add button stays in sight below the notes, however long they are
        Button add = new Button(I18n.t("minutes.addParagraph"));
        add.setId("room-notes-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        add.setOnAction(e -> addParagraph());
        add.disableProperty().bind(vm.selectedProperty().isNull());
        HBox footer = new HBox(8, add, status, save);
        footer.setAlignment(Pos.CENTER_LEFT);

        getChildren().setAll(title, hint, scroll, namesBox, footer);

        vm.selectedProperty().addListener((o, a, b) -> show(b));
        vm.names().suspects().addListener((ListChangeListener<SuspectRow>) c -> filter());
        Shortcuts.whileShowing(this, KeyboardShortcut.SAVE, this::save);
        Shortcuts.whileShowing(this, KeyboardShortcut.NEW_ITEM, this::addParagraph);
        Shortcuts.whileShowing(this, KeyboardShortcut.MOVE_UP, () -> moveFocused(-1));
        Shortcuts.whileShowing(this, KeyboardShortcut.MOVE_DOWN, () -> moveFocused(1));
        show(null);
        vm.open(date);
    }

    public MinutesViewModel viewModel() {
        return vm;
    }

    public LocalDate date() {
        return date;
    }

    /** Shows the notes of the item about {@code caseNumber}; unsaved notes of the item left are saved first. */
    public void showCase(String caseNumber) {
        if (caseNumber != null && caseNumber.equals(wanted)) {
            return;
        }
        save();
        wanted = caseNumber;
        select();
    }

    /** Saves the notes when they changed (nothing happens when they did not, or cannot be saved as they are). */
    public void save() {
        if (vm.dirtyProperty().get()) {
            vm.save();
        }
    }

    /** Reads the minutes again, unless notes typed here are not saved yet (another screen saved this meeting). */
    public void reloadIfClean() {
        if (!vm.dirtyProperty().get()) {
            vm.open(date);
        }
    }

    private void select() {
        if (wanted != null) {
            vm.preferCase(wanted);
        }
    }

    private void show(ItemModel item) {
        if (shown != null) {
            shown.dispose();
            shown = null;
        }
        filter();
        if (item == null) {
            Label none = new Label(I18n.t("list.loading"));
            none.getStyleClass().add("muted");
            body.getChildren().setAll(none);
            return;
        }
        ParagraphList paragraphs = new ParagraphList(vm, item);
        paragraphs.setId("room-notes-paragraphs");
        shown = paragraphs;
        Label noParagraphs = Forms.hint(I18n.t("minutes.noParagraphs", Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        noParagraphs.visibleProperty().bind(Bindings.isEmpty(item.paragraphs()));
        noParagraphs.managedProperty().bind(noParagraphs.visibleProperty());
        Label heading = new Label(I18n.t("room.notes.item", item.caseNumber()));
        heading.setId("room-notes-item");
        heading.getStyleClass().add("muted");
        body.getChildren().setAll(heading, noParagraphs, paragraphs);
    }

    private void filter() {
        ItemModel item = vm.selectedProperty().get();
        String number = item == null ? null : item.caseNumber();
        open.setPredicate(s -> s.caseNumber().equals(number));
    }

    private void addParagraph() {
        if (shown != null) {
            shown.addAndFocus();
        }
    }

    private void moveFocused(int delta) {
        if (shown != null) {
            shown.moveFocused(delta);
        }
    }

    /** Stops the recognition thread (the room is closed). */
    @Override
    public void close() {
        vm.close();
    }
}
