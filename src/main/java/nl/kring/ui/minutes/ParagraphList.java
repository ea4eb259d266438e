package nl.kring.ui.minutes;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import nl.kring.ui.common.Dialogs;
import nl.kring.ui.common.I18n;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paragraphs of one agenda item, each in its {@link ParagraphEditor}, following the item's list (added, moved,
 * removed). One class for the minutes screen and the meeting room, so both edit the same way.
 */
final class ParagraphList extends VBox {
    private final MinutesViewModel vm;
    private final ItemModel item;
    private final Map<ParagraphModel, ParagraphEditor> editors = new IdentityHashMap<>();
    private final ListChangeListener<ParagraphModel> onParagraphs = c -> fill();

    ParagraphList(MinutesViewModel vm, ItemModel item) {
        super(10);
        this.vm = vm;
        this.item = item;
        item.paragraphs().addListener(onParagraphs);
        fill();
    }

    private void fill() {
        var list = item.paragraphs();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ParagraphModel p = list.get(i);
            ParagraphEditor ed = editors.get(p);
            if (ed == null) {
                ed = new ParagraphEditor(p, vm.showNamesProperty(), "paragraph-" + item.caseNumber() + "-" + i,
                        () -> move(p, -1), () -> move(p, 1), () -> remove(p),
                        len -> vm.notice().info(I18n.t("minutes.pasted", MinutesViewModel.megabytes(len))));
                ed.onUndoJudgement(vm.names()::undoLast);
                editors.put(p, ed);
            }
            nodes.add(ed);
        }
        editors.keySet().retainAll(list);
        getChildren().setAll(nodes);
    }

    /** Stops following the item (another item is shown). */
    void dispose() {
        item.paragraphs().removeListener(onParagraphs);
    }

    ItemModel item() {
        return item;
    }

    /** Adds an empty paragraph at the end and puts the caret in it. */
    ParagraphModel addAndFocus() {
        ParagraphModel p = vm.addParagraph(item, null);
        focusLater(p);
        return p;
    }

    private void focusLater(ParagraphModel p) {
        Platform.runLater(() -> {
            ParagraphEditor ed = editors.get(p);
            if (ed != null) {
                ed.area().requestFocus();
            }
        });
    }

    void move(ParagraphModel p, int delta) {
        vm.moveParagraph(item, p, delta);
        if (editors.containsKey(p)) {
            focusLater(p);
        }
    }

    /** Moves the paragraph whose text has the focus, if any. */
    void moveFocused(int delta) {
        if (getScene() == null) {
            return;
        }
        editors.values().stream().filter(ed -> ed.area().isFocused()).findFirst().ifPresent(ed -> move(ed.model(), delta));
    }

    private void remove(ParagraphModel p) {
        if (!p.text().isBlank() && !Dialogs.confirm(this, I18n.t("minutes.removeHeader"), I18n.t("minutes.removeText"),
                I18n.t("minutes.paragraph.remove"))) {
            return;
        }
        vm.removeParagraph(item, p);
    }
}
