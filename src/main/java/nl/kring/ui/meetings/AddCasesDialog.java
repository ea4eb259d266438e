package nl.kring.ui.meetings;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.kring.domain.CaseFile;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** "Meerdere casussen…" (issue 13): tick the open cases to put on the agenda at once, in the list's order. */
final class AddCasesDialog {
    private AddCasesDialog() {
    }

    /** The cases ticked, in the order of {@code candidates}; empty when the chair cancels or ticks none. */
    static List<CaseFile> ask(Node owner, List<CaseFile> candidates, Predicate<CaseFile> mayGoOn) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("agenda.addMany"));
        dialog.setHeaderText(I18n.t("agenda.addManyHeader"));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setId("add-cases-dialog");
        List<CheckBox> boxes = candidates.stream().map(c -> {
            CheckBox box = new CheckBox(c.number() + " — " + c.client().displayName() + " (" + c.phase().label() + ")"
                    + (mayGoOn.test(c) ? "" : " — " + I18n.t("agenda.noFooting")));
            box.setId("add-case-" + c.number());
            box.setWrapText(true);
            return box;
        }).toList();
        VBox list = new VBox(4);
        list.getChildren().setAll(boxes);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(boxes.size(), 12) * Forms.em(1.9));
        VBox content = new VBox(8, Forms.hint(I18n.t("agenda.addManyHint")), scroll);
        content.setPrefWidth(Forms.em(34));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(I18n.t("agenda.add"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> boxes.stream().noneMatch(CheckBox::isSelected), boxes.stream().map(CheckBox::selectedProperty)
                        .toArray(Observable[]::new)));
        if (!boxes.isEmpty()) {
            Platform.runLater(boxes.getFirst()::requestFocus);
        }
        return dialog.showAndWait().filter(b -> b == ok).map(b -> {
            List<CaseFile> chosen = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).isSelected()) {
                    chosen.add(candidates.get(i));
                }
            }
            return chosen;
        }).orElse(List.of());
    }
}
