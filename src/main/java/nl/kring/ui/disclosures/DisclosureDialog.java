package nl.kring.ui.disclosures;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.DataCategory;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.store.DisclosureRepository;
import nl.kring.service.Services;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.TextLimits;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static nl.kring.ui.disclosures.DisclosureFormViewModel.*;

/**
 * The form for one aantekening van verstrekking, as a dialog over the case or minutes screen. Built for the keyboard:
 * Tab walks from the date through the categories, recipients and texts to "Vastleggen"; Space ticks.
 */
public final class DisclosureDialog {
    private final DisclosureFormViewModel vm;
    private final ScreenTasks tasks;
    private final Services services;
    private final Dialog<ButtonType> dialog = Escape.closes(new Dialog<>());
    private final SimpleStringProperty message = new SimpleStringProperty("");

    private DisclosureDialog(Node owner, TaskExecutor executor, Services services, DisclosureFormViewModel vm, Consumer<DisclosureRepository.Entry> saved) {
        this.vm = vm;
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        dialog.setTitle(I18n.t("disclosure.title"));
        dialog.setHeaderText(vm.corrects().isPresent()
                ? I18n.t("disclosure.correct.header", vm.caseNumber(), Dates.format(vm.corrects().get().disclosure().date()))
                : vm.meetingDate() == null
                ? I18n.t("disclosure.header.outside", vm.caseNumber())
                : I18n.t("disclosure.header.meeting", vm.caseNumber(), Dates.longFormat(vm.meetingDate())));
        dialog.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setId("disclosure-dialog");
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.setPrefViewportHeight(Forms.em(36));
        scroll.setPrefViewportWidth(Forms.em(60)); // three columns of categories whole (issue 13, LayoutAuditTest)
        Forms.keepFocusVisible(scroll);
        Label msg = new Label();
        msg.setId("disclosure-message");
        msg.getStyleClass().add("error");
        msg.setWrapText(true);
        msg.textProperty().bind(message);
        msg.visibleProperty().bind(message.isNotEmpty());
        msg.managedProperty().bind(msg.visibleProperty());
        dialog.getDialogPane().setContent(new VBox(6, scroll, msg));

        ButtonType record = new ButtonType(I18n.t(vm.corrects().isPresent() ? "disclosure.correct.save" : "disclosure.save"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(record, cancel);
        Button save = (Button) dialog.getDialogPane().lookupButton(record);
        save.setId("disclosure-save");
        save.getStyleClass().add("accent-button");
        save.disableProperty().bind(tasks.busyProperty());
        // The dialog stays open while the note is written in the background, and when it is not complete yet.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save(saved);
        });
        dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(tasks.busyProperty());
    }

    /**
     * Reads the case and partners as work of the screen that opens the form ({@code screen}: its busy flag, and nothing
     * opens after the lock), then shows the form; {@code saved} runs after recording.
     */
    public static void open(Node owner, ScreenTasks screen, Services services, String caseNumber, LocalDate meetingDate,
                            Consumer<DisclosureRepository.Entry> saved, Consumer<Throwable> failed) {
        screen.run(p -> DisclosureFormViewModel.load(services, caseNumber), data -> {
            DisclosureFormViewModel vm = new DisclosureFormViewModel(data, meetingDate, LocalDate::now);
            new DisclosureDialog(owner, screen.executor(), services, vm, saved).dialog.show();
        }, failed);
    }

    /**
     * "Corrigeren…": the form filled from {@code note}; saving records the corrected note and withdraws the old one
     * as replaced by it, in one background task. {@code saved} gets the corrected note.
     */
    public static void openCorrection(Node owner, ScreenTasks screen, Services services, DisclosureRepository.Entry note,
                                      Consumer<DisclosureRepository.Entry> saved, Consumer<Throwable> failed) {
        screen.run(p -> DisclosureFormViewModel.load(services, note.caseNumber()), data -> {
            DisclosureFormViewModel vm = DisclosureFormViewModel.correcting(data, note, LocalDate::now);
            new DisclosureDialog(owner, screen.executor(), services, vm, saved).dialog.show();
        }, failed);
    }

    private void save(Consumer<DisclosureRepository.Entry> saved) {
        if (tasks.isBusy()) {
            return;
        }
        if (!vm.attemptSave()) {
            message.set(I18n.t("disclosure.incomplete"));
            vm.firstBlockingField().ifPresent(this::focus);
            return;
        }
        message.set("");
        var d = vm.toDisclosure();
        String number = vm.caseNumber();
        LocalDate meeting = vm.meetingDate();
        Long corrected = vm.corrects().map(DisclosureRepository.Entry::id).orElse(null);
        String reason = vm.correctionReasonProperty().get();
        LocalDate today = vm.today();
        tasks.run(p -> corrected == null ? services.disclosures().record(number, meeting, d)
                : services.disclosures().correct(corrected, today, reason, d), entry -> {
                    dialog.close();
                    saved.accept(entry);
                }, e -> message.set(WithdrawDialog.describe(e)));
    }

    private void focus(String field) {
        Node n = dialog.getDialogPane().lookup("#" + field);
        if (n instanceof DateInput di) {
            di.field().requestFocus();
        } else if (n instanceof Parent parent && !(n instanceof Control)) {
            parent.lookupAll(".check-box").stream().filter(c -> !c.isDisabled()).findFirst().ifPresent(Node::requestFocus);
        } else if (n != null) {
            n.requestFocus();
        }
    }

    private Node content() {
        Forms.Builder b = new Forms.Builder();
        var notice = vm.noticeProperty();
        if (vm.corrects().isPresent()) {
            b.full(Forms.hint(I18n.t("disclosure.correct.hint")));
            TextArea reason = Forms.area(F_CORRECTION_REASON, vm.correctionReasonProperty(), TextLimits.LONG_TEXT,
                    I18n.t("disclosure.correct.reason"), notice, 2);
            reason.setPromptText(I18n.t("disclosure.correct.reasonPrompt"));
            b.field(I18n.t("disclosure.correct.reason"), withError(reason, F_CORRECTION_REASON), true).setLabelFor(reason);
        }

        DateInput date = new DateInput();
        date.setId(F_DATE);
        date.field().setId(F_DATE + "-field");
        date.bindText(vm.dateProperty());
        b.field(I18n.t("disclosure.date"), withError(date, F_DATE), true).setLabelFor(date.field());
        if (vm.meetingDate() != null) {
            b.under(Forms.hint(I18n.t("disclosure.dateMeeting")));
        }

        // two columns, filled downwards: Tab walks them in the order of the handreiking
        GridPane cats = new GridPane();
        cats.setId(F_CATEGORIES);
        cats.setHgap(16);
        cats.setVgap(4);
        LifeDomain[] domains = LifeDomain.values();
        int perColumn = (domains.length + 1) / 2;
        for (int i = 0; i < domains.length; i++) {
            CheckBox box = new CheckBox(domains[i].label());
            box.setId("disclosure-cat-" + domains[i].name());
            box.setMinWidth(Region.USE_PREF_SIZE); // "Geestelijk functi..." read nothing (issue 13)
            box.selectedProperty().bindBidirectional(vm.category(domains[i]));
            cats.add(box, i / perColumn, i % perColumn);
        }
        // issue 15: data besides the leefgebieden, in a third column
        DataCategory[] others = DataCategory.values();
        for (int i = 0; i < others.length; i++) {
            CheckBox box = new CheckBox(others[i].label());
            box.setId("disclosure-cat-" + others[i].name());
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(vm.category(others[i]));
            cats.add(box, 2, i);
        }
        b.field(I18n.t("disclosure.categories"), withError(cats, F_CATEGORIES), true)
                .setLabelFor(cats.getChildren().getFirst());

        VBox to = new VBox(4);
        to.setId(F_RECIPIENTS);
        to.getStyleClass().add("kring-options");
        if (vm.recipients().isEmpty()) {
            to.getChildren().add(Forms.hint(I18n.t("case.kring.noPartners")));
        }
        for (RecipientOption o : vm.recipients()) {
            CheckBox box = new CheckBox(o.partner().name() + " (" + RoleTexts.label(o.partner().role()) + ")");
            box.setId("disclosure-to-" + o.partnerId());
            box.selectedProperty().bindBidirectional(o.selectedProperty());
            // a correction may find a partner ticked whose agreement did not hold: it can be unticked, not ticked again
            box.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !o.eligible() && !o.isSelected(), o.selectedProperty()));
            // a long name and role wrap rather than end in "…" (issue 13); "in de kring" stays whole beside it
            box.setWrapText(true);
            HBox line = new HBox(10, box);
            line.setAlignment(Pos.CENTER_LEFT);
            if (o.inKring()) {
                Label k = new Label(I18n.t("disclosure.inKring"));
                k.getStyleClass().add("muted");
                k.setMinWidth(Region.USE_PREF_SIZE);
                line.getChildren().add(k);
            }
            if (!o.eligible()) {
                Label why = new Label(I18n.t("case.kring.notEligible", o.reason()));
                why.getStyleClass().add("muted");
                why.setWrapText(true);
                box.setMinWidth(Region.USE_PREF_SIZE);
                line.getChildren().add(why);
            }
            to.getChildren().add(line);
        }
        Label toLabel = b.field(I18n.t("disclosure.to"), withError(to, F_RECIPIENTS), true);
        to.getChildren().stream().filter(n -> n instanceof HBox).findFirst().ifPresent(toLabel::setLabelFor);

        ComboBox<DisclosureBasis> basis = new ComboBox<>();
        basis.setId(F_BASIS);
        basis.getItems().setAll(Arrays.asList(DisclosureBasis.values()));
        basis.setConverter(Forms.labels(DisclosureBasis::label));
        basis.valueProperty().bindBidirectional(vm.basisProperty());
        basis.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("disclosure.basis"), withError(basis, F_BASIS), true).setLabelFor(basis);
        b.under(Forms.hint(I18n.t(vm.caseHasConsent() ? "disclosure.basisHint.consent" : "disclosure.basisHint.noConsent")));

        // Deel II §4.5: a conflict van plichten needs its six conditions, each with how it was met.
        VBox conflict = new VBox(4);
        conflict.setId(DisclosureFormViewModel.F_CONFLICT);
        Label conflictIntro = Forms.hint(I18n.t("disclosure.conflict.intro"));
        conflict.getChildren().add(conflictIntro);
        for (ConflictOfDuties.Condition c : ConflictOfDuties.Condition.values()) {
            Label l = new Label(I18n.t("disclosure.conflict." + c.key()));
            l.setWrapText(true);
            TextArea t = Forms.area(DisclosureFormViewModel.F_CONFLICT + "-" + c.key(), vm.conflictProperty(c),
                    TextLimits.LONG_TEXT, I18n.t("disclosure.conflict." + c.key()), notice, 2);
            l.setLabelFor(t);
            conflict.getChildren().addAll(l, t);
        }
        VBox conflictBox = withError(conflict, DisclosureFormViewModel.F_CONFLICT);
        conflictBox.visibleProperty().bind(vm.basisProperty().isEqualTo(DisclosureBasis.CONFLICT_VAN_PLICHTEN));
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        b.under(conflictBox);

        // Point 7: the partner that disclosed keeps the note in its own file too.
        ComboBox<String> from = new ComboBox<>();
        from.setId(DisclosureFormViewModel.F_FROM);
        from.getItems().add(null);
        vm.partners().forEach(p -> from.getItems().add(p.id()));
        Map<String, String> names = new HashMap<>();
        vm.partners().forEach(p -> names.put(p.id(), p.name()));
        from.setConverter(Forms.labels(id -> id == null ? I18n.t("disclosure.from.none") : names.getOrDefault(id, id)));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("disclosure.from"), withError(from, DisclosureFormViewModel.F_FROM), false).setLabelFor(from);

        TextArea why = Forms.area(F_WHY, vm.whyProperty(), TextLimits.LONG_TEXT, I18n.t("disclosure.why"), notice, 3);
        b.field(I18n.t("disclosure.why"), withError(why, F_WHY), true).setLabelFor(why);

        CheckBox informed = new CheckBox(I18n.t("disclosure.informed"));
        informed.setId("disclosure-informed");
        informed.selectedProperty().bindBidirectional(vm.clientInformedProperty());
        b.under(informed);
        TextArea whyNot = Forms.area(F_WHY_NOT_INFORMED, vm.whyNotInformedProperty(), TextLimits.LONG_TEXT,
                I18n.t("disclosure.whyNotInformed"), notice, 2);
        whyNot.disableProperty().bind(vm.clientInformedProperty());
        b.field(I18n.t("disclosure.whyNotInformed"), withError(whyNot, F_WHY_NOT_INFORMED), false).setLabelFor(whyNot);

        TextField decided = Forms.text(F_DECIDED_BY, vm.decidedByProperty(), TextLimits.NAME, I18n.t("disclosure.decidedBy"), notice);
        decided.setPromptText(I18n.t("disclosure.decidedByPrompt"));
        b.field(I18n.t("disclosure.decidedBy"), withError(decided, F_DECIDED_BY), true).setLabelFor(decided);

        Label noticeLabel = new Label();
        noticeLabel.getStyleClass().add("notice");
        noticeLabel.textProperty().bind(notice);
        b.under(noticeLabel);
        Platform.runLater(() -> {
            // straight to the first thing to fill in: the date is already right in nearly every case; in a
            // correction, what was wrong
            Node first = vm.corrects().isPresent() ? dialog.getDialogPane().lookup("#" + F_CORRECTION_REASON) : null;
            (first != null ? first : cats.getChildren().getFirst()).requestFocus();
        });
        return b.grid();
    }

    /** The control with its inline message underneath (shown once the field was touched or a save was tried). */
    private VBox withError(Node control, String field) {
        Label l = new Label();
        l.setId("error-" + field);
        l.getStyleClass().add("error");
        l.setWrapText(true);
        l.textProperty().bind(vm.shownMessage(field));
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        // advice (such as toestemming without recorded consent) is not an error: it does not stop the recording
        l.textProperty().addListener((o, a, b) -> l.getStyleClass().setAll("label",
                vm.problem(field).map(p -> p.blocking()).orElse(true) ? "error" : "advice"));
        VBox box = new VBox(2, control, l);
        Forms.markField(box, field);
        return box;
    }
}
