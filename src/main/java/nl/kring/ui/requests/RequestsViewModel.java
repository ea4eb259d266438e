package nl.kring.ui.requests;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.RightsRequests;
import nl.kring.service.RequestService;
import nl.kring.service.Services;
import nl.kring.service.UnsavedMinutes;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The requests of the data subject on one case (guideline point 10, AVG art. 12 and 15-17): the list with status
 * and deadline, registering a new one, and handling it: the access copy for inzage and afschrift, a note of what
 * was corrected, the destruction of the whole case, or a refusal with a reason. Every change is audited without
 * content: the case number, the request's number, type and outcome, never the chair's notes.
 */
public final class RequestsViewModel {
    private final ScreenTasks tasks;
    /** A deadline within this many days is shown as near. */
    static final int SOON_DAYS = 7;
    private final RequestService requestService;
    private final Supplier<LocalDate> today;
    private final ReadOnlyStringWrapper caseNumber = new ReadOnlyStringWrapper("");
    private final ObservableList<RightsRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<RightsRequest> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RequestType> newType = new SimpleObjectProperty<>(RequestType.INZAGE);
    private final StringProperty newReceived = new SimpleStringProperty("");
    private final ObjectProperty<Requester> newBy = new SimpleObjectProperty<>(Requester.CLIENT);
    private final StringBinding receivedProblem;
    private final StringProperty note = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final InzageReview review;
    private final DestructionConfirmation destruction;
    private BooleanSupplier formDirty = () -> false;
    private Consumer<String> onDestroyed = n -> { };

    public RequestsViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        this.tasks = new ScreenTasks(executor);
        this.review = new InzageReview(tasks, services, this);
        this.requestService = services == null ? null : services.requests();
        this.destruction = new DestructionConfirmation(tasks, requestService, this);
        this.today = today;
        newReceived.set(Dates.format(today.get()));
        receivedProblem = Bindings.createStringBinding(() -> receivedProblem(newReceived.get()), newReceived);
    }

    /** Whether the case form has unsaved changes (the access copy and a correction use the stored data). */
    public void setFormDirty(BooleanSupplier dirty) {
        this.formDirty = dirty;
    }

    /** Called with the case number after the case was destroyed on request. */
    public void setOnDestroyed(Consumer<String> then) {
        this.onDestroyed = then;
    }

    // ---- showing a case ----

    /** After a lock: nothing of the case stays shown, and results still on their way are ignored. */
    public void clear() {
        tasks.clear();
        show("");
    }

    /** Shows the requests of a stored case; "" shows nothing (no case, a new case, after a lock). */
    public void show(String number) {
        String n = number == null ? "" : number.strip();
        if (n.equals(caseNumber.get())) {
            return;
        }
        caseNumber.set(n);
        requests.clear();
        selected.set(null);
        note.set("");
        destruction.cancel();
        tasks.status().clear();
        newType.set(RequestType.INZAGE);
        newBy.set(Requester.CLIENT);
        newReceived.set(Dates.format(today.get()));
        if (!n.isEmpty()) {
            reload(null);
        }
    }

    void reload(Long select) {
        String n = caseNumber.get();
        tasks.run(p -> requestService.forCase(n), list -> {
            if (!n.equals(caseNumber.get())) {
                return; // another case (or the lock) came in between
            }
            requests.setAll(list);
            selected.set(select == null ? null : list.stream().filter(r -> select.equals(r.id())).findFirst().orElse(null));
        }, this::failed);
    }

    public void select(RightsRequest r) {
        if (r == selected.get()) {
            return;
        }
        selected.set(r);
        note.set("");
        destruction.cancel();
        review.cancel();
    }

    // ---- registering ----

    String receivedProblem(String text) {
        Dates.Parsed p = Dates.parse(text);
        if (p.invalid()) {
            return I18n.t("validation.dateInvalid", I18n.t("requests.received"), text.strip());
        }
        List<RightsRequests.Violation> v = RightsRequests.checkReceived(p.date(), today.get());
        return v.isEmpty() ? "" : RequestTexts.violation(v.getFirst());
    }

    public void register() {
        String n = caseNumber.get();
        if (n.isEmpty() || tasks.isBusy()) {
            return;
        }
        String problem = receivedProblem.get();
        if (!problem.isEmpty()) {
            tasks.status().error(problem);
            return;
        }
        RequestType type = newType.get();
        Requester by = newBy.get();
        LocalDate received = Dates.parse(newReceived.get()).date();
        LocalDate on = today.get();
        tasks.run(p -> requestService.register(n, type, received, by, on), r -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            tasks.status().info(I18n.t("requests.registered", RequestTexts.type(r.type()), Dates.format(r.deadline())));
            newReceived.set(Dates.format(today.get()));
            reload(r.id());
        }, this::failed);
    }

    // ---- handling ----

    /**
     * Handles the selected open request the way its type asks: inzage and afschrift write the access copy to the file
     * {@code chooseFile} returns for a suggested name (null: the chair cancelled); a correction is marked handled with
     * the note; a destruction first shows what would be destroyed and asks for the case number.
     */
    public void handle(Function<String, Path> chooseFile) {
        RightsRequest r = selected.get();
        if (r == null || !r.isOpen() || tasks.isBusy()) {
            return;
        }
        switch (r.type()) {
            case INZAGE, AFSCHRIFT -> {
                if (formDirty.getAsBoolean()) {
                    tasks.status().error(I18n.t("requests.saveFirst.copy"));
                    return;
                }
                // First the review: every passage the copy withholds; the file is written from there.
                review.start(r);
            }
            case CORRECTIE -> {
                if (formDirty.getAsBoolean()) {
                    tasks.status().error(I18n.t("requests.saveFirst.correction"));
                    return;
                }
                close(r, RequestStatus.HANDLED);
            }
            case VERNIETIGING -> destruction.start(r);
        }
    }

    /** Refuses the selected open request; a refusal needs a reason, which the client is told. */
    public void refuse() {
        RightsRequest r = selected.get();
        if (r == null || !r.isOpen() || tasks.isBusy()) {
            return;
        }
        close(r, RequestStatus.REFUSED);
    }

    /**
     * Puts off the answer to the selected open request by two months (AVG art. 12(3)); the note holds the reasons,
     * which the client must be told within the first month.
     */
    public void extend() {
        RightsRequest r = selected.get();
        if (r == null || tasks.isBusy()) {
            return;
        }
        LocalDate on = today.get();
        String reason = note.get();
        List<RightsRequests.Violation> v = RightsRequests.checkExtend(r, reason, on);
        if (!v.isEmpty()) {
            tasks.status().error(RequestTexts.violation(v.getFirst()));
            return;
        }
        String n = caseNumber.get();
        tasks.run(p -> requestService.extend(r.id(), reason, on), extended -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            note.set("");
            tasks.status().info(I18n.t("requests.extended", RequestTexts.type(extended.type()), Dates.format(extended.deadline())));
            reload(extended.id());
        }, this::failed);
    }

    private void close(RightsRequest r, RequestStatus outcome) {
        LocalDate on = today.get();
        String text = note.get();
        List<RightsRequests.Violation> v = RightsRequests.checkClose(r, outcome, on, text, on);
        if (!v.isEmpty()) {
            tasks.status().error(RequestTexts.violation(v.getFirst()));
            return;
        }
        String n = caseNumber.get();
        tasks.run(p -> requestService.close(r.id(), outcome, text, on), closed -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            note.set("");
            tasks.status().info(I18n.t(outcome == RequestStatus.REFUSED ? "requests.refused" : "requests.handled",
                    RequestTexts.type(closed.type())));
            reload(closed.id());
        }, this::failed);
    }

    // ---- what the review of the inzage copy needs ----

    LocalDate today() {
        return today.get();
    }

    boolean formDirty() {
        return formDirty.getAsBoolean();
    }

    /** The case was destroyed on request: nothing of it stays shown, the list and the form follow. */
    void destroyed(String number) {
        progressText.set("");
        show("");
        onDestroyed.accept(number);
    }

    // ---- texts for the list ----

    /** The deadline, marked when it has passed or is near, for an open request. */
    public String deadlineText(RightsRequest r) {
        String date = Dates.format(r.deadline());
        if (!r.isOpen()) {
            return date;
        }
        long left = RightsRequests.daysLeft(r, today.get());
        if (left < 0) {
            return I18n.t("requests.deadline.overdue", date, -left);
        }
        return left <= SOON_DAYS ? I18n.t("requests.deadline.soon", date, left) : date;
    }

    public boolean isOverdue(RightsRequest r) {
        return r.isOverdue(today.get());
    }

    /** Open and due within a week. */
    public boolean isDueSoon(RightsRequest r) {
        long left = RightsRequests.daysLeft(r, today.get());
        return r.isOpen() && left >= 0 && left <= SOON_DAYS;
    }

    /** The status for the list: an open request says how late it is, or how little time is left. */
    public String statusText(RightsRequest r) {
        if (!r.isOpen()) {
            return I18n.t("requests.status.closedOn", RequestTexts.status(r.status()), Dates.format(r.handledOn()));
        }
        long left = RightsRequests.daysLeft(r, today.get());
        if (left < 0) {
            return I18n.t("requests.status.late", -left);
        }
        return left <= SOON_DAYS ? I18n.t("requests.status.soon", left) : RequestTexts.status(r.status());
    }

    /** What happened to a closed request, for the line under the list. */
    public String outcomeText(RightsRequest r) {
        if (r == null || r.isOpen()) {
            return "";
        }
        String head = I18n.t(r.status() == RequestStatus.REFUSED ? "requests.outcome.refused" : "requests.outcome.handled",
                RequestTexts.type(r.type()), Dates.format(r.handledOn()));
        String out = r.outcomeNote() == null ? head : head + " " + I18n.t("requests.outcome.note", r.outcomeNote());
        return r.isExtended() ? out + " " + extensionText(r) : out;
    }

    /** "Termijn verlengd op … tot …: reden" for an extended request; "" otherwise. */
    public String extensionText(RightsRequest r) {
        return r == null || !r.isExtended() ? "" : I18n.t("requests.extension", Dates.format(r.extendedOn()),
                Dates.format(r.deadline()), r.extensionReason());
    }

    /** "2 open, 1 te laat" for the section heading; "" when there are none. */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            long open = requests.stream().filter(RightsRequest::isOpen).count();
            long late = requests.stream().filter(this::isOverdue).count();
            if (requests.isEmpty()) {
                return "";
            }
            return late > 0 ? I18n.t("requests.summary.late", open, late) : I18n.t("requests.summary", open);
        }, requests);
    }

    // ---- messages ----

    /** A failure in Dutch: the request service's refusals in types (a rule broken, a request or case gone). */
    void failed(Throwable e) {
        progressText.set("");
        tasks.status().error(switch (e) {
            case IOException io -> I18n.t("requests.error.write");
            case RightsRequests.RuleException rule -> RequestTexts.violation(rule.violation());
            case RequestService.Gone gone -> gone.caseNumber() == null ? I18n.t("requests.error.gone")
                    : I18n.t("requests.error.caseGone", gone.caseNumber());
            case UnsavedMinutes.DestructionRefused unsaved -> I18n.t("requests.destroy.minutesUnsaved");
            default -> Failures.describe(e);
        });
    }

    // ---- properties ----

    public ReadOnlyStringProperty caseNumberProperty() {
        return caseNumber.getReadOnlyProperty();
    }

    public ObservableList<RightsRequest> requests() {
        return requests;
    }

    /** The review of the inzage or afschrift copy being answered. */
    public InzageReview review() {
        return review;
    }

    public ObjectProperty<RightsRequest> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RequestType> newTypeProperty() {
        return newType;
    }

    public StringProperty newReceivedProperty() {
        return newReceived;
    }

    public ObjectProperty<Requester> newByProperty() {
        return newBy;
    }

    public StringBinding receivedProblemProperty() {
        return receivedProblem;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The confirmation of a destruction on request, shown while confirming. */
    public DestructionConfirmation destruction() {
        return destruction;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty messageProperty() {
        return tasks.status().textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return tasks.status().isErrorProperty();
    }
}
