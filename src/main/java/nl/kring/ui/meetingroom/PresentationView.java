package nl.kring.ui.meetingroom;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.kring.domain.HiddenReason;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Layouts;

/**
 * The projector's content: the current item as everyone present may see it, a wait screen while someone present is
 * not in its kring, or nothing at all when blanked. Read-only: labels only, nothing takes focus or input.
 */
public final class PresentationView extends StackPane {
    private final MeetingRoomViewModel vm;

    public PresentationView(MeetingRoomViewModel vm) {
        this.vm = vm;
        setId("presentation-view");
        getStyleClass().add("presentation-root");
        setFocusTraversable(false);
        vm.presentation().stateProperty().addListener((o, a, b) -> draw(b));
        draw(vm.presentation().stateProperty().get());
    }

    private void draw(PresentationState state) {
        getStyleClass().remove("blank");
        switch (state) {
            case PresentationState.Blank b -> {
                getStyleClass().add("blank");
                getChildren().clear();
            }
            case PresentationState.Idle i -> {
                Label title = new Label(I18n.t("room.presentation.title"));
                title.getStyleClass().add("presentation-title");
                Label date = new Label(Dates.longFormat(i.date()));
                date.getStyleClass().add("presentation-subtitle");
                center(title, date);
            }
            case PresentationState.Waiting w -> {
                Label wait = new Label(I18n.t(w.reason() == HiddenReason.NOBODY_PRESENT
                        ? "room.presentation.nobody" : "room.presentation.wait"));
                wait.setId("presentation-wait");
                wait.getStyleClass().add("presentation-wait");
                center(wait);
            }
            case PresentationState.Showing s -> {
                ItemViewPane pane = new ItemViewPane(s.view(), ItemViewPane.Mode.PRESENTATION, I18n.t("room.everyone"));
                ScrollPane scroll = new ScrollPane(pane);
                scroll.setFitToWidth(true);
                scroll.setFocusTraversable(false);
                // only in a window too narrow for the item (beside the room on one screen): sideways rather than cut
                // off (issue 13); full screen on a projector it never shows
                scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
                // no scroll bar on the projector; the chair can still scroll with the wheel over it
                scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                scroll.getStyleClass().add("presentation-scroll");
                Label position = new Label(I18n.t("room.position", s.position(), s.total()));
                position.getStyleClass().add("muted");
                BorderPane frame = new BorderPane(scroll);
                if (s.outsidersAdmitted()) {
                    Label limited = new Label(I18n.t("room.presentation.limited"));
                    limited.setId("presentation-limited");
                    limited.getStyleClass().add("presentation-limited");
                    limited.setWrapText(true);
                    frame.setTop(limited);
                }
                frame.setBottom(position);
                BorderPane.setAlignment(position, Pos.CENTER_RIGHT);
                frame.setPadding(new Insets(0, 0, 8, 0));
                getChildren().setAll(frame);
            }
        }
    }

    /**
     * The labels in the middle of the window, each wrapped between words at its full height; where the window is too
     * small for them (200 % display scale, 227×142 beside the room: "Ev…") the middle scrolls rather than cuts.
     */
    private void center(Label... labels) {
        for (Label label : labels) {
            Layouts.wrapsWhole(label);
            label.setTextAlignment(TextAlignment.CENTER);
        }
        VBox box = new VBox(24, labels);
        box.setAlignment(Pos.CENTER);
        // a margin in the type's size, not fixed pixels: 48 px on each side left that window no room for the text
        box.getStyleClass().add("presentation-centre");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("presentation-scroll");
        getChildren().setAll(scroll);
    }

    MeetingRoomViewModel viewModel() {
        return vm;
    }
}
