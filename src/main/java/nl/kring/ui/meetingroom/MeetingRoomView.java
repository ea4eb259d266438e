package nl.kring.ui.meetingroom;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.Layouts;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.TextWithButtons;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chair's screen during the meeting: the agenda on the left, the current item in the middle (the chair's own,
 * full view), who is in the room on the right, and above them a warning naming anyone present who is not in the
 * kring of the item. The presentation window and "bekijk als" windows are opened from here and close with it.
 */
public final class MeetingRoomView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingRoomViewModel vm;
    private final Settings settings;
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ListView<AgendaItem> agenda = new ListView<>(items);
    private final ListView<AttendeeRow> attendees;
    private final StackPane current = new StackPane();
    private final VBox banner = new VBox(6);
    private final BooleanProperty presentationShowing = new SimpleBooleanProperty();
    private final List<ViewAsWindow> viewAsWindows = new ArrayList<>();
    private PresentationWindow presentation;
    private final SplitPane columns;
    /** The middle column's width from which the notes stand beside the item instead of under it. */
    static final double WIDE_ENOUGH_FOR_NOTES_BESIDE = 1000;
    private boolean selecting;

    public MeetingRoomView(MeetingRoomViewModel vm, Settings settings) {
        this.vm = vm;
        this.settings = settings;
        setId("meeting-room");
        getStyleClass().add("meeting-room");
        attendees = new ListView<>(vm.checkIn().attendees());

        columns = new SplitPane(agendaPane(), currentPane(), attendeePane());
        columns.setDividerPositions(0.2, 0.72);
        SplitPane.setResizableWithParent(columns.getItems().getFirst(), false);
        // a large font on a small screen: the columns keep their texts whole and scroll sideways on their own (the
        // bars and the banner above them keep the window's width), and keep a least height in em (issue 13)
        ScrollPane columnsScroll = Layouts.scrolling(columns);
        columnsScroll.getStyleClass().add("room-columns");
        VBox.setVgrow(columnsScroll, Priority.ALWAYS);
        Label message = new Label();
        message.setId("room-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("error");
        Layouts.wrapsWhole(message);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        message.setPadding(new Insets(4, 12, 6, 12));
        Label consentRule = new Label();
        consentRule.setId("room-consent-rule");
        consentRule.textProperty().bind(vm.consentRuleProperty());
        consentRule.getStyleClass().add("advice");
        Layouts.wrapsWhole(consentRule);
        consentRule.managedProperty().bind(consentRule.textProperty().isNotEmpty());
        consentRule.visibleProperty().bind(consentRule.managedProperty());
        consentRule.setPadding(new Insets(4, 12, 0, 12));
        // a large font on a small screen (issue 13): the whole room scrolls, its bars, the warning banner and its
        // columns, rather than squeezing the columns under a tall banner; the columns fill what is left when it fits
        VBox whole = new VBox(topBar(), banner, columnsScroll, proposalsPane(), consentRule, message);
        whole.setFillWidth(true);
        setCenter(Layouts.scrolling(whole));

        banner.setId("room-warning");
        banner.getStyleClass().add("warning-banner");
        vm.checkIn().outsiders().addListener((ListChangeListener<AttendeeRow>) c -> drawBanner());
        vm.presentation().stateProperty().addListener((o, a, b) -> drawBanner());
        drawBanner();

        vm.meetingProperty().addListener((o, a, b) -> showAgenda(b));
        vm.indexProperty().addListener((o, a, b) -> selectCurrent());
        vm.chairViewProperty().addListener((o, a, b) -> drawCurrent());
        // in or out of the kring, and who is present, change with the item: redraw the attendee cells
        vm.indexProperty().addListener((o, a, b) -> attendees.refresh());
        vm.checkIn().outsiders().addListener((ListChangeListener<AttendeeRow>) c -> attendees.refresh());
        drawCurrent();

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            }
        });
    }

    // ---- top ----

    private Node topBar() {
        Label title = new Label(I18n.t("room.title", Dates.fullFormat(vm.date())));
        title.setId("room-title");
        title.getStyleClass().add("section-title");
        Label place = new Label();
        place.getStyleClass().add("muted");
        place.textProperty().bind(Bindings.createStringBinding(() -> vm.meetingProperty().get() == null
                || vm.meetingProperty().get().location() == null ? "" : vm.meetingProperty().get().location(),
                vm.meetingProperty()));
        ToggleButton present = new ToggleButton();
        present.setId("room-presentation");
        present.textProperty().bind(Bindings.when(presentationShowing).then(I18n.t("room.presentation.close"))
                .otherwise(I18n.t("room.presentation.open")));
        present.selectedProperty().bindBidirectional(presentationShowing);
        present.setTooltip(new Tooltip(KeyboardShortcut.OPEN_PRESENTATION.label() + " ("
                + Shortcuts.text(KeyboardShortcut.OPEN_PRESENTATION) + ")"));
        presentationShowing.addListener((o, a, on) -> {
            if (on) {
                openPresentation();
            } else if (presentation != null) {
                presentation.close();
            }
        });
        Button fullScreen = new Button(I18n.t("room.presentation.fullScreen"));
        fullScreen.setId("room-fullscreen");
        fullScreen.disableProperty().bind(presentationShowing.not());
        fullScreen.setOnAction(e -> {
            if (presentation != null) {
                presentation.toggleFullScreen();
            }
        });
        ToggleButton blank = new ToggleButton(I18n.t("room.blank"));
        blank.setId("room-blank");
        blank.selectedProperty().bindBidirectional(vm.presentation().blankedProperty());
        blank.setTooltip(new Tooltip(KeyboardShortcut.BLANK_PRESENTATION.label() + " ("
                + Shortcuts.text(KeyboardShortcut.BLANK_PRESENTATION) + ")"));

        MenuButton viewAs = new MenuButton(I18n.t("room.viewAs"));
        viewAs.setId("room-view-as");
        viewAs.setOnShowing(e -> fillViewAsMenu(viewAs));
        viewAs.getItems().add(new MenuItem(I18n.t("list.loading")));
        viewAs.disableProperty().bind(vm.loadedProperty().not());

        Label screenLabel = new Label(I18n.t("room.presentation.label"));
        Label screen = new Label();
        screen.setId("room-presentation-status");
        screen.getStyleClass().add("presentation-status");
        screen.textProperty().bind(Bindings.createStringBinding(this::presentationStatus, vm.presentation().stateProperty(),
                presentationShowing));
        for (var b : List.of(present, fullScreen, blank, viewAs)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the title, the place and the presentation's status wrap between words: "Vergadering van donderdag 26 november
        // 2026" is 972 px at 200 %, wider than the room beside the presentation (LayoutAuditTest)
        for (Label l : List.of(title, place, screen)) {
            Layouts.wrapsWhole(l);
        }
        HBox.setHgrow(place, Priority.ALWAYS);
        HBox.setHgrow(screen, Priority.ALWAYS);
        screenLabel.setMinWidth(Region.USE_PREF_SIZE);

        // both bars wrap rather than cut their texts off (issue 13: the room beside the presentation)
        HBox bar = new HBox(12, title, place, viewAs);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("top-bar");
        HBox status = new HBox(8, screenLabel, screen);
        FlowPane buttons = new FlowPane(12, 6, present, fullScreen, blank);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox screenBar = new VBox(6, status, buttons);
        screenBar.setPadding(new Insets(5, 12, 5, 12));
        screenBar.getStyleClass().add("presentation-bar");
        return new VBox(bar, screenBar);
    }

    private String presentationStatus() {
        if (!presentationShowing.get()) {
            return I18n.t("room.status.closed");
        }
        return switch (vm.presentation().stateProperty().get()) {
            case PresentationState.Blank b -> I18n.t("room.status.blank");
            case PresentationState.Idle i -> I18n.t("room.status.idle");
            case PresentationState.Waiting w -> I18n.t("room.status.waiting");
            case PresentationState.Showing s -> I18n.t(s.outsidersAdmitted() ? "room.status.limited" : "room.status.showing",
                    s.view().caseNumber());
        };
    }

    private void fillViewAsMenu(MenuButton button) {
        Map<Partner, List<AttendeeRow>> byPartner = new LinkedHashMap<>();
        for (AttendeeRow r : vm.checkIn().everyone()) {
            byPartner.computeIfAbsent(r.partner(), p -> new ArrayList<>()).add(r);
        }
        List<MenuItem> menu = new ArrayList<>();
        for (var e : byPartner.entrySet()) {
            Menu sub = new Menu(e.getKey().name() + " (" + RoleTexts.label(e.getKey().role()) + ")");
            for (AttendeeRow r : e.getValue()) {
                MenuItem item = new MenuItem(r.attendee().name());
                item.setId("view-as-" + r.id());
                item.setOnAction(a -> viewAs(r));
                sub.getItems().add(item);
            }
            menu.add(sub);
        }
        button.getItems().setAll(menu);
    }

    // ---- warning banner ----

    private void drawBanner() {
        banner.getChildren().clear();
        List<AttendeeRow> out = List.copyOf(vm.checkIn().outsiders());
        banner.setVisible(!out.isEmpty());
        banner.setManaged(!out.isEmpty());
        if (out.isEmpty()) {
            return;
        }
        var groups = vm.checkIn().outsidersByPartner();
        for (var group : groups.values()) {
            Label text = new Label("⚠ " + vm.checkIn().outsiderWarning(group));
            text.getStyleClass().add("warning-text");
            text.setWrapText(true);
            Button leave = new Button(I18n.t("room.checkOut"));
            // one button per partner: ids of everyone it sends out
            leave.setId("room-check-out-" + group.stream().map(AttendeeRow::id).collect(Collectors.joining("-")));
            leave.setMinWidth(Region.USE_PREF_SIZE);
            leave.setOnAction(e -> group.forEach(r -> vm.checkIn().checkOut(r.id())));
            // the buttons beside the text, or under it where the text would be squeezed (issue 13: 200 %)
            banner.getChildren().add(new TextWithButtons(12, text, leave));
        }
        boolean overridden = vm.presentation().overridden();
        Label hint = new Label(I18n.t(overridden ? "room.override.active" : "room.override.hint"));
        hint.setId("room-override-state");
        hint.setWrapText(true);
        Button show = new Button(I18n.t("room.override"));
        show.setId("room-override");
        show.setDisable(overridden);
        show.setOnAction(e -> askOverride());
        TextWithButtons line = new TextWithButtons(12, hint, show);
        if (groups.size() > 1) {
            Button all = new Button(I18n.t("room.checkOutAll"));
            all.setId("room-check-out-all");
            all.setMinWidth(Region.USE_PREF_SIZE);
            all.setOnAction(e -> out.forEach(r -> vm.checkIn().checkOut(r.id())));
            line.buttons().getChildren().add(all);
        }
        banner.getChildren().add(line);
    }

    private void askOverride() {
        OverrideDialog.ask(this, vm.currentCaseNumber(), vm.checkIn().outsiders().stream().map(AttendeeRow::label).toList())
                .ifPresent(reason -> vm.override(reason).ifPresent(vm.messageProperty()::set));
    }

    // ---- agenda ----

    private Node agendaPane() {
        Label title = new Label(I18n.t("agenda.title"));
        title.getStyleClass().add("form-section");
        agenda.setId("room-agenda");
        agenda.setPlaceholder(new Label(I18n.t("agenda.empty")));
        agenda.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label head = new Label(startOf(getIndex()) + "  " + item.caseNumber() + "  " + vm.clientName(item.caseNumber()));
                head.getStyleClass().add("agenda-line");
                head.setMinWidth(0);
                head.setWrapText(true); // the client's name on a next line rather than cut off (issue 13)
                head.setMaxWidth(Region.USE_PREF_SIZE);
                head.prefWidthProperty().bind(agenda.widthProperty().subtract(40));
                Label kring = new Label(vm.kring(item.caseNumber()).stream().map(Partner::name)
                        .collect(Collectors.joining(", ")));
                kring.getStyleClass().addAll("muted", "agenda-kring");
                kring.setWrapText(true);
                kring.setMaxWidth(Region.USE_PREF_SIZE);
                kring.prefWidthProperty().bind(agenda.widthProperty().subtract(40));
                setText(null);
                setGraphic(new VBox(2, head, kring));
            }
        });
        agenda.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!selecting && b.intValue() >= 0) {
                vm.go(b.intValue());
            }
        });
        Button previous = new Button(I18n.t("room.previous"));
        previous.setId("room-previous");
        previous.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.PREVIOUS_ITEM)));
        previous.setOnAction(e -> vm.previous());
        previous.disableProperty().bind(vm.indexProperty().lessThanOrEqualTo(0));
        Button next = new Button(I18n.t("room.next"));
        next.setId("room-next");
        next.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.NEXT_ITEM)));
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.indexProperty().get() >= items.size() - 1,
                vm.indexProperty(), items));
        Layouts.whole(previous, next);
        HBox nav = new HBox(8, previous, next);
        previous.setMaxWidth(Double.MAX_VALUE);
        next.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(previous, Priority.ALWAYS);
        HBox.setHgrow(next, Priority.ALWAYS);
        VBox.setVgrow(agenda, Priority.ALWAYS);
        // issue 15: the last item has no "next": the chair asks for its proposed notes here
        Button finish = new Button(I18n.t("room.proposals.finish"));
        finish.setId("room-finish-item");
        finish.setMaxWidth(Double.MAX_VALUE);
        finish.setWrapText(true);
        finish.setMinHeight(Region.USE_PREF_SIZE);
        finish.setOnAction(e -> vm.finishItem());
        VBox box = new VBox(8, title, agenda, nav, finish);
        box.setPadding(new Insets(8, 8, 8, 12));
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("room-agenda-column"); // its width in em: it grows with the font
        return box;
    }

    private String startOf(int i) {
        Meeting m = vm.meetingProperty().get();
        if (m == null || i < 0 || i >= m.items().size()) {
            return "";
        }
        LocalTime t = m.start();
        for (int k = 0; k < i; k++) {
            t = t.plusMinutes(m.items().get(k).durationMinutes());
        }
        return TIME.format(t);
    }

    private void showAgenda(Meeting m) {
        List<AgendaItem> now = m == null ? List.of() : m.items();
        if (!now.equals(items)) {
            selecting = true;
            items.setAll(now);
            selecting = false;
        }
        selectCurrent();
    }

    private void selectCurrent() {
        selecting = true;
        int i = vm.indexProperty().get();
        if (i >= 0 && i < items.size()) {
            agenda.getSelectionModel().clearAndSelect(i);
            agenda.scrollTo(Math.max(0, i - 2));
        } else {
            agenda.getSelectionModel().clearSelection();
        }
        selecting = false;
    }

    // ---- current item ----

    private Node currentPane() {
        current.setId("room-current");
        ScrollPane scroll = new ScrollPane(current);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }

    private void drawCurrent() {
        var view = vm.chairViewProperty().get();
        if (view == null) {
            Label none = new Label(vm.loadedProperty().get() ? I18n.t("agenda.empty") : I18n.t("list.loading"));
            none.getStyleClass().add("muted");
            current.getChildren().setAll(none);
            return;
        }
        Label position = new Label(I18n.t("room.position", vm.indexProperty().get() + 1, items.size())
                + "  ·  " + startOf(vm.indexProperty().get()));
        position.getStyleClass().add("muted");
        Label chairOnly = new Label(I18n.t("room.chairOnly"));
        chairOnly.getStyleClass().add("form-hint");
        chairOnly.setWrapText(true);
        VBox box = new VBox(8, position, new ItemViewPane(view, ItemViewPane.Mode.CHAIR, I18n.t("room.chair")), chairOnly);
        box.setPadding(new Insets(12, 16, 16, 16));
        current.getChildren().setAll(box);
    }

    /**
     * Puts the chair's notes beside the current item (issue 13): the item and the notes share the middle column, the
     * divider between them movable.
     */
    public void showNotes(Node notes) {
        Node item = columns.getItems().get(1);
        if (item instanceof SplitPane both && both.getId() != null && both.getId().equals("room-item-notes")) {
            both.getItems().set(1, notes);
            return;
        }
        SplitPane both = new SplitPane(item, notes);
        both.setId("room-item-notes");
        both.setDividerPositions(0.45);
        // side by side where both are readable; on a laptop screen the notes go under the item, at full width
        both.widthProperty().addListener((o, a, w) -> {
            var want = w.doubleValue() >= WIDE_ENOUGH_FOR_NOTES_BESIDE ? Orientation.HORIZONTAL
                    : Orientation.VERTICAL;
            if (both.getOrientation() != want) {
                both.setOrientation(want);
                both.setDividerPositions(want == Orientation.HORIZONTAL ? 0.45 : 0.4);
            }
        });
        double[] at = columns.getDividerPositions();
        columns.getItems().set(1, both);
        columns.setDividerPositions(at);
    }

    // ---- proposed disclosure notes (issue 15) ----

    /** The notes Kring proposes after an item: one line each, the why editable, recorded or dropped by the chair. */
    private Node proposalsPane() {
        Label title = new Label(I18n.t("room.proposals.title"));
        title.getStyleClass().add("form-section");
        Label hint = new Label(I18n.t("room.proposals.hint"));
        hint.getStyleClass().add("form-hint");
        Layouts.wrapsWhole(hint); // whole in the scrolling room, not cut to a line (issue 13)
        VBox rows = new VBox(4);
        rows.setId("room-proposals");
        Runnable draw = () -> {
            rows.getChildren().clear();
            int n = 0;
            for (ProposalRow r : vm.notes().proposals()) {
                rows.getChildren().add(proposalLine(r, n++));
            }
        };
        vm.notes().proposals().addListener((ListChangeListener<ProposalRow>) c -> draw.run());
        draw.run();
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(200);
        scroll.setPrefViewportHeight(120);
        VBox box = new VBox(4, title, hint, scroll);
        box.setId("room-proposals-pane");
        box.setPadding(new Insets(6, 12, 6, 12));
        box.managedProperty().bind(Bindings.isNotEmpty(vm.notes().proposals()));
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    private Node proposalLine(ProposalRow r, int n) {
        Label what = new Label(I18n.t("room.proposal.line", r.caseNumber(), r.recipientName(), r.categoryLabel())
                + (r.override() ? " · " + I18n.t("room.proposal.override") : ""));
        what.setMinWidth(Region.USE_PREF_SIZE);
        TextField why = new TextField();
        why.setId("room-proposal-why-" + n);
        why.setAccessibleText(I18n.t("room.proposal.why"));
        why.setPromptText(I18n.t("room.proposal.why"));
        why.textProperty().bindBidirectional(r.whyProperty());
        // the edited reason is kept in the vault when the chair leaves the field (the proposal survives the room)
        why.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                vm.notes().keepWhy(r);
            }
        });
        HBox.setHgrow(why, Priority.ALWAYS);
        Button record = new Button(I18n.t("room.proposal.confirm"));
        record.setId("room-proposal-confirm-" + n);
        record.setOnAction(e -> vm.notes().confirm(r).ifPresent(vm.messageProperty()::set));
        Button drop = new Button(I18n.t("room.proposal.drop"));
        drop.setId("room-proposal-drop-" + n);
        drop.setOnAction(e -> vm.notes().drop(r));
        record.setMinWidth(Region.USE_PREF_SIZE);
        drop.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, what, why, record, drop);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    // ---- attendees ----

    private Node attendeePane() {
        Label title = new Label(I18n.t("room.attendees"));
        title.getStyleClass().add("form-section");
        Label hint = new Label(I18n.t("room.attendeesHint", Shortcuts.text(KeyboardShortcut.CHECK_IN)));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        attendees.setId("room-attendees");
        attendees.setCellFactory(l -> new AttendeeCell());
        CheckBox all = new CheckBox(I18n.t("room.showEveryone"));
        all.setId("room-show-everyone");
        all.selectedProperty().bindBidirectional(vm.checkIn().showEveryoneProperty());
        all.setWrapText(true);
        all.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("room.presentCount",
                vm.checkIn().everyone().stream().filter(AttendeeRow::isPresent).count()), vm.checkIn().attendees(), vm.checkIn().outsiders(),
                vm.presentation().stateProperty()));
        VBox.setVgrow(attendees, Priority.ALWAYS);
        VBox box = new VBox(8, title, hint, count, attendees, all);
        box.setPadding(new Insets(8, 12, 8, 8));
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("room-attendee-column"); // its width in em: it grows with the font
        return box;
    }

    /** One attendee: check-in toggle, name and partner, expected times, in or out of the kring, bekijk als. */
    private final class AttendeeCell extends ListCell<AttendeeRow> {
        private final CheckBox present = new CheckBox();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label kring = new Label();
        private final Button viewAs = new Button(I18n.t("room.viewAsShort"));
        private final HBox box;
        private AttendeeRow bound;

        AttendeeCell() {
            name.getStyleClass().add("attendee-name");
            detail.getStyleClass().add("muted");
            detail.setWrapText(true);
            kring.getStyleClass().add("attendee-kring");
            viewAs.getStyleClass().add("small-button");
            viewAs.setOnAction(e -> {
                if (bound != null) {
                    viewAs(bound);
                }
            });
            VBox text = new VBox(1, name, detail, kring);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
            viewAs.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            kring.setMinWidth(0);
            kring.setWrapText(true);
            box = new HBox(8, present, text, viewAs);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(AttendeeRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                present.selectedProperty().unbindBidirectional(bound.presentProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = item;
            present.selectedProperty().bindBidirectional(item.presentProperty());
            present.setId("present-" + item.id());
            present.setAccessibleText(I18n.t("room.checkInOf", item.attendee().name()));
            viewAs.setId("view-as-button-" + item.id());
            name.setText(item.attendee().name());
            String times = item.scheduleProperty().get();
            detail.setText(item.partner().name() + " · " + RoleTexts.label(item.partner().role())
                    + (times.isEmpty() ? "" : "\n" + I18n.t("room.expected", times)));
            boolean inKring = item.inKringProperty().get();
            kring.setText(vm.currentCaseNumber() == null ? "" : I18n.t(inKring ? "room.inKring" : "room.notInKring",
                    vm.currentCaseNumber()));
            kring.getStyleClass().removeAll("in-kring", "not-in-kring", "muted");
            // red only for someone in the room who should not be; for the others it is just information
            kring.getStyleClass().add(inKring ? "in-kring" : item.isPresent() ? "not-in-kring" : "muted");
            pseudoClassStateChanged(PseudoClass.getPseudoClass("outsider"), item.isPresent() && !inKring);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            // the cell's height is asked without a width: the wrapping texts are told theirs, so no line is cut off
            var textWidth = Bindings.createDoubleBinding(() -> Math.max(0, box.getPrefWidth() - present.getWidth()
                    - viewAs.getWidth() - 2 * box.getSpacing()), box.prefWidthProperty(), present.widthProperty(),
                    viewAs.widthProperty());
            detail.prefWidthProperty().bind(textWidth);
            kring.prefWidthProperty().bind(textWidth);
            setText(null);
            setGraphic(box);
        }
    }

    // ---- windows ----

    private void openPresentation() {
        if (presentation == null || !presentation.isShowing()) {
            presentation = new PresentationWindow(vm, settings, getScene() == null ? null : getScene().getWindow());
            presentation.stage().showingProperty().addListener((o, a, b) -> {
                if (!b) {
                    presentationShowing.set(false);
                }
            });
        }
        presentation.show();
        if (getScene() != null && getScene().getWindow() != null && PresentationWindow.secondScreen(getScene().getWindow()) != null) {
            // keep the keyboard on the chair's screen
            ((Stage) getScene().getWindow()).toFront();
        }
    }

    public void togglePresentation() {
        presentationShowing.set(!presentationShowing.get());
    }

    public PresentationWindow presentation() {
        return presentation;
    }

    void viewAs(AttendeeRow row) {
        viewAsWindows.removeIf(w -> !w.isShowing());
        for (ViewAsWindow w : viewAsWindows) {
            if (w.attendeeId().equals(row.id())) {
                w.toFront();
                return;
            }
        }
        ViewAsWindow w = new ViewAsWindow(vm, row, getScene() == null ? null : getScene().getWindow());
        viewAsWindows.add(w);
        w.show();
    }

    /** Closes the presentation and every "bekijk als" window. */
    public void closeWindows() {
        if (presentation != null) {
            presentation.close();
        }
        viewAsWindows.forEach(ViewAsWindow::close);
        viewAsWindows.clear();
    }

    private void key(KeyEvent e) {
        if (MeetingRoomKeys.handle(e, vm)) {
            e.consume();
        } else if (KeyboardShortcut.OPEN_PRESENTATION.combination().match(e)) {
            togglePresentation();
            e.consume();
        } else if (KeyboardShortcut.CHECK_IN.combination().match(e)) {
            AttendeeRow r = attendees.getSelectionModel().getSelectedItem();
            if (r != null) {
                r.presentProperty().set(!r.isPresent());
            }
            e.consume();
        }
    }

    public MeetingRoomViewModel viewModel() {
        return vm;
    }
}
