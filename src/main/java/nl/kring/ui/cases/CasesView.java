package nl.kring.ui.cases;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Phase;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Dialogs;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RegisterList;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.RowEditor;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.common.SelectionGuard;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.disclosures.DisclosureSection;
import nl.kring.ui.requests.CaseOnScreen;
import nl.kring.ui.requests.ReferrerFeedbackPane;
import nl.kring.ui.requests.ConsentFormPane;
import nl.kring.ui.requests.RequestsSection;
import org.controlsfx.validation.ValidationSupport;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static nl.kring.ui.cases.CaseFormViewModel.*;

/** Cases: the searchable list on the left, the case file on the right. */
public final class CasesView extends SplitPane implements ClearsOnLock {
    private final CasesViewModel vm;
    private final Services services;
    private final TableView<CaseRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final ValidationSupport support;
    private TextField surnameField;
    private SelectionGuard<CaseRow> guard;
    private final RequestsSection requests;
    private final ReferrerFeedbackPane feedback;
    private final ConsentFormPane consentForm;
    private final TaskExecutor executor;

    public CasesView(AppContext context, Services services) {
        this.services = services;
        this.executor = context.executor();
        this.vm = new CasesViewModel(executor, services, LocalDate::now);
        this.support = Forms.validationFor(vm.form());
        CaseFormViewModel f = vm.form();
        CaseOnScreen onScreen = new CaseOnScreen(f.numberProperty(), f.openProperty(), f.isNewProperty(), f.dirtyProperty());
        this.requests = new RequestsSection(executor, services, onScreen, LocalDate::now, this::caseDestroyed);
        this.feedback = new ReferrerFeedbackPane(executor, services, onScreen);
        this.consentForm = new ConsentFormPane(executor, services, onScreen);
        getStyleClass().add("register-view");
        setId("cases-view");
        getItems().addAll(buildList(), buildForm());
        setDividerPositions(0.36);
        SplitPane.setResizableWithParent(getItems().getFirst(), false);

        RegisterList.shortcuts(this, this::newCase, vm::save, search);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.load();
            }
        });
    }

    private VBox buildList() {
        HBox bar = RegisterList.searchBar(search, "case", I18n.t("cases.search", Shortcuts.text(KeyboardShortcut.SEARCH)),
                I18n.t("cases.search.short", Shortcuts.text(KeyboardShortcut.SEARCH)),
                vm.searchProperty(), I18n.t("cases.new"), this::newCase);

        table.setId("case-table");
        table.setItems(vm.filtered());
        Forms.placeholder(table, vm.busyProperty(), I18n.t("cases.empty"));
        TableColumn<CaseRow, String> number = new TableColumn<>(I18n.t("cases.col.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number()));
        number.getStyleClass().add("number-column");
        TableColumn<CaseRow, String> client = new TableColumn<>(I18n.t("case.client"));
        client.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        TableColumn<CaseRow, String> phase = new TableColumn<>(I18n.t("case.phase"));
        phase.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phase()));
        TableColumn<CaseRow, Integer> kring = new TableColumn<>(I18n.t("case.kringSize"));
        kring.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kringSize()));
        kring.setStyle("-fx-alignment: center-right;");
        table.getColumns().setAll(List.of(number, client, phase, kring));
        Forms.widths(table, 6, 11, 9, 3.5);
        number.setMinWidth(Forms.em(6)); // "2026-0017" always fits
        VBox.setVgrow(table, Priority.ALWAYS);
        guard = new SelectionGuard<>(table.getSelectionModel(), this, vm.form(),
                row -> vm.form().openProperty().get() && !vm.form().isNewProperty().get()
                        && row.number().equals(vm.form().numberProperty().get()) && !vm.form().dirtyProperty().get(),
                vm::select);
        vm.rows().addListener((ListChangeListener<CaseRow>) c -> reselect());

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("cases.count", vm.filtered().size(), vm.rows().size()),
                vm.filtered(), vm.rows()));
        return RegisterList.box(I18n.t("cases.title"), bar, table, count);
    }

    /** After the list is reloaded, keep the open case selected. */
    private void reselect() {
        CaseFormViewModel f = vm.form();
        if (!f.openProperty().get() || f.isNewProperty().get()) {
            return;
        }
        CaseRow row = vm.rowFor(f.numberProperty().get());
        if (row != null) {
            guard.select(row);
        }
    }

    private StackPane buildForm() {
        CaseFormViewModel f = vm.form();
        var notice = f.noticeProperty();
        Label heading = new Label();
        heading.setId("case-heading");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> f.isNewProperty().get()
                        ? I18n.t("case.newTitle", f.numberProperty().get()) : f.heading(),
                f.isNewProperty(), f.numberProperty(), f.firstNamesProperty(), f.roepnaamProperty(), f.prefixProperty(),
                f.surnameProperty()));

        Forms.Builder b = new Forms.Builder();
        caseSection(b, f);
        clientSection(b, f);
        referrerSection(b, f);
        domainSection(b, f);
        kringSection(b, f);
        legalSection(b, f);
        // Disclosure notes need a stored case: the section is empty while a new case is not saved yet.
        var disclosures = new DisclosureSection(executor, services, null);
        disclosures.caseNumberProperty().bind(Bindings.createObjectBinding(() -> f.openProperty().get()
                && !f.isNewProperty().get() ? f.numberProperty().get() : null, f.openProperty(), f.isNewProperty(), f.numberProperty()));
        VBox content = new VBox(4, heading, b.grid(), disclosures, requests);
        content.getStyleClass().add("form-content");

        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("case-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        Forms.keepFocusVisible(scroll);
        Forms.decorationsFollowScene(support);

        Button save = new Button(I18n.t("form.save"));
        save.setId("case-save");
        save.getStyleClass().add("accent-button");
        save.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.SAVE)));
        save.disableProperty().bind(f.validProperty().not().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        BorderPane form = new BorderPane(scroll);
        form.setBottom(Forms.footer(f, vm.messageProperty(), vm.messageIsErrorProperty(), "case", save));
        form.visibleProperty().bind(f.openProperty());

        String choose = I18n.t("cases.choose", Shortcuts.text(KeyboardShortcut.NEW_ITEM));
        Label placeholder = new Label(choose);
        // After a destruction on request the form is gone: the outcome shows here.
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> vm.messageProperty().get().isEmpty() ? choose
                : vm.messageProperty().get() + "\n\n" + choose, vm.messageProperty()));
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(f.openProperty().not());
        StackPane pane = new StackPane(placeholder, form);
        pane.getStyleClass().add("register-form");
        StackPane layer = Forms.decorationLayer(pane);
        layer.setMinWidth(0);
        return layer;
    }

    private void caseSection(Forms.Builder b, CaseFormViewModel f) {
        b.section(I18n.t("case.section.case"), null);
        TextField number = Forms.text("case-number", f.numberProperty(), 32, I18n.t("case.number"), f.noticeProperty());
        number.disableProperty().bind(f.isNewProperty().not());
        number.setPrefColumnCount(10);
        number.setMaxWidth(Region.USE_PREF_SIZE);
        number.setTooltip(new Tooltip(I18n.t("case.numberHint")));
        b.field(I18n.t("case.number"), number, true);
        Forms.decorate(support, number, F_NUMBER, f);
        ComboBox<Phase> phase = new ComboBox<>();
        phase.setId("case-phase");
        phase.getItems().setAll(Phase.values());
        phase.setConverter(Forms.labels(Phase::label));
        phase.valueProperty().bindBidirectional(f.phaseProperty());
        phase.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("case.phase"), phase, true);
        DateInput reported = date("case-reported", f.reportedOnProperty());
        b.field(I18n.t("case.reportedOn"), reported, false);
        Forms.decorate(support, reported.field(), F_REPORTED, f);
    }

    private void clientSection(Forms.Builder b, CaseFormViewModel f) {
        var n = f.noticeProperty();
        b.section(I18n.t("case.section.client"), null);
        b.field(I18n.t("client.firstNames"), Forms.text("client-first-names", f.firstNamesProperty(), 200, I18n.t("client.firstNames"), n), false);
        TextField roepnaam = Forms.text("client-roepnaam", f.roepnaamProperty(), 100, I18n.t("client.roepnaam"), n);
        roepnaam.setPrefColumnCount(14);
        roepnaam.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("client.roepnaam"), roepnaam, false);
        TextField prefix = Forms.text("client-prefix", f.prefixProperty(), 40, I18n.t("client.prefix"), n);
        prefix.setPrefColumnCount(8);
        prefix.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("client.prefix"), prefix, false);
        surnameField = Forms.text("client-surname", f.surnameProperty(), 200, I18n.t("client.surname"), n);
        b.field(I18n.t("client.surname"), surnameField, true);
        Forms.decorate(support, surnameField, F_SURNAME, f);
        TextField aliases = Forms.text("client-aliases", f.aliasesProperty(), ALIASES_MAX, I18n.t("client.aliases"), n);
        aliases.setPromptText(I18n.t("client.aliasesPrompt"));
        b.field(I18n.t("client.aliases"), aliases, false);
        Forms.decorate(support, aliases, F_ALIASES, f);
        DateInput birth = date("client-birth", f.birthDateProperty());
        Label age = new Label();
        age.setId("client-age-note");
        age.getStyleClass().add("advice");
        age.setWrapText(true);
        age.textProperty().bind(f.ageNoteBinding());
        HBox birthRow = new HBox(12, birth, age);
        birthRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(age, Priority.ALWAYS);
        b.field(I18n.t("client.birthDate"), birthRow, false);
        Forms.decorate(support, birth.field(), F_BIRTH, f);
        TextField bsn = Forms.text("client-bsn", f.bsnProperty(), 15, I18n.t("client.bsn"), n);
        bsn.setPrefColumnCount(11);
        bsn.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("client.bsn"), bsn, false);
        Forms.decorate(support, bsn, F_BSN, f);
        b.field(I18n.t("client.address"), Forms.text("client-address", f.addressProperty(), 300, I18n.t("client.address"), n), false);
        TextField phone = Forms.text("client-phone", f.phoneProperty(), 40, I18n.t("client.phone"), n);
        phone.setPrefColumnCount(14);
        phone.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("client.phone"), phone, false);
        RowEditor<RelativeRow> relatives = new RowEditor<>("relative", f.relatives(), List.of(
                new RowEditor.Column<>(I18n.t("relative.name"), RelativeRow::nameProperty, TextLimits.NAME),
                new RowEditor.Column<>(I18n.t("relative.relation"), RelativeRow::relationProperty, 100)),
                () -> new RelativeRow("", ""), I18n.t("relative.add"), I18n.t("relative.none"), n);
        Forms.markField(relatives, F_RELATIVES);
        b.field(I18n.t("client.relatives"), new VBox(4, relatives, inlineError(f, F_RELATIVES)), false);
        // the partners' own numbers for the client (issue 12)
        RowEditor<FileNumberRow> fileNumbers = new RowEditor<>("file-number", f.fileNumbers(), List.of(
                RowEditor.Column.choice(I18n.t("fileNumber.partner"), FileNumberRow::partnerProperty,
                        f.fileNumberPartners(), f::partnerName),
                new RowEditor.Column<>(I18n.t("fileNumber.label"), FileNumberRow::labelProperty, FileNumber.MAX_LABEL),
                new RowEditor.Column<>(I18n.t("fileNumber.number"), FileNumberRow::numberProperty, FileNumber.MAX_NUMBER)),
                () -> new FileNumberRow("", "", ""), I18n.t("fileNumber.add"), I18n.t("fileNumber.none"), n);
        Forms.markField(fileNumbers, F_FILE_NUMBERS);
        b.field(I18n.t("client.fileNumbers"), new VBox(4, fileNumbers, inlineError(f, F_FILE_NUMBERS)), false);
        TextField rep = Forms.text("client-legal-rep", f.legalRepresentativeProperty(), 200, I18n.t("client.legalRep"), n);
        b.field(I18n.t("client.legalRep"), rep, false);
        Forms.decorate(support, rep, F_LEGAL_REP, f);
        CheckBox incapacitated = new CheckBox(I18n.t("client.incapacitated"));
        incapacitated.setId("client-incapacitated");
        incapacitated.selectedProperty().bindBidirectional(f.incapacitatedProperty());
        b.under(incapacitated);
    }

    private void referrerSection(Forms.Builder b, CaseFormViewModel f) {
        var n = f.noticeProperty();
        b.section(I18n.t("case.section.referrer"), I18n.t("referrer.hint"));
        b.field(I18n.t("referrer.name"), Forms.text("referrer-name", f.referrerNameProperty(), 200, I18n.t("referrer.name"), n), false);
        b.field(I18n.t("referrer.organisation"), Forms.text("referrer-organisation", f.referrerOrganisationProperty(), 200, I18n.t("referrer.organisation"), n), false);
        CheckBox anonymous = new CheckBox(I18n.t("referrer.anonymous"));
        anonymous.setId("referrer-anonymous");
        anonymous.selectedProperty().bindBidirectional(f.referrerAnonymousProperty());
        b.under(anonymous);
        b.under(feedback);
    }

    private void domainSection(Forms.Builder b, CaseFormViewModel f) {
        String scale = I18n.t("domain.scale");
        b.section(I18n.t("case.section.domains"), scale);
        HBox headers = new HBox(8, header(I18n.t("domain.score")), header(I18n.t("domain.note")));
        b.under(headers);
        Label scoreHeader = (Label) headers.getChildren().getFirst();
        for (DomainRow d : f.domains()) {
            ComboBox<Optional<Integer>> score = Forms.optionalChoice("domain-score-" + d.domain().name(),
                    d.scoreProperty(), List.of(1, 2, 3, 4, 5), s -> s + " – " + I18n.t("domain.score." + s), "–");
            score.setTooltip(new Tooltip(scale));
            score.setAccessibleText(d.domain().label() + ": " + I18n.t("domain.score"));
            score.getStyleClass().add("score-choice");
            score.setPrefWidth(Forms.em(15));
            score.setMinWidth(Region.USE_PREF_SIZE);
            TextField note = Forms.text("domain-note-" + d.domain().name(), d.noteProperty(), TextLimits.NOTE,
                    I18n.t("domain.noteOf", d.domain().label()), f.noticeProperty());
            note.setPromptText(I18n.t("domain.notePrompt"));
            HBox.setHgrow(note, Priority.ALWAYS);
            // issue 15: a note from the police reaches only the roles the keten agreed
            CheckBox police = new CheckBox(I18n.t("case.domain.police"));
            police.setId("domain-police-" + d.domain().name());
            police.setTooltip(new Tooltip(I18n.t("case.domain.police.hint")));
            police.selectedProperty().bindBidirectional(d.policeNoteProperty());
            police.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, score, note, police);
            line.setAlignment(Pos.CENTER_LEFT);
            b.field(d.domain().label(), line, false).setLabelFor(score);
        }
        scoreHeader.setPrefWidth(Forms.em(15));
        scoreHeader.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void kringSection(Forms.Builder b, CaseFormViewModel f) {
        b.section(I18n.t("case.section.kring"), I18n.t("case.kring.hint"));
        VBox options = new VBox(4);
        options.setId("case-kring");
        options.getStyleClass().add("kring-options");
        Forms.markField(options, F_KRING);
        Runnable fill = () -> {
            options.getChildren().clear();
            if (f.kring().isEmpty()) {
                options.getChildren().add(Forms.hint(I18n.t("case.kring.noPartners")));
            }
            for (KringOption o : f.kring()) {
                CheckBox box = new CheckBox(o.partner().name() + " (" + RoleTexts.label(o.partner().role()) + ")");
                box.setId("kring-" + o.partnerId());
                box.selectedProperty().bindBidirectional(o.selectedProperty());
                box.setDisable(!o.eligible() && !o.isSelected());
                HBox line = new HBox(10, box);
                line.setAlignment(Pos.CENTER_LEFT);
                if (!o.eligible()) {
                    Label why = new Label(I18n.t("case.kring.notEligible", o.reason()));
                    why.getStyleClass().add(o.isSelected() ? "error" : "muted");
                    line.getChildren().add(why);
                }
                options.getChildren().add(line);
            }
        };
        f.kring().addListener((ListChangeListener<KringOption>) c -> {
            // Rebuild only when the partners change, not on each tick (keeps the focus in place).
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated();
            }
            if (structural) {
                fill.run();
            } else {
                // an ineligible partner that was unticked cannot be ticked again
                options.getChildren().forEach(n -> {
                    if (n instanceof HBox line && line.getChildren().getFirst() instanceof CheckBox cb) {
                        f.kring().stream().filter(o -> ("kring-" + o.partnerId()).equals(cb.getId())).findFirst()
                                .ifPresent(o -> cb.setDisable(!o.eligible() && !o.isSelected()));
                    }
                });
            }
        });
        fill.run();
        b.under(new VBox(4, options, inlineError(f, F_KRING)));
    }

    private void legalSection(Forms.Builder b, CaseFormViewModel f) {
        var n = f.noticeProperty();
        b.section(I18n.t("case.section.legal"), I18n.t("case.legalHint"));
        ComboBox<Optional<ConsentStatus>> consent = Forms.optionalChoice("consent-status", f.consentStatusProperty(),
                Arrays.asList(ConsentStatus.values()), ConsentStatus::label, I18n.t("case.notRecorded"));
        consent.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("case.consent"), consent, false);
        DateInput consentDate = date("consent-date", f.consentDateProperty());
        b.field(I18n.t("case.consentDate"), consentDate, false);
        Forms.decorate(support, consentDate.field(), F_CONSENT_DATE, f);
        b.field(I18n.t("case.consentBy"), Forms.text("consent-by", f.consentByProperty(), 200, I18n.t("case.consentBy"), n), false);
        // consent per person: a minor and the parents, or the legal representative (handreiking deel II §4.2-4.3)
        RowEditor<ConsentPersonRow> persons = new RowEditor<>("consent-person", f.consentPersons(), List.of(
                new RowEditor.Column<>(I18n.t("consent.col.who"), ConsentPersonRow::whoProperty, 40),
                new RowEditor.Column<>(I18n.t("consent.col.name"), ConsentPersonRow::nameProperty, TextLimits.NAME),
                new RowEditor.Column<>(I18n.t("consent.col.status"), ConsentPersonRow::statusProperty, 20),
                new RowEditor.Column<>(I18n.t("consent.col.date"), ConsentPersonRow::dateProperty, 10)),
                () -> new ConsentPersonRow("", "", "", ""), I18n.t("consent.add"), I18n.t("consent.none"), n);
        Forms.markField(persons, CaseFormViewModel.F_CONSENT_PERSONS);
        b.field(I18n.t("consent.persons"), new VBox(4, persons, inlineError(f, CaseFormViewModel.F_CONSENT_PERSONS)), false);
        b.under(Forms.hint(I18n.t("consent.personsHint")));
        b.under(consentForm); // the consent-request form of this case (issue 15)
        ComboBox<Optional<Boolean>> informed = Forms.optionalChoice("informed", f.informedProperty(),
                List.of(true, false), v -> I18n.t(v ? "case.yes" : "case.no"), I18n.t("case.notRecorded"));
        informed.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("case.informed"), informed, false);
        TextArea reason = Forms.area("informed-reason", f.informedReasonProperty(), TextLimits.REASON, I18n.t("case.informedReason"), n, 2);
        reason.disableProperty().bind(f.informedProperty().isNotEqualTo(false).and(f.informedReasonProperty().isEmpty()));
        b.field(I18n.t("case.informedReason"), reason, false);
        Forms.decorate(support, reason, F_INFORMED, f);
        TextArea evident = Forms.area("evident-interest", f.evidentInterestProperty(), TextLimits.LONG_TEXT, I18n.t("case.evident"), n, 3);
        b.field(I18n.t("case.evident"), evident, false);
        b.under(Forms.hint(I18n.t("case.evidentHint")));
        Forms.decorate(support, evident, F_EVIDENT, f);
        TextArea lighter = Forms.area("lighter-means", f.lighterMeansProperty(), TextLimits.LONG_TEXT, I18n.t("case.lighter"), n, 3);
        b.field(I18n.t("case.lighter"), lighter, false);
        b.under(Forms.hint(I18n.t("case.lighterHint")));
        Forms.decorate(support, lighter, F_LIGHTER, f);
        // The evaluation date follows from the rules (point 5); the chair records an evaluation, not a date.
        Label evaluation = new Label();
        evaluation.setId("evaluation-due");
        evaluation.getStyleClass().add("view-label");
        evaluation.textProperty().bind(Bindings.createStringBinding(() -> f.evaluationDueProperty().get().isEmpty()
                ? I18n.t("evaluation.none") : f.evaluationDueProperty().get(), f.evaluationDueProperty()));
        Button record = new Button(I18n.t("evaluation.record"));
        record.setId("evaluation-record");
        record.setTooltip(new Tooltip(I18n.t("evaluation.recordHint")));
        record.disableProperty().bind(Bindings.createBooleanBinding(() -> f.isNewProperty().get()
                        || f.evaluationPlanProperty().get() == null || !f.evaluationPlanProperty().get().needed()
                        || f.evaluatedOnProperty().get() != null || vm.busyProperty().get(),
                f.isNewProperty(), f.evaluationPlanProperty(), f.evaluatedOnProperty(), vm.busyProperty()));
        // point 5: an evaluation keeps its outcome and motivation, not only a new date (issue 15)
        record.setOnAction(e -> askEvaluation(record));
        HBox evaluationRow = new HBox(12, evaluation, record);
        evaluationRow.setAlignment(Pos.CENTER_LEFT);
        b.field(I18n.t("case.evaluationDue"), evaluationRow, false);
        Label evaluationNote = new Label();
        evaluationNote.setId("evaluation-note");
        evaluationNote.setWrapText(true);
        evaluationNote.textProperty().bind(f.evaluationNoteBinding());
        b.under(evaluationNote);
        b.under(Forms.hint(I18n.t("case.evaluationHint")));
        VBox evaluations = new VBox(2);
        evaluations.setId("evaluation-records");
        Runnable fill = () -> evaluations.getChildren().setAll(vm.evaluations().stream().map(r -> {
            Label l = new Label(I18n.t("evaluation.line", Dates.format(r.on()),
                    I18n.t("evaluation.outcome." + r.outcome().name()), r.motivation()));
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        vm.evaluations().addListener((ListChangeListener<EvaluationRecord>) c -> fill.run());
        fill.run();
        b.field(I18n.t("evaluation.records"), evaluations, false);
    }

    /** Asks the outcome and the motivation of the evaluation, then records it with the case. */
    private void askEvaluation(Node owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("evaluation.record"));
        dialog.initOwner(owner.getScene().getWindow());
        ToggleGroup outcomes = new ToggleGroup();
        VBox choices = new VBox(4);
        for (EvaluationRecord.Outcome o : EvaluationRecord.Outcome.values()) {
            RadioButton rb = new RadioButton(I18n.t("evaluation.outcome." + o.name()));
            rb.setId("evaluation-outcome-" + o.name());
            rb.setUserData(o);
            rb.setToggleGroup(outcomes);
            choices.getChildren().add(rb);
        }
        TextArea motivation = new TextArea();
        motivation.setId("evaluation-motivation");
        motivation.setWrapText(true);
        motivation.setPrefRowCount(4);
        motivation.setPromptText(I18n.t("evaluation.motivationPrompt"));
        Label motivationLabel = new Label(I18n.t("evaluation.motivation"));
        motivationLabel.setLabelFor(motivation);
        Label intro = Forms.hint(I18n.t("evaluation.dialogHint"));
        VBox content = new VBox(8, intro, new Label(I18n.t("evaluation.outcome")), choices, motivationLabel, motivation);
        content.setPrefWidth(Forms.em(34));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(I18n.t("evaluation.record"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId("evaluation-ok");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(outcomes.selectedToggleProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> motivation.getText().isBlank(), motivation.textProperty())));
        dialog.showAndWait().filter(ok::equals).ifPresent(b -> vm.recordEvaluation(
                (EvaluationRecord.Outcome) outcomes.getSelectedToggle().getUserData(), motivation.getText()));
    }

    private static DateInput date(String id, StringProperty text) {
        DateInput d = new DateInput();
        d.field().setId(id);
        d.bindText(text);
        return d;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("row-editor-header");
        GridPane.setHalignment(l, HPos.LEFT);
        return l;
    }

    private static Label inlineError(CaseFormViewModel f, String field) {
        Label l = new Label();
        l.setId("error-" + field);
        l.getStyleClass().add("error");
        l.setWrapText(true);
        l.textProperty().bind(f.messageFor(field));
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** The case was destroyed on the client's request: out of the list, the form emptied. */
    private void caseDestroyed(String number) {
        guard.select(null);
        vm.removed(number);
    }

    private void newCase() {
        if (!Dialogs.discardChanges(this, vm.form())) {
            return;
        }
        guard.select(null);
        vm.newCase(() -> Platform.runLater(() -> surnameField.requestFocus()));
    }

    /** Shows the case with this number (from the disclosure register); asks first when unsaved changes would go. */
    public void open(String number) {
        if (vm.rowFor(number) != null) {
            showCase(vm.rowFor(number));
            return;
        }
        // the list is not read yet (the screen was just shown): open the case once it is
        vm.rows().addListener(new ListChangeListener<CaseRow>() {
            @Override
            public void onChanged(Change<? extends CaseRow> c) {
                vm.rows().removeListener(this);
                if (vm.rowFor(number) != null) {
                    showCase(vm.rowFor(number));
                }
            }
        });
    }

    private void showCase(CaseRow row) {
        if (!Dialogs.discardChanges(this, vm.form())) {
            return;
        }
        if (!vm.filtered().contains(row)) {
            vm.searchProperty().set("");
        }
        guard.select(row);
        vm.select(row);
        table.scrollTo(row);
    }

    @Override
    public void clearOnLock() {
        vm.clear();
        requests.viewModel().clear(); // at once, not after the form's change reaches it
        feedback.viewModel().clear();
        consentForm.viewModel().clear();
        layout(); // let bound labels and lists catch up with the emptied view model
        Scrub.texts(this);
    }

    public CasesViewModel viewModel() {
        return vm;
    }
}
