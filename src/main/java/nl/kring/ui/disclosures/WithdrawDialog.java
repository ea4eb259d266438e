package nl.kring.ui.disclosures;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.kring.domain.DisclosureRules;
import nl.kring.store.DisclosureRepository;
import nl.kring.service.Services;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.TextLimits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Intrekken…": asks why a note is withdrawn, then withdraws it in the background. The note stays listed, marked, and
 * in the client's inzage copy; the dialog says so, and points to "Corrigeren…" for a note that was only partly wrong.
 */
public final class WithdrawDialog {
    private final WithdrawalFormViewModel vm;
    private final Dialog<ButtonType> dialog = Escape.closes(new Dialog<>());
    private final ScreenTasks tasks;
    private final SimpleStringProperty message = new SimpleStringProperty("");

    private WithdrawDialog(Node owner, TaskExecutor executor, Services services, WithdrawalFormViewModel vm, Map<String, String> partnerNames,
                           Consumer<DisclosureRepository.Entry> withdrawn) {
        this.vm = vm;
        this.tasks = new ScreenTasks(executor);
        DisclosureRepository.Entry note = vm.note();
        dialog.setTitle(I18n.t("disclosure.title"));
        dialog.setHeaderText(I18n.t("disclosure.withdraw.header", note.caseNumber(), Dates.format(note.disclosure().date())));
        dialog.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setId("withdraw-dialog");

        Label what = new Label(I18n.t("disclosure.withdraw.what",
                DisclosureSection.recipients(note.disclosure(), partnerNames::get), DisclosureSection.categories(note.disclosure()),
                note.disclosure().basis().label()));
        what.setWrapText(true);
        Label hint = Forms.hint(I18n.t("disclosure.withdraw.hint"));
        Label reasonLabel = new Label(I18n.t("disclosure.withdraw.reason"));
        TextArea reason = Forms.area(WithdrawalFormViewModel.F_REASON, vm.reasonProperty(), TextLimits.LONG_TEXT,
                I18n.t("disclosure.withdraw.reason"), vm.noticeProperty(), 3);
        reason.setPromptText(I18n.t("disclosure.withdraw.reasonPrompt"));
        reasonLabel.setLabelFor(reason);
        Label error = new Label();
        error.setId("error-" + WithdrawalFormViewModel.F_REASON);
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.shownMessage());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label failure = new Label();
        failure.setId("withdraw-message");
        failure.getStyleClass().add("error");
        failure.setWrapText(true);
        failure.textProperty().bind(message);
        failure.visibleProperty().bind(message.isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        VBox content = new VBox(8, what, hint, reasonLabel, reason, error, failure);
        content.setPrefWidth(Forms.em(40));
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(I18n.t("disclosure.withdraw.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(ok);
        confirm.setId("withdraw-confirm");
        confirm.disableProperty().bind(tasks.busyProperty());
        confirm.setDefaultButton(false); // Enter belongs to the text area; the withdrawal is a deliberate click
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            withdraw(services, withdrawn, reason);
        });
        dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(tasks.busyProperty());
        Platform.runLater(reason::requestFocus);
    }

    /**
     * Reads the partner names as work of the screen that asks ({@code screen}: its busy flag, and nothing opens after
     * the lock), then asks; {@code withdrawn} runs after the withdrawal.
     */
    public static void open(Node owner, ScreenTasks screen, Services services, DisclosureRepository.Entry note,
                            Consumer<DisclosureRepository.Entry> withdrawn, Consumer<Throwable> failed) {
        screen.run(p -> services.partners().all(), partners -> {
            Map<String, String> names = new HashMap<>();
            partners.forEach(pt -> names.put(pt.id(), pt.name()));
            new WithdrawDialog(owner, screen.executor(), services, new WithdrawalFormViewModel(note, LocalDate::now), names,
                    withdrawn).dialog.show();
        }, failed);
    }

    private void withdraw(Services services, Consumer<DisclosureRepository.Entry> withdrawn, TextArea reasonField) {
        if (tasks.isBusy()) {
            return;
        }
        if (!vm.attemptSave()) {
            reasonField.requestFocus();
            return;
        }
        message.set("");
        long id = vm.note().id();
        String reason = vm.reasonProperty().get();
        LocalDate today = vm.today();
        tasks.run(p -> services.disclosures().withdraw(id, today, reason), entry -> {
            dialog.close();
            withdrawn.accept(entry);
        }, e -> message.set(describe(e)));
    }

    /** A refused withdrawal in words (the note was withdrawn meanwhile, from another screen); else the usual. */
    static String describe(Throwable e) {
        if (e instanceof DisclosureRepository.WithdrawalRefused r) {
            if (r.problems().contains(DisclosureRules.WithdrawalProblem.ALREADY_WITHDRAWN)) {
                return I18n.t("disclosure.withdraw.error.meanwhile");
            }
            if (r.problems().contains(DisclosureRules.WithdrawalProblem.UNCHANGED)) {
                return I18n.t("disclosure.correct.error.unchanged");
            }
            if (r.problems().contains(DisclosureRules.WithdrawalProblem.NO_REASON)) {
                return I18n.t("disclosure.withdraw.error.noReason");
            }
        }
        return Failures.describe(e);
    }
}
