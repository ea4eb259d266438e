package nl.kring.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SelectionModel;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Opens what the chair selects in a list, but asks first when the open form has unsaved changes. The question is
 * asked after the click has been handled (never inside the selection event: a dialog there lets the list finish its
 * own click afterwards, which selected the row again and asked a second time).
 */
public final class SelectionGuard<T> {
    private final SelectionModel<T> selection;
    private boolean quiet;

    public SelectionGuard(SelectionModel<T> selection, Node owner, FormState form, Predicate<T> alreadyOpen,
                          Consumer<T> open) {
        this.selection = selection;
        selection.selectedItemProperty().addListener((o, was, now) -> {
            if (quiet || now == null || alreadyOpen.test(now)) {
                return;
            }
            if (!form.dirtyProperty().get()) {
                open.accept(now);
                return;
            }
            Platform.runLater(() -> {
                select(was);
                if (Dialogs.discardChanges(owner, form)) {
                    select(now);
                    open.accept(now);
                }
            });
        });
    }

    /** Changes the selection without opening anything (after a reload, or for a new item). */
    public void select(T item) {
        quietly(() -> {
            if (item == null) {
                selection.clearSelection();
            } else {
                selection.select(item);
            }
        });
    }

    public void quietly(Runnable r) {
        boolean before = quiet;
        quiet = true;
        try {
            r.run();
        } finally {
            quiet = before;
        }
    }
}
