package nl.kring.ui.meetings;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.Navigator;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Dialogs;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.Layouts;
import nl.kring.ui.common.PdfPreview;
import nl.kring.ui.common.Printing;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.common.SelectionGuard;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.common.WrappingCell;
import nl.kring.ui.meetingroom.AgendaPlanView;
import nl.kring.ui.meetingroom.AgendaPlanViewModel;
import nl.kring.ui.meetingroom.MeetingRoomWindow;
import org.controlsfx.validation.ValidationSupport;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Meetings: the dates on the left; the chosen meeting with its agenda on the right. */
public final class MeetingsView extends SplitPane implements ClearsOnLock {
    private final MeetingsViewModel vm;
    private final AppContext context;
    /** Opens the minutes editor of the chosen meeting (the workspace). */
    private final Navigator navigator;
    private final Services services;
    private final AgendaPlanViewModel<AgendaRow> plan;
    private MeetingRoomWindow room;
    private final ListView<LocalDate> list = new ListView<>();
    private final TableView<AgendaRow> agenda = new TableView<>();
    private SelectionGuard<LocalDate> guard;

    public MeetingsView(AppContext context, Services services, Navigator navigator) {
        this.navigator = navigator;
        this.vm = new MeetingsViewModel(context.executor(), services, LocalDate::now);
        this.context = context;
        this.services = services;
        this.plan = new AgendaPlanViewModel<>(context.executor(), vm.items(), AgendaRow::caseNumber, AgendaRow::kring,
                r -> r.durationProperty().get(),
                Bindings.createObjectBinding(() -> MeetingsViewModel.parseTime(vm.startProperty().get()), vm.startProperty()));
        plan.trackDirty(vm.dirtyProperty());
        vm.setOnPartners(plan::setPartners);
        getStyleClass().add("register-view");
        setId("meetings-view");
        getItems().addAll(buildList(), buildForm());
        setDividerPositions(0.18); // the dates need little room; the agenda's columns more (issue 13)
        SplitPane.setResizableWithParent(getItems().getFirst(), false);
        Shortcuts.whileShowing(this, KeyboardShortcut.NEW_ITEM, this::newMeeting);
        Shortcuts.whileShowing(this, KeyboardShortcut.SAVE, vm::save);
        Shortcuts.whileShowing(this, KeyboardShortcut.MOVE_UP, () -> move(-1));
        Shortcuts.whileShowing(this, KeyboardShortcut.MOVE_DOWN, () -> move(1));
        Shortcuts.whileShowing(this, KeyboardShortcut.OPEN_MINUTES, () -> openMinutes());
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.refresh(null);
            }
        });
    }

    private VBox buildList() {
        Label title = new Label(I18n.t("meetings.title"));
        title.getStyleClass().add("section-title");
        Button add = new Button(I18n.t("meetings.new"));
        add.setId("meeting-new");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        add.setOnAction(e -> newMeeting());
        list.setId("meeting-list");
        list.setItems(vm.dates());
        list.setPlaceholder(new Label(I18n.t("meetings.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : Dates.longFormat(d));
                getStyleClass().remove("past");
                if (!empty && d != null && d.isBefore(LocalDate.now())) {
                    getStyleClass().add("past");
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        guard = new SelectionGuard<>(list.getSelectionModel(), this, vm, d -> d.equals(vm.currentProperty().get()), vm::open);
        vm.currentProperty().addListener((o, a, b) -> selectInList(b));
        vm.dates().addListener((ListChangeListener<LocalDate>) c -> selectInList(vm.currentProperty().get()));
        VBox box = new VBox(8, title, add, list);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("register-list");
        return box;
    }

    private void selectInList(LocalDate d) {
        guard.select(d);
    }

    private StackPane buildForm() {
        Label heading = new Label();
        heading.setId("meeting-heading");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.currentProperty().get() == null ? ""
                : I18n.t("meeting.title", Dates.fullFormat(vm.currentProperty().get())), vm.currentProperty()));

        GridPane grid = Forms.grid();
        TextField location = Forms.text("meeting-location", vm.locationProperty(), TextLimits.NAME, I18n.t("meeting.location"), vm.noticeProperty());
        location.setMaxWidth(Forms.em(30));
        Forms.row(grid, I18n.t("meeting.location"), location, false);
        TextField start = Forms.text("meeting-start", vm.startProperty(), 5, I18n.t("meeting.start"), vm.noticeProperty());
        start.setPrefColumnCount(5);
        start.setMaxWidth(Region.USE_PREF_SIZE);
        start.setPromptText("09:00");
        Forms.row(grid, I18n.t("meeting.start"), start, true);
        ValidationSupport support = Forms.validationFor(vm);
        Forms.decorate(support, start, MeetingsViewModel.F_START, vm);
        Forms.decorationsFollowScene(support);

        agenda.setId("agenda-table");
        agenda.setItems(vm.items());
        // no fixed row height: a long kring wraps onto as many lines as it needs (issue 13, LayoutAuditTest)
        agenda.setPlaceholder(new Label(I18n.t("agenda.empty")));
        TableColumn<AgendaRow, String> time = new TableColumn<>(I18n.t("agenda.time"));
        time.setCellValueFactory(c -> c.getValue().startProperty());
        TableColumn<AgendaRow, String> number = new TableColumn<>(I18n.t("cases.col.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseNumber()));
        TableColumn<AgendaRow, String> client = new TableColumn<>(I18n.t("case.client"));
        client.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().clientName()));
        TableColumn<AgendaRow, String> kring = new TableColumn<>(I18n.t("agenda.kring"));
        // issue 13: the partners' short names on one line (a full name each wrapped a row onto three lines, so only
        // two or three items showed at 1366×768); the full names in the tooltip. Still wraps when even that is too long.
        kring.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kringShortText()));
        kring.setCellFactory(c -> new WrappingCell<>() {
            {
                getStyleClass().add("kring-cell");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AgendaRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(row.kringTooltip()));
            }
        });
        TableColumn<AgendaRow, String> evaluation = new TableColumn<>(I18n.t("agenda.evaluation"));
        evaluation.setCellValueFactory(c -> c.getValue().evaluationProperty());
        // wraps rather than cuts "⚠ te laat: 24-11-2…" where the font is wider than 12 em allows (issue 13, seen
        // under Xvfb at 1366×768)
        evaluation.setCellFactory(c -> new WrappingCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AgendaRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null || item == null || item.isEmpty() ? null
                        : new Tooltip(I18n.t("agenda.evaluation.tooltip", row.evaluationDueText())));
                getStyleClass().remove("error");
                if (!empty && item != null && item.startsWith(AgendaRow.OVERDUE_MARK)) {
                    getStyleClass().add("error");
                }
            }
        });
        evaluation.setSortable(false);
        TableColumn<AgendaRow, AgendaRow> duration = new TableColumn<>(I18n.t("agenda.duration"));
        duration.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        duration.setCellFactory(c -> new DurationCell());
        duration.setSortable(false);
        List.of(time, number, client, kring).forEach(c -> c.setSortable(false));
        TableColumn<AgendaRow, String> consentRule = new TableColumn<>(I18n.t("agenda.consent"));
        consentRule.setId("agenda-consent-column");
        // issue 13: the rule in brief ("14 jaar · ⚠ ontbreekt: cliënt, ouder"), wrapped when needed; the whole rule
        // in the tooltip (the sentence made a minor's row five lines tall, so fewer items showed at 1366×768)
        consentRule.setCellValueFactory(c -> c.getValue().consentBriefProperty());
        consentRule.setCellFactory(c -> new WrappingCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AgendaRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String rule = row == null ? "" : row.consentRuleProperty().get();
                setTooltip(rule.isEmpty() ? null : new Tooltip(rule));
            }
        });
        consentRule.setSortable(false);
        agenda.setRowFactory(t -> dragRow());
        agenda.getColumns().setAll(List.of(time, number, client, kring, evaluation, consentRule, duration));
        Forms.widths(agenda, 4, 6, 11, 18, 12, 10); // issue 13: a name and a kring of five on one line at 1366
        evaluation.setMinWidth(Forms.em(12)); // "⚠ te laat: 01-12-2026" whole
        number.setMinWidth(Forms.em(6));
        duration.setMinWidth(Forms.em(6.5));
        VBox.setVgrow(agenda, Priority.ALWAYS);

        Button up = new Button(I18n.t("agenda.up"));
        up.setId("agenda-up");
        up.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.MOVE_UP)));
        up.setOnAction(e -> move(-1));
        Button down = new Button(I18n.t("agenda.down"));
        down.setId("agenda-down");
        down.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.MOVE_DOWN)));
        down.setOnAction(e -> move(1));
        Button remove = new Button(I18n.t("agenda.remove"));
        remove.setId("agenda-remove");
        remove.setOnAction(e -> removeSelected());
        var none = agenda.getSelectionModel().selectedItemProperty().isNull();
        up.disableProperty().bind(none);
        down.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        FlowPane moveBar = Layouts.buttonRow(up, down, remove);

        ComboBox<CaseFile> candidates = new ComboBox<>(vm.candidates());
        candidates.setId("agenda-candidates");
        candidates.setPromptText(I18n.t("agenda.choose"));
        candidates.setVisibleRowCount(14);
        candidates.setMaxWidth(Double.MAX_VALUE);
        candidates.setConverter(Forms.labels(c -> c.number() + " — " + c.client().displayName() + " (" + c.phase().label() + ")"
                + (vm.mayGoOn(c) ? "" : " — " + I18n.t("agenda.noFooting"))));
        // (a cleared ComboBox forgets its prompt text; this cell shows it again)
        ListCell<CaseFile> shown = new ListCell<>() {
            @Override
            protected void updateItem(CaseFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? candidates.getPromptText() : candidates.getConverter().toString(item));
            }
        };
        candidates.setButtonCell(shown);
        Layouts.textWhole(candidates, shown, candidates::getPromptText); // issue 13: "Kies een open casus…" was "…" at 200 %
        HBox.setHgrow(candidates, Priority.ALWAYS);
        Button addCase = new Button(I18n.t("agenda.add"));
        addCase.setId("agenda-add");
        addCase.disableProperty().bind(candidates.valueProperty().isNull());
        addCase.setOnAction(e -> {
            if (vm.addCase(candidates.getValue()).isEmpty()) {
                candidates.setValue(null);
                agenda.getSelectionModel().selectLast();
            }
        });
        Button addMany = new Button(I18n.t("agenda.addMany"));
        addMany.setId("agenda-add-many");
        addMany.setTooltip(new Tooltip(I18n.t("agenda.addManyHint")));
        addMany.disableProperty().bind(Bindings.isEmpty(vm.candidates()));
        addMany.setMinWidth(Region.USE_PREF_SIZE);
        addMany.setOnAction(e -> {
            List<CaseFile> chosen = AddCasesDialog.ask(this, List.copyOf(vm.candidates()), vm::mayGoOn);
            if (!chosen.isEmpty()) {
                vm.addCases(chosen);
                agenda.getSelectionModel().selectLast();
            }
        });
        addCase.setMinWidth(Region.USE_PREF_SIZE);
        HBox addBar = new HBox(8, candidates, addCase, addMany);
        addBar.setAlignment(Pos.CENTER_LEFT);
        Label refusal = new Label();
        refusal.setId("agenda-refusal");
        refusal.getStyleClass().add("error");
        refusal.setWrapText(true);
        refusal.textProperty().bind(vm.refusalProperty());
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        Label agendaHint = Forms.hint(I18n.t("agenda.hint"));
        agendaHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, heading, grid, Forms.section(I18n.t("agenda.title")), agendaHint,
                addBar, refusal, agenda, moveBar, new AgendaPlanView(plan, vm::save));
        content.getStyleClass().add("form-content");
        content.setFillWidth(true);

        Button save = new Button(I18n.t("form.save"));
        save.setId("meeting-save");
        save.getStyleClass().add("accent-button");
        save.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.SAVE)));
        save.disableProperty().bind(vm.validProperty().not().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Button minutes = new Button(I18n.t("meeting.minutes"));
        minutes.setId("meeting-minutes");
        minutes.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.OPEN_MINUTES)));
        minutes.disableProperty().bind(vm.currentProperty().isNull());
        minutes.setOnAction(e -> openMinutes());
        Button lead = new Button(I18n.t("room.lead"));
        lead.setId("meeting-lead");
        lead.setTooltip(new Tooltip(I18n.t("room.leadHint")));
        lead.disableProperty().bind(vm.dirtyProperty().or(vm.busyProperty()));
        lead.setOnAction(e -> leadMeeting());
        Button invite = new Button(I18n.t("invite.button"));
        invite.setId("meeting-invite");
        invite.setTooltip(new Tooltip(I18n.t("invite.hint")));
        invite.disableProperty().bind(vm.dirtyProperty().or(vm.busyProperty()).or(vm.currentProperty().isNull()));
        invite.setOnAction(e -> invite());
        Button print = new Button(I18n.t("print.button"));
        print.setId("meeting-print");
        print.setTooltip(new Tooltip(I18n.t("print.hint")));
        print.disableProperty().bind(vm.currentProperty().isNull().or(Bindings.isEmpty(vm.items())));
        print.setOnAction(e -> vm.printed(Printing.print(this, AgendaPrint.build(vm.currentProperty().get(),
                vm.locationProperty().get(), MeetingsViewModel.parseTime(vm.startProperty().get()) == null
                        ? Meeting.DEFAULT_START : MeetingsViewModel.parseTime(vm.startProperty().get()),
                List.copyOf(vm.items())))));
        // a large font: the meeting scrolls above the buttons, which stay in sight (issue 13)
        BorderPane form = new BorderPane(Layouts.scrolling(content));
        form.setBottom(Forms.footer(vm, vm.messageProperty(), vm.messageIsErrorProperty(), "meeting", print, invite, minutes, lead, save));
        form.visibleProperty().bind(vm.currentProperty().isNotNull());

        Label placeholder = new Label(I18n.t("meetings.choose", Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(vm.currentProperty().isNull());
        StackPane pane = new StackPane(placeholder, form);
        pane.getStyleClass().add("register-form");
        StackPane layer = Forms.decorationLayer(pane);
        layer.setMinWidth(0);
        return layer;
    }

    /** "Uitnodigingen maken…": ask for drafts, choose a folder, write the pack, open the folder. */
    private void invite() {
        Optional<Boolean> mail = InviteDialog.ask(this, window -> vm.previewInvitations(sections ->
                PdfPreview.show(window, I18n.t("preview.window", I18n.t("preview.invitationsWindow")),
                        I18n.t("preview.invitations", PdfPreview.pageCount(sections)), sections, null)));
        if (mail.isEmpty()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("invite.choose"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            vm.invite(dir.toPath(), mail.get(), folder -> Printing.open(context, folder));
        }
    }

    /** Shows the meeting on {@code date} (from the start screen); asks first when unsaved changes would go. */
    public void open(LocalDate date) {
        if (date == null || date.equals(vm.currentProperty().get()) && vm.dirtyProperty().get()) {
            return;
        }
        if (!Dialogs.discardChanges(this, vm)) {
            return;
        }
        vm.refresh(date);
    }

    /** The minutes of the chosen meeting (the editor reads the stored agenda). */
    private void openMinutes() {
        LocalDate d = vm.currentProperty().get();
        if (d != null) {
            navigator.openMinutes(d);
        }
    }

    /** "Vergadering leiden": the meeting room for the chosen meeting, in its own window. */
    private void leadMeeting() {
        LocalDate date = vm.currentProperty().get();
        if (date == null) {
            return;
        }
        if (room == null || !room.isShowing()) {
            room = MeetingRoomWindow.showing(context).orElse(null); // reopened after an unlock
        }
        if (room != null && room.isShowing()) {
            if (room.date().equals(date)) {
                room.toFront();
                return;
            }
            room.close();
        }
        room = MeetingRoomWindow.open(context, services, date);
    }

    /** The agenda row being dragged, until it is dropped. */
    private AgendaRow dragged;

    private void move(int delta) {
        AgendaRow row = agenda.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        int at = vm.move(row, delta);
        agenda.getSelectionModel().clearAndSelect(at);
        agenda.scrollTo(Math.max(0, at - 2));
        agenda.requestFocus();
    }

    /**
     * An agenda row that can be dragged onto another row to take its place (issue 13; Alt+↑/↓ and the buttons stay).
     * A press-drag-release inside the window: no clipboard, nothing leaves the application.
     */
    private TableRow<AgendaRow> dragRow() {
        TableRow<AgendaRow> row = new TableRow<>();
        PseudoClass target = PseudoClass.getPseudoClass("drop-target");
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                dragged = row.getItem();
                row.startFullDrag();
                e.consume();
            }
        });
        row.setOnMouseDragEntered(e -> row.pseudoClassStateChanged(target, dragged != null && !row.isEmpty()));
        row.setOnMouseDragExited(e -> row.pseudoClassStateChanged(target, false));
        row.setOnMouseDragReleased(e -> {
            row.pseudoClassStateChanged(target, false);
            AgendaRow moving = dragged;
            dragged = null;
            if (moving != null) {
                int at = vm.moveTo(moving, row.isEmpty() ? vm.items().size() - 1 : row.getIndex());
                agenda.getSelectionModel().clearAndSelect(at);
            }
            e.consume();
        });
        return row;
    }

    private void removeSelected() {
        AgendaRow row = agenda.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (row.hasRecords() && !row.hasDisclosures() && !Dialogs.confirm(this, I18n.t("agenda.removeHeader", row.caseNumber()),
                I18n.t("agenda.removeText"), I18n.t("agenda.remove"))) {
            return;
        }
        vm.remove(row);
    }

    private void newMeeting() {
        if (!Dialogs.discardChanges(this, vm)) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("meetings.new"));
        dialog.setHeaderText(I18n.t("meeting.newHeader"));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        DateInput date = new DateInput();
        date.field().setId("new-meeting-date");
        date.textProperty().set(Dates.format(vm.proposedDate()));
        TextField location = new TextField(vm.proposedLocation());
        location.setId("new-meeting-location");
        TextLimits.limit(location, TextLimits.NAME, I18n.t("meeting.location"), null);
        TextField start = new TextField(vm.proposedStart());
        start.setId("new-meeting-start");
        start.setPrefColumnCount(5);
        start.setMaxWidth(Region.USE_PREF_SIZE);
        TextLimits.limit(start, 5, I18n.t("meeting.start"), null);
        Label error = new Label();
        error.setId("new-meeting-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        GridPane g = Forms.grid();
        Forms.row(g, I18n.t("meeting.date"), date, true);
        Forms.row(g, I18n.t("meeting.location"), location, false);
        Forms.row(g, I18n.t("meeting.start"), start, true);
        g.add(error, 1, g.getRowCount());
        // a recurring meeting: the open items of the last meeting come along, those the chair leaves ticked (issue 13)
        List<CheckBox> carry = vm.carryOverCandidates().stream().map(c -> {
            CheckBox box = new CheckBox(c.number() + " — " + c.client().displayName() + (vm.mayGoOn(c) ? ""
                    : " — " + I18n.t("agenda.noFooting")));
            box.setId("carry-" + c.number());
            box.setUserData(c.number());
            box.setSelected(true);
            return box;
        }).toList();
        VBox content = new VBox(8, g);
        if (!carry.isEmpty()) {
            Label carryTitle = new Label(I18n.t("meeting.carry.title", Dates.format(vm.previousDate())));
            carryTitle.getStyleClass().add("form-section");
            VBox boxes = new VBox(4);
            boxes.getChildren().setAll(carry);
            ScrollPane carryScroll = new ScrollPane(boxes);
            carryScroll.setFitToWidth(true);
            carryScroll.setPrefViewportHeight(Math.min(carry.size(), 8) * Forms.em(1.9));
            content.getChildren().addAll(carryTitle, Forms.hint(I18n.t("meeting.carry.hint")), carryScroll);
        }
        content.setPrefWidth(Forms.em(34));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(I18n.t("meetings.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Runnable check = () -> {
            var problem = vm.checkNew(date.textProperty().get(), start.getText());
            error.setText(problem.orElse(""));
            dialog.getDialogPane().lookupButton(ok).setDisable(problem.isPresent());
        };
        date.textProperty().addListener((o, a, b) -> check.run());
        start.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        Platform.runLater(() -> date.field().requestFocus());
        dialog.showAndWait().filter(b -> b == ok)
                .ifPresent(b -> vm.create(date.textProperty().get(), location.getText(), start.getText(),
                        carry.stream().filter(CheckBox::isSelected).map(c -> (String) c.getUserData()).toList()));
    }

    @Override
    public void clearOnLock() {
        vm.clear();
        layout(); // let bound labels and lists catch up with the emptied view model
        Scrub.texts(this);
    }

    /** The minutes reserved for an item, as a spinner in the table. */
    private static final class DurationCell extends TableCell<AgendaRow, AgendaRow> {
        private final Spinner<Integer> spinner = new Spinner<>();
        private AgendaRow row;

        DurationCell() {
            spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 240, 10, 5));
            spinner.setEditable(true);
            spinner.getEditor().setPrefColumnCount(3);
            spinner.setPrefWidth(Forms.em(5.5));
            spinner.setMinWidth(Region.USE_PREF_SIZE);
            spinner.setAccessibleText(I18n.t("agenda.duration"));
            spinner.valueProperty().addListener((o, a, b) -> {
                if (row != null && b != null) {
                    row.durationProperty().set(b);
                }
            });
        }

        @Override
        protected void updateItem(AgendaRow item, boolean empty) {
            super.updateItem(item, empty);
            row = null;
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            spinner.getValueFactory().setValue(item.durationProperty().get());
            spinner.setId("duration-" + item.caseNumber());
            row = item;
            setGraphic(spinner);
        }
    }
}
