package nl.kring.ui.meetingroom;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;

import java.util.List;

/**
 * The optimiser controls under the agenda ("Volgorde voorstellen", the live "bezoeken: N", accept and undo) and the
 * per-partner schedule. {@code onAccept} saves the meeting.
 */
public final class AgendaPlanView extends VBox {

    public AgendaPlanView(AgendaPlanViewModel<?> vm, Runnable onAccept) {
        setSpacing(6);
        getStyleClass().add("agenda-plan");

        Button propose = new Button(I18n.t("plan.propose"));
        propose.setId("agenda-optimize");
        propose.setTooltip(new Tooltip(I18n.t("plan.proposeHint")));
        propose.setOnAction(e -> vm.propose());
        Label visits = new Label();
        visits.setId("agenda-visits");
        visits.getStyleClass().add("visits-count");
        visits.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("plan.visits", vm.visitsProperty().get()),
                vm.visitsProperty()));
        visits.setTooltip(new Tooltip(I18n.t("plan.visitsHint")));
        Label message = new Label();
        message.setId("agenda-plan-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Button accept = new Button(I18n.t("plan.accept"));
        accept.setId("agenda-accept");
        accept.getStyleClass().add("accent-button");
        accept.setOnAction(e -> {
            vm.accept();
            onAccept.run();
        });
        Button undo = new Button(I18n.t("plan.undo"));
        undo.setId("agenda-undo");
        undo.setOnAction(e -> vm.undo());
        for (Button b : List.of(accept, undo)) {
            b.visibleProperty().bind(vm.proposalProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        for (Region r : List.of(propose, visits, accept, undo)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        accept.setTooltip(new Tooltip(I18n.t("plan.acceptHint")));
        HBox bar = new HBox(10, propose, visits, accept, undo);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<AgendaPlanViewModel.ScheduleRow> table = new TableView<>(vm.schedule());
        table.setId("agenda-schedule");
        table.setPlaceholder(new Label(I18n.t("agenda.empty")));
        TableColumn<AgendaPlanViewModel.ScheduleRow, String> partner = new TableColumn<>(I18n.t("plan.partner"));
        partner.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().partner()));
        TableColumn<AgendaPlanViewModel.ScheduleRow, String> times = new TableColumn<>(I18n.t("plan.times"));
        times.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().times()));
        times.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        TableColumn<AgendaPlanViewModel.ScheduleRow, Integer> count = new TableColumn<>(I18n.t("plan.visitsColumn"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().visits()));
        List.of(partner, times, count).forEach(c -> c.setSortable(false));
        table.getColumns().setAll(List.of(partner, times, count));
        Forms.widths(table, 16, 20, 6);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(-1);
        table.setPrefHeight(Forms.em(14));
        table.setMinHeight(Region.USE_PREF_SIZE);
        TitledPane schedule = new TitledPane(I18n.t("plan.schedule"), table);
        schedule.setId("agenda-schedule-pane");
        schedule.setExpanded(false);
        getChildren().addAll(bar, message, schedule);
    }
}
