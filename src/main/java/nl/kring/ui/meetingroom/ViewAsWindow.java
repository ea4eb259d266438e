package nl.kring.ui.meetingroom;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kring.domain.ItemView;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.ScreenFit;

/**
 * "Bekijk als …": a window on the chair's screen with exactly what one attendee's role may see of the current item;
 * what the matrix hides is marked "niet zichtbaar voor Woningcorporatie". Follows the chair's navigation. Owned by
 * the meeting room, so it closes with it and on lock.
 */
final class ViewAsWindow {
    private final MeetingRoomViewModel vm;
    private final AttendeeRow row;
    private final Stage stage = new Stage();
    private final VBox content = new VBox(8);
    private final ChangeListener<ItemView> follow = (o, a, b) -> draw();

    ViewAsWindow(MeetingRoomViewModel vm, AttendeeRow row, Window owner) {
        this.vm = vm;
        this.row = row;
        if (owner != null) {
            stage.initOwner(owner);
        }
        Escape.closes(stage);
        stage.setTitle(I18n.t("room.viewAs.title", row.attendee().name()));
        Label who = new Label(I18n.t("room.viewAs.header", row.attendee().name(), row.partner().name(),
                RoleTexts.label(row.partner().role())));
        who.setId("view-as-header");
        who.getStyleClass().add("section-title");
        who.setWrapText(true);
        Label hint = new Label(I18n.t("room.viewAs.hint", RoleTexts.label(row.partner().role())));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        content.setId("view-as-content");
        content.setPadding(new Insets(8, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        Button close = new Button(I18n.t("room.close"));
        close.setId("view-as-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(scroll, new VBox(4, who, hint), null, bottom, null);
        root.setId("view-as");
        root.setPadding(new Insets(12, 16, 12, 16));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        Scene scene = new Scene(root, 780, 780);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            owner.getScene().getStylesheets().addListener((ListChangeListener<String>) c ->
                    scene.getStylesheets().setAll(owner.getScene().getStylesheets()));
        }
        stage.setScene(scene);
        ScreenFit.keepOnScreen(stage);
        vm.chairViewProperty().addListener(follow);
        stage.setOnHidden(e -> vm.chairViewProperty().removeListener(follow));
        draw();
    }

    private void draw() {
        var view = vm.viewAs(row.id());
        if (view.isEmpty()) {
            content.getChildren().setAll(new Label(I18n.t("agenda.empty")));
            return;
        }
        content.getChildren().setAll(new ItemViewPane(view.get().view(), ItemViewPane.Mode.ATTENDEE,
                RoleTexts.label(row.partner().role())));
    }

    String attendeeId() {
        return row.id();
    }

    void show() {
        stage.show();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void toFront() {
        stage.toFront();
    }

    void close() {
        stage.close();
    }
}
