package nl.kring.ui.requests;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequest;
import nl.kring.service.RequestService;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;

import java.time.LocalDate;

/**
 * The destruction of a case on its request for destruction (AVG art. 17): first what would go is counted and shown,
 * then the chair types the case number to confirm, then the case is destroyed in the background. The rules stay in
 * {@link RequestService#destroyOnRequest} (a request not yet closable, a minutes editor holding unsaved minutes); their
 * refusals come back in types and are said by {@link RequestsViewModel#failed}. Part of the requests of one case:
 * {@link RequestsViewModel} composes it and starts it when the chair handles an open destruction request.
 */
public final class DestructionConfirmation {
    private final ScreenTasks tasks;
    private final RequestService requestService;
    private final RequestsViewModel requests;
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty confirmText = new SimpleStringProperty("");
    private final BooleanBinding confirmMatches;

    DestructionConfirmation(ScreenTasks tasks, RequestService requestService, RequestsViewModel requests) {
        this.tasks = tasks;
        this.requestService = requestService;
        this.requests = requests;
        var number = requests.caseNumberProperty();
        confirmMatches = Bindings.createBooleanBinding(() -> !number.get().isEmpty()
                && confirmText.get() != null && confirmText.get().strip().equals(number.get()), confirmText, number);
    }

    /** Counts what destroying the case of request {@code r} takes with it and asks for the case number. */
    void start(RightsRequest r) {
        String n = requests.caseNumberProperty().get();
        tasks.run(p -> requestService.destructionScope(n), s -> {
            if (!n.equals(requests.caseNumberProperty().get()) || requests.selectedProperty().get() != r) {
                return; // another case or request came in between
            }
            String text = I18n.t("requests.destroy.scope", n, s.agendaItems(), s.paragraphs(), s.decisions(),
                    s.disclosures(), s.requests());
            scope.set(s.elsewhere().isEmpty() ? text : text + " " + I18n.t("requests.destroy.scrub",
                    s.elsewhere().texts() + s.elsewhere().nameDecisions(), n));
            confirmText.set("");
            confirming.set(true);
            tasks.status().clear();
        }, requests::failed);
    }

    public void cancel() {
        confirming.set(false);
        confirmText.set("");
        scope.set("");
    }

    /** Destroys the case once the chair has typed its number; the list and the form follow through onDestroyed. */
    public void destroy() {
        RightsRequest r = requests.selectedProperty().get();
        if (r == null || r.type() != RequestType.VERNIETIGING || !confirming.get() || tasks.isBusy()) {
            return;
        }
        String n = requests.caseNumberProperty().get();
        if (!confirmMatches.get()) {
            tasks.status().error(I18n.t("requests.destroy.typeNumber", n));
            return;
        }
        LocalDate on = requests.today();
        tasks.run(p -> {
            p.update(-1, I18n.t("requests.progress.destroy", n));
            requestService.destroyOnRequest(r.id(), n, on);
            return n;
        }, requests.progressProperty(), requests.progressTextProperty(), requests::destroyed, requests::failed);
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming;
    }

    /** What would go, in words, while confirming. */
    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty confirmTextProperty() {
        return confirmText;
    }

    public BooleanBinding confirmMatchesBinding() {
        return confirmMatches;
    }
}
