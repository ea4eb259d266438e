package nl.kring.ui.minutes;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.PartnerRef;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Dialogs;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.disclosures.DisclosureSection;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The minutes of a meeting: the agenda on the left, the chosen item's paragraphs and decisions in the middle, the
 * possible names still to be judged on the right; saving and "Verslagen maken…" at the bottom.
 */
public final class MinutesView extends BorderPane implements ClearsOnLock {
    private static final Logger LOG = Logger.getLogger(MinutesView.class.getName());

    private final AppContext context;
    private final Services services;
    private final MinutesViewModel vm;
    private final ComboBox<LocalDate> meetings = new ComboBox<>();
    private final ListView<ItemModel> itemList = new ListView<>();
    private final VBox itemPane = new VBox(8);
    private final ListView<SuspectRow> suspectList = new ListView<>();
    /** The paragraphs of the item on show (null while none is). */
    private ParagraphList shownParagraphs;
    private final Label heading = new Label();
    /** Reads the minutes again after the meeting room's notes saved them. */
    private final ChangeListener<AppContext.MinutesChange> otherSave;
    /** Reads the judgements again after the meeting room's notes judged a possible name of the same meeting. */
    private final ChangeListener<AppContext.MinutesChange> otherJudgement;
    private boolean reverting;

    public MinutesView(AppContext context, Services services) {
        this.context = context;
        this.services = services;
        this.vm = new MinutesViewModel(context.executor(), services, LocalDate::now);
        context.unsavedMinutesProperty().bind(vm.dirtyProperty());
        // the meeting room's notes and this screen edit the same minutes: each reads the other's save (issue 13)
        vm.setOnSaved(d -> context.minutesSaved(d, vm));
        otherSave = (o, a, saved) -> {
            if (saved != null && saved.by() != vm && saved.date().equals(vm.currentProperty().get())) {
                if (vm.dirtyProperty().get()) {
                    vm.notice().info(I18n.t("minutes.savedElsewhere"));
                } else {
                    vm.open(saved.date());
                }
            }
        };
        context.minutesSavedProperty().addListener(otherSave);
        vm.setOnJudged(d -> context.judged(d, vm));
        otherJudgement = (o, a, j) -> {
            if (j != null && j.by() != vm) {
                vm.judgedElsewhere(j.date());
            }
        };
        context.judgedProperty().addListener(otherJudgement);
        setId("minutes-view");
        heading.setId("minutes-item-heading");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        getStyleClass().add("minutes-view");
        setTop(buildTop());
        SplitPane split = new SplitPane(buildItemList(), buildItemPane(), buildSuspects());
        split.setDividerPositions(0.19, 0.74);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        setCenter(split);
        setBottom(buildBottom());
        vm.selectedProperty().addListener((o, a, b) -> showItem(b));
        vm.showNamesProperty().addListener((o, a, b) -> {
            itemList.refresh();
            heading.setText(headingText(vm.selectedProperty().get()));
        });
        Shortcuts.whileShowing(this, KeyboardShortcut.SAVE, vm::save);
        Shortcuts.whileShowing(this, KeyboardShortcut.NEW_ITEM, this::addParagraph);
        Shortcuts.whileShowing(this, KeyboardShortcut.MOVE_UP, () -> moveFocused(-1));
        Shortcuts.whileShowing(this, KeyboardShortcut.MOVE_DOWN, () -> moveFocused(1));
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.refresh(null);
            }
        });
    }

    /** At the lock (called by the workspace): the model drops what it read, the item pane and every text go. */
    @Override
    public void clearOnLock() {
        context.minutesSavedProperty().removeListener(otherSave); // the application's context keeps no locked screen
        context.judgedProperty().removeListener(otherJudgement);
        vm.clear();
        layout();
        Scrub.texts(this);
        Scrub.texts(heading); // off the screen once no item is shown
    }

    public MinutesViewModel viewModel() {
        return vm;
    }

    /** Shows the minutes of the meeting on {@code date} (asks first when unsaved minutes of another meeting would go). */
    public void open(LocalDate date) {
        if (date == null) {
            return;
        }
        if (date.equals(vm.currentProperty().get())) {
            if (!vm.dirtyProperty().get()) {
                vm.open(date); // the agenda may have changed on the meeting screen
            }
            return;
        }
        if (!Dialogs.discardChanges(this, vm)) {
            return;
        }
        vm.refresh(date);
    }

    // ---- top: meeting, names, help

    private Node buildTop() {
        Label title = new Label(I18n.t("minutes.title"));
        title.getStyleClass().add("section-title");
        meetings.setId("minutes-meeting");
        meetings.setItems(vm.dates());
        meetings.setPromptText(I18n.t("minutes.chooseMeeting"));
        meetings.setConverter(Forms.labels(Dates::longFormat));
        meetings.setAccessibleText(I18n.t("minutes.chooseMeeting"));
        vm.currentProperty().addListener((o, a, b) -> {
            reverting = true;
            meetings.setValue(b);
            reverting = false;
        });
        meetings.valueProperty().addListener((o, a, b) -> {
            if (reverting || b == null || b.equals(vm.currentProperty().get())) {
                return;
            }
            if (!Dialogs.discardChanges(this, vm)) {
                reverting = true;
                meetings.setValue(a);
                reverting = false;
                return;
            }
            vm.open(b);
        });
        CheckBox names = new CheckBox(I18n.t("minutes.showNames"));
        names.setId("minutes-show-names");
        names.selectedProperty().bindBidirectional(vm.showNamesProperty());
        names.setTooltip(new Tooltip(I18n.t("minutes.showNamesHint")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, meetings, spacer, names);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label help = Forms.hint(I18n.t("minutes.help"));
        help.setId("minutes-help");
        VBox top = new VBox(6, bar, help);
        top.setPadding(new Insets(10, 16, 8, 16));
        top.getStyleClass().add("minutes-top");
        return top;
    }

    // ---- left: the agenda

    private Node buildItemList() {
        Label head = new Label(I18n.t("minutes.agenda"));
        head.getStyleClass().add("form-section");
        itemList.setId("minutes-items");
        itemList.setItems(vm.items());
        Label noItems = new Label(I18n.t("minutes.noItems"));
        noItems.setWrapText(true);
        itemList.setPlaceholder(noItems);
        itemList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ItemModel item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label number = new Label(item.caseNumber());
                number.getStyleClass().add("item-number");
                VBox box = new VBox(1, number);
                if (vm.showNamesProperty().get() && !item.clientName().isEmpty()) {
                    Label name = new Label(item.clientName());
                    name.getStyleClass().add("muted");
                    box.getChildren().add(name);
                }
                long open = vm.names().suspectsOf(item).size();
                if (open > 0) {
                    Label badge = new Label(I18n.t("minutes.itemOpen", open));
                    badge.getStyleClass().add("suspect-badge");
                    box.getChildren().add(badge);
                }
                setText(null);
                setGraphic(box);
            }
        });
        vm.names().suspects().addListener((ListChangeListener<SuspectRow>) c -> itemList.refresh());
        itemList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> itemList.getSelectionModel().select(b));
        VBox.setVgrow(itemList, Priority.ALWAYS);
        VBox box = new VBox(6, head, itemList);
        box.setPadding(new Insets(8));
        box.setMinWidth(Forms.em(11));
        return box;
    }

    // ---- middle: the chosen item

    private Node buildItemPane() {
        itemPane.getStyleClass().add("form-content");
        itemPane.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(itemPane);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.setId("minutes-scroll");
        Forms.keepFocusVisible(scroll);
        Label placeholder = new Label(I18n.t("minutes.choose"));
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(24));
        placeholder.visibleProperty().bind(vm.selectedProperty().isNull());
        scroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
        StackPane pane = new StackPane(placeholder, scroll);
        pane.setAlignment(Pos.TOP_LEFT);
        return pane;
    }

    private void showItem(ItemModel item) {
        if (itemPane.getProperties().remove("cleanup") instanceof Runnable cleanup) {
            cleanup.run();
        }
        itemPane.getChildren().clear();
        shownParagraphs = null;
        if (item == null) {
            return;
        }
        heading.setText(headingText(item));
        String kring = item.kring().stream().map(PartnerRef::name).reduce((a, b) -> a + ", " + b).orElse("—");
        Label kringLabel = Forms.hint(I18n.t("minutes.kring", kring));

        ParagraphList paragraphs = new ParagraphList(vm, item);
        paragraphs.setId("minutes-paragraphs");
        shownParagraphs = paragraphs;
        Label noParagraphs = Forms.hint(I18n.t("minutes.noParagraphs", Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        noParagraphs.visibleProperty().bind(Bindings.isEmpty(item.paragraphs()));
        noParagraphs.managedProperty().bind(noParagraphs.visibleProperty());
        Button addP = new Button(I18n.t("minutes.addParagraph"));
        addP.setId("minutes-add-paragraph");
        addP.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        addP.setOnAction(e -> addParagraph());

        GridPane decisions = new GridPane();
        decisions.getStyleClass().add("row-editor-grid");
        ColumnConstraints actionCol = new ColumnConstraints();
        actionCol.setHgrow(Priority.ALWAYS);
        actionCol.setMinWidth(Forms.em(12));
        ColumnConstraints ownerCol = new ColumnConstraints();
        ownerCol.setPrefWidth(Forms.em(15));
        ColumnConstraints dueCol = new ColumnConstraints();
        dueCol.setMinWidth(Region.USE_PREF_SIZE);
        decisions.getColumnConstraints().setAll(actionCol, ownerCol, dueCol, new ColumnConstraints());
        decisions.setId("minutes-decisions");
        Runnable fillDecisions = () -> fillDecisions(decisions, item);
        ListChangeListener<DecisionModel> onDecisions = c -> fillDecisions.run();
        item.decisions().addListener(onDecisions);
        fillDecisions.run();
        Button addD = new Button(I18n.t("minutes.addDecision"));
        addD.setId("minutes-add-decision");
        addD.setOnAction(e -> {
            DecisionModel d = vm.addDecision(item);
            Platform.runLater(() -> decisions.lookupAll(".decision-action").stream()
                    .reduce((a, b) -> b).ifPresent(Node::requestFocus));
        });

        // disclosure notes of this item, recorded at once (they do not wait for Save: each is its own legal record)
        DisclosureSection disclosures = new DisclosureSection(context.executor(), services,
                vm.currentProperty().get());
        disclosures.caseNumberProperty().set(item.caseNumber());
        itemPane.getChildren().setAll(heading, kringLabel, Forms.section(I18n.t("minutes.paragraphs")), noParagraphs,
                paragraphs, addP, Forms.section(I18n.t("minutes.decisions")), Forms.hint(I18n.t("minutes.decisionsHint")),
                decisions, addD, disclosures);
        // the listeners go with the item pane: the next item replaces them
        itemPane.getProperties().put("cleanup", (Runnable) () -> {
            paragraphs.dispose();
            item.decisions().removeListener(onDecisions);
            disclosures.clear();
        });
    }

    private String headingText(ItemModel item) {
        if (item == null) {
            return "";
        }
        return item.caseNumber() + (vm.showNamesProperty().get() && !item.clientName().isEmpty() ? " — " + item.clientName() : "");
    }

    private void fillDecisions(GridPane grid, ItemModel item) {
        grid.getChildren().clear();
        if (item.decisions().isEmpty()) {
            return;
        }
        String[] heads = {I18n.t("minutes.action"), I18n.t("minutes.owner"), I18n.t("minutes.due"),
                I18n.t("minutes.decision.category"), "", ""};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("row-editor-header");
            h.setMinWidth(Region.USE_PREF_SIZE); // a header is read whole (LayoutAuditTest)
            grid.add(h, c, 0);
        }
        for (int i = 0; i < item.decisions().size(); i++) {
            DecisionModel d = item.decisions().get(i);
            String id = "decision-" + item.caseNumber() + "-" + i;
            TextField action = new TextField();
            action.setId(id + "-action");
            action.getStyleClass().add("decision-action");
            action.setPromptText(I18n.t("minutes.actionPrompt"));
            action.setAccessibleText(I18n.t("minutes.action"));
            action.setMaxWidth(Double.MAX_VALUE);
            TextLimits.limit(action, TextLimits.LONG_TEXT, I18n.t("minutes.action"), vm.noticeProperty());
            action.textProperty().bindBidirectional(d.actionProperty());
            Forms.markField(action, MinutesViewModel.fieldFor(item, i, "action"));
            GridPane.setHgrow(action, Priority.ALWAYS);
            ComboBox<Optional<String>> owner = Forms.optionalChoice(id + "-owner", d.ownerProperty(),
                    item.kring().stream().map(PartnerRef::id).toList(),
                    pid -> item.kring().stream().filter(p -> p.id().equals(pid)).map(PartnerRef::name).findFirst().orElse(pid),
                    I18n.t("minutes.noOwner"));
            owner.setAccessibleText(I18n.t("minutes.owner"));
            owner.setMaxWidth(Double.MAX_VALUE);
            owner.setMinWidth(Region.USE_PREF_SIZE); // the partner's whole name (issue 13)
            Forms.markField(owner, MinutesViewModel.fieldFor(item, i, "owner"));
            DateInput due = new DateInput();
            due.field().setId(id + "-due");
            due.field().setPromptText("dd-mm-jjjj");
            due.textProperty().bindBidirectional(d.dueProperty());
            Forms.markField(due, MinutesViewModel.fieldFor(item, i, "due"));
            // who besides the owner reads the action's text: ALGEMEEN, a leefgebied (the matrix), or nobody
            ComboBox<Optional<Topic>> category = Forms.optionalChoice(id + "-category", d.categoryProperty(),
                    Topic.choices(), Topic::label, I18n.t("minutes.decision.ownerOnly"));
            category.setAccessibleText(I18n.t("minutes.decision.category"));
            category.setTooltip(new Tooltip(I18n.t("minutes.decision.categoryHint")));
            category.setMaxWidth(Double.MAX_VALUE);
            category.setMinWidth(Region.USE_PREF_SIZE); // its whole choice (LayoutAuditTest)
            Button remove = new Button("✕");
            remove.getStyleClass().add("row-remove");
            remove.setTooltip(new Tooltip(I18n.t("minutes.removeDecision")));
            remove.setAccessibleText(I18n.t("minutes.removeDecision"));
            remove.setOnAction(e -> vm.removeDecision(item, d));
            // issue 15: an action from the police reaches only the roles the keten agreed (vault rules), its owner too
            CheckBox police = new CheckBox(I18n.t("minutes.police"));
            police.setId(id + "-police");
            police.setTooltip(new Tooltip(I18n.t("minutes.decision.police.hint")));
            police.setAccessibleText(I18n.t("minutes.decision.police.hint"));
            police.selectedProperty().bindBidirectional(d.policeProperty());
            police.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(i + 1, action, owner, due, category, police, remove);
        }
    }

    private void addParagraph() {
        ItemModel item = vm.selectedProperty().get();
        if (item == null || shownParagraphs == null || shownParagraphs.item() != item) {
            return;
        }
        shownParagraphs.addAndFocus();
    }

    private void moveFocused(int delta) {
        if (shownParagraphs != null) {
            shownParagraphs.moveFocused(delta);
        }
    }

    // ---- right: possible names

    private Node buildSuspects() {
        Label head = new Label(I18n.t("minutes.suspects"));
        head.getStyleClass().add("form-section");
        Label hint = Forms.hint(I18n.t("minutes.suspectsHint"));
        head.setMinWidth(Region.USE_PREF_SIZE); // a large font: the column widens, the words stay whole
        hint.setMinHeight(Region.USE_PREF_SIZE);
        suspectList.setId("minutes-suspects");
        suspectList.setItems(vm.names().suspects());
        Label none = new Label(I18n.t("minutes.noSuspects"));
        none.setWrapText(true);
        none.getStyleClass().add("muted");
        suspectList.setPlaceholder(none);
        // the list keeps room for its whole "none open" line at any font size (issue 13)
        // and, with names listed, one whole name with its four buttons (the column scrolls when lower, issue 13)
        suspectList.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> suspectList.getItems().isEmpty() ? none.prefHeight(Math.max(1, suspectList.getWidth() - 8)) + 8
                        : Forms.em(9), suspectList.widthProperty(), none.fontProperty(), suspectList.getItems()));
        suspectList.setCellFactory(l -> PossibleNames.cell(vm, this));
        suspectList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.items().stream().filter(i -> i.caseNumber().equals(b.caseNumber())).findFirst()
                        .ifPresent(i -> vm.selectedProperty().set(i));
            }
        });
        VBox.setVgrow(suspectList, Priority.ALWAYS);
        // the judgements made, each to take back later (issue 13): shown once there is one
        Label judgedHead = new Label(I18n.t("minutes.judged"));
        judgedHead.getStyleClass().add("form-section");
        judgedHead.setMinWidth(Region.USE_PREF_SIZE);
        Label judgedHint = Forms.hint(I18n.t("minutes.judgedListHint"));
        judgedHint.setMinHeight(Region.USE_PREF_SIZE);
        ListView<JudgedRow> judged = PossibleNames.judgedList(vm, "minutes-judged");
        judged.setPrefHeight(Forms.em(12));
        judged.setMinHeight(Forms.em(7)); // one judgement with its button whole
        VBox.setVgrow(judged, Priority.ALWAYS);
        VBox judgedBox = new VBox(6, judgedHead, judgedHint, judged);
        judgedBox.setId("minutes-judged-box");
        judgedBox.managedProperty().bind(Bindings.isNotEmpty(vm.names().judged()));
        judgedBox.visibleProperty().bind(judgedBox.managedProperty());
        VBox.setVgrow(judgedBox, Priority.ALWAYS); // the two lists share the column's height
        VBox box = new VBox(6, head, hint, suspectList, judgedBox);
        box.setPadding(new Insets(8));
        box.setMinWidth(Forms.em(15));
        // both lists in a low window (a 200 % display scale): the column scrolls instead of pressing them flat
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.setId("minutes-names-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(Forms.em(15) + 20); // the box's least width beside a vertical scroll bar
        return scroll;
    }

    // ---- bottom: status, save, export

    private Node buildBottom() {
        Label status = new Label();
        status.setId("minutes-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        ProgressBar exportBar = new ProgressBar();
        exportBar.setId("minutes-export-progress");
        exportBar.progressProperty().bind(vm.output().progressProperty());
        exportBar.setPrefWidth(Forms.em(12));
        Label exportStatus = new Label();
        exportStatus.setId("minutes-export-status");
        exportStatus.textProperty().bind(vm.output().progressTextProperty());
        Button cancel = new Button(I18n.t("dialog.cancel"));
        cancel.setId("minutes-export-cancel");
        cancel.setOnAction(e -> vm.output().cancelExport());
        HBox exportBox = new HBox(8, exportBar, exportStatus, cancel);
        exportBox.setAlignment(Pos.CENTER_LEFT);
        exportBox.visibleProperty().bind(vm.output().exportingProperty());
        exportBox.managedProperty().bind(exportBox.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(12, status, spacer, exportBox);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(4, 24, 0, 24));

        VBox warnings = new VBox(2);
        warnings.setId("minutes-export-warnings");
        warnings.setPadding(new Insets(0, 24, 0, 24));
        vm.output().warnings().addListener((ListChangeListener<String>) c -> warnings.getChildren().setAll(
                vm.output().warnings().stream().map(w -> {
                    Label l = new Label("⚠ " + w);
                    l.getStyleClass().add("problem-warning");
                    l.setWrapText(true);
                    return (Node) l;
                }).toList()));

        Label reason = new Label();
        reason.setId("minutes-export-reason");
        reason.getStyleClass().add("advice");
        reason.setWrapText(true);
        reason.textProperty().bind(vm.output().blockedProperty());
        reason.visibleProperty().bind(vm.output().blockedProperty().isNotEmpty().and(vm.currentProperty().isNotNull()));
        reason.managedProperty().bind(reason.visibleProperty());
        // before export: how many paragraphs have no audience (they reach the chair's verslag only, never a partner)
        Label unclassified = new Label();
        unclassified.setId("minutes-unclassified");
        unclassified.getStyleClass().add("advice");
        unclassified.setWrapText(true);
        unclassified.textProperty().bind(Bindings.createStringBinding(() -> vm.unclassifiedProperty().get() == 0 ? ""
                : I18n.t("minutes.unclassified", vm.unclassifiedProperty().get()), vm.unclassifiedProperty()));
        unclassified.visibleProperty().bind(vm.unclassifiedProperty().greaterThan(0).and(vm.currentProperty().isNotNull()));
        unclassified.managedProperty().bind(unclassified.visibleProperty());
        Button save = new Button(I18n.t("form.save"));
        save.setId("minutes-save");
        save.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.SAVE)));
        save.disableProperty().bind(vm.validProperty().not().or(vm.busyProperty()).or(vm.dirtyProperty().not()));
        save.setOnAction(e -> vm.save());
        Button export = new Button(I18n.t("minutes.export"));
        export.setId("minutes-export");
        export.getStyleClass().add("accent-button");
        export.disableProperty().bind(vm.output().blockedProperty().isNotEmpty().or(vm.busyProperty()));
        export.setOnAction(e -> chooseFolderAndExport());
        VBox footer = Forms.footer(vm, vm.messageProperty(), vm.messageIsErrorProperty(), "minutes", reason, save, export);
        footer.getChildren().addFirst(unclassified);
        return new VBox(4, statusBar, warnings, footer);
    }

    private void chooseFolderAndExport() {
        ExportPasswordsModel protect = new ExportPasswordsModel(vm.output().reportRecipients());
        var passwords = ExportPasswordsDialog.ask(this, protect,
                (partner, window) -> vm.output().preview(partner.id(), pv -> ExportPreviewWindow.show(window, partner, pv)),
                (doc, window) -> vm.output().previewDocument(doc, pages -> ExportPreviewWindow.showDocument(window,
                        I18n.t("export.preview.name." + doc.name().toLowerCase(Locale.ROOT)), pages)));
        if (passwords.isEmpty()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("minutes.export.choose"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir == null) {
            return;
        }
        boolean mail = protect.mailProperty().get();
        PasswordList readOut = passwords.get().isEmpty() ? null : protect.passwordList();
        vm.output().export(dir.toPath(), passwords.get(), mail, folder -> {
            openFolder(folder);
            if (readOut != null) {
                PasswordListDialog.show(this, readOut);
            }
        });
        protect.clear();
    }

    /** Opens the folder in the desktop's file manager; when that cannot be done the path is in the message line. */
    private void openFolder(Path folder) {
        try {
            var host = context.hostServices();
            if (host != null) {
                host.showDocument(folder.toUri().toString());
                return;
            }
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Thread t = new Thread(() -> {
                    try {
                        Desktop.getDesktop().open(folder.toFile());
                    } catch (Exception e) {
                        LOG.info("the file manager could not be opened");
                    }
                }, "kring-open-folder");
                t.setDaemon(true);
                t.start();
            }
        } catch (RuntimeException | Error e) {
            LOG.info("the file manager could not be opened");
        }
    }
}
