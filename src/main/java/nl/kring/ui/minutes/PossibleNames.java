package nl.kring.ui.minutes;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.TextLimits;

/**
 * A possible name still to be judged, as a list cell with the chair's four answers (not a person, [persoon],
 * [melder], relative of …). One class for the minutes screen and the meeting room, so a name is judged the same way in both.
 */
final class PossibleNames {
    private PossibleNames() {
    }

    /** A cell for a list of {@link SuspectRow}s; dialogs it opens belong to {@code owner}'s window. */
    static ListCell<SuspectRow> cell(MinutesViewModel vm, Node owner) {
        return new ListCell<>() {
            @Override
            protected void updateItem(SuspectRow s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(s.text() + (s.count() > 1 ? "  ×" + s.count() : ""));
                text.getStyleClass().add("suspect-text");
                text.setWrapText(true);
                Label where = new Label((s.caseNumber().isEmpty() ? I18n.t("minutes.suspectWhere.meeting")
                        : I18n.t("minutes.suspectWhere", s.caseNumber())) + " · " + s.reason());
                where.getStyleClass().add("muted");
                where.setWrapText(true);
                Button dismiss = new Button(I18n.t("minutes.dismiss"));
                dismiss.setTooltip(new Tooltip(I18n.t("minutes.dismissHint")));
                dismiss.setOnAction(e -> vm.names().dismiss(s));
                dismiss.getStyleClass().add("suspect-dismiss");
                Button person = new Button(I18n.t("minutes.marker.person"));
                person.setTooltip(new Tooltip(I18n.t("minutes.personHint")));
                person.setOnAction(e -> vm.names().confirmPerson(s));
                person.getStyleClass().add("suspect-person");
                Button melder = new Button(I18n.t("minutes.marker.melder"));
                melder.setTooltip(new Tooltip(I18n.t("minutes.melderHint")));
                melder.setOnAction(e -> vm.names().confirmMelder(s));
                melder.getStyleClass().add("suspect-melder");
                Button relative = new Button(I18n.t("minutes.relative"));
                relative.setTooltip(new Tooltip(I18n.t("minutes.relativeHint")));
                relative.setOnAction(e -> askRelative(vm, owner, s));
                relative.getStyleClass().add("suspect-relative");
                FlowPane actions = new FlowPane(6, 4, dismiss, person, melder, relative);
                VBox box = new VBox(3, text, where, actions);
                box.setPrefWidth(0);
                box.setMaxWidth(Double.MAX_VALUE);
                setText(null);
                setGraphic(box);
                setPrefWidth(0);
            }
        };
    }

    /**
     * The chair's judgements of the meeting's possible names (issue 13), each with "Terugnemen"; Delete on a chosen row
     * takes it back too. Taking back opens the name again: underlined, counted, blocking the export until judged again.
     */
    static ListView<JudgedRow> judgedList(MinutesViewModel vm, String id) {
        ListView<JudgedRow> list = new ListView<>(vm.names().judged());
        list.setId(id);
        list.setCellFactory(l -> judgedCell(vm));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            JudgedRow chosen = list.getSelectionModel().getSelectedItem();
            if (KeyboardShortcut.TAKE_BACK.combination().match(e) && chosen != null) {
                int at = list.getSelectionModel().getSelectedIndex();
                vm.names().takeBack(chosen);
                if (!list.getItems().isEmpty()) {
                    list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
                }
                e.consume();
            }
        });
        return list;
    }

    /** What a judgement reads in the list: "Geen persoon" for a dismissal, else the marker every output reads. */
    static String judgedAs(JudgedRow r) {
        return r.kind() == SuspectDecisionRepository.Kind.DISMISSED || r.marker() == null ? I18n.t("minutes.dismiss")
                : r.marker();
    }

    private static ListCell<JudgedRow> judgedCell(MinutesViewModel vm) {
        return new ListCell<>() {
            @Override
            protected void updateItem(JudgedRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(r.text());
                text.getStyleClass().add("judged-text");
                text.setWrapText(true);
                Label as = new Label(I18n.t("minutes.judgedAs", judgedAs(r)));
                as.getStyleClass().add("muted");
                as.setWrapText(true);
                Button back = new Button(I18n.t("minutes.takeBack"));
                back.getStyleClass().add("judged-take-back");
                back.setMinWidth(Region.USE_PREF_SIZE);
                back.setTooltip(new Tooltip(I18n.t("minutes.takeBackHint", Shortcuts.text(KeyboardShortcut.TAKE_BACK))));
                back.setAccessibleText(I18n.t("minutes.takeBack") + ": " + r.text());
                back.setOnAction(e -> vm.names().takeBack(r));
                VBox box = new VBox(3, text, as, new FlowPane(6, 4, back));
                box.setPrefWidth(0);
                box.setMaxWidth(Double.MAX_VALUE);
                setText(null);
                setGraphic(box);
                setPrefWidth(0);
            }
        };
    }

    static void askRelative(MinutesViewModel vm, Node owner, SuspectRow s) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("minutes.relative"));
        dialog.setHeaderText(I18n.t("minutes.relativeHeader", s.text()));
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ComboBox<ItemModel> caseBox = new ComboBox<>();
        caseBox.setId("relative-case");
        caseBox.getItems().setAll(vm.agenda());
        caseBox.setConverter(Forms.labels(i -> i.caseNumber()
                + (vm.showNamesProperty().get() && !i.clientName().isEmpty() ? " — " + i.clientName() : "")));
        caseBox.getItems().stream().filter(i -> i.caseNumber().equals(s.caseNumber())).findFirst().ifPresent(caseBox::setValue);
        TextField relation = new TextField();
        relation.setId("relative-relation");
        relation.setPromptText(I18n.t("minutes.relationPrompt"));
        TextLimits.limit(relation, 100, I18n.t("minutes.relation"), null);
        ToggleGroup how = new ToggleGroup();
        RadioButton marker = new RadioButton();
        marker.setToggleGroup(how);
        marker.setSelected(true);
        marker.setWrapText(true);
        RadioButton add = new RadioButton(I18n.t("minutes.relativeAdd", PossibleNamesReview.personName(s.text())));
        add.setToggleGroup(how);
        add.setWrapText(true);
        marker.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("minutes.relativeMarker",
                caseBox.getValue() == null || relation.getText().isBlank() ? "[… van cliënt …]"
                        : PossibleNamesReview.relativeMarker(relation.getText(), caseBox.getValue().caseNumber())),
                caseBox.valueProperty(), relation.textProperty()));
        GridPane g = Forms.grid();
        Forms.row(g, I18n.t("minutes.relativeCase"), caseBox, true);
        Forms.row(g, I18n.t("minutes.relation"), relation, true);
        VBox content = new VBox(8, g, marker, add);
        content.setPrefWidth(Forms.em(34));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(I18n.t("minutes.relativeOk"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(caseBox.valueProperty().isNull().or(relation.textProperty().isEmpty()));
        Platform.runLater(relation::requestFocus);
        dialog.showAndWait().filter(b -> b == ok).ifPresent(b ->
                vm.names().confirmRelative(s, caseBox.getValue().caseNumber(), relation.getText(), add.isSelected()));
    }
}
