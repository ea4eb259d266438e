package nl.kring.ui.requests;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.RightsRequests;
import nl.kring.report.InzageMasking;
import nl.kring.report.InzageReport;
import nl.kring.retention.CaseEraser;
import nl.kring.service.RequestService;
import nl.kring.service.Services;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.StatusMessage;
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
    private final TaskExecutor executor;
    /** A deadline within this many days is shown as near. */
    static final int SOON_DAYS = 7;
    private final Services services;
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
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    private final StringProperty destroyScope = new SimpleStringProperty("");
    private final StringProperty confirmText = new SimpleStringProperty("");
    private final BooleanBinding confirmMatches;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StatusMessage status = new StatusMessage();
    // the review of the inzage copy: every passage it withholds, the chair may show one with a reason
    private final ObservableList<InzageMasking.Passage> passages = FXCollections.observableArrayList();
    private final ObjectProperty<InzageMasking.Passage> selectedPassage = new SimpleObjectProperty<>();
    private final BooleanProperty reviewing = new SimpleBooleanProperty();
    private final StringProperty unmaskReason = new SimpleStringProperty("");
    private RightsRequest reviewed;
    private BooleanSupplier formDirty = () -> false;
    private BooleanSupplier minutesDirty = () -> false;
    private Consumer<String> onDestroyed = n -> { };

    public RequestsViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        this.executor = executor;
        this.services = services;
        this.requestService = services == null ? null : services.requests();
        this.today = today;
        newReceived.set(Dates.format(today.get()));
        receivedProblem = Bindings.createStringBinding(() -> receivedProblem(newReceived.get()), newReceived);
        confirmMatches = Bindings.createBooleanBinding(() -> !caseNumber.get().isEmpty()
                && confirmText.get() != null && confirmText.get().strip().equals(caseNumber.get()), confirmText, caseNumber);
    }

    /** Whether the case form has unsaved changes (the access copy and a correction use the stored data). */
    /**
     * Whether the minutes editor holds unsaved minutes: destroying a case scrubs the client's name from the stored
     * minutes only, so unsaved text that still names them would bring the name back when it is saved.
     */
    public void setMinutesDirty(BooleanSupplier dirty) {
        this.minutesDirty = dirty;
    }

    public void setFormDirty(BooleanSupplier dirty) {
        this.formDirty = dirty;
    }

    /** Called with the case number after the case was destroyed on request. */
    public void setOnDestroyed(Consumer<String> then) {
        this.onDestroyed = then;
    }

    // ---- showing a case ----

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
        cancelDestroy();
        status.clear();
        newType.set(RequestType.INZAGE);
        newBy.set(Requester.CLIENT);
        newReceived.set(Dates.format(today.get()));
        if (!n.isEmpty()) {
            reload(null);
        }
    }

    private void reload(Long select) {
        String n = caseNumber.get();
        executor.background(p -> requestService.forCase(n)).busy(busy).onSuccess(list -> {
            if (!n.equals(caseNumber.get())) {
                return; // another case (or the lock) came in between
            }
            requests.setAll(list);
            selected.set(select == null ? null : list.stream().filter(r -> select.equals(r.id())).findFirst().orElse(null));
        }).onError(this::failed).start();
    }

    public void select(RightsRequest r) {
        if (r == selected.get()) {
            return;
        }
        selected.set(r);
        note.set("");
        cancelDestroy();
        cancelReview();
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
        if (n.isEmpty() || busy.get()) {
            return;
        }
        String problem = receivedProblem.get();
        if (!problem.isEmpty()) {
            status.error(problem);
            return;
        }
        RequestType type = newType.get();
        Requester by = newBy.get();
        LocalDate received = Dates.parse(newReceived.get()).date();
        LocalDate on = today.get();
        executor.background(p -> requestService.register(n, type, received, by, on)).busy(busy).onSuccess(r -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            status.info(I18n.t("requests.registered", RequestTexts.type(r.type()), Dates.format(r.deadline())));
            newReceived.set(Dates.format(today.get()));
            reload(r.id());
        }).onError(this::failed).start();
    }

    // ---- handling ----

    /**
     * Handles the selected open request the way its type asks: inzage and afschrift write the access copy to the file
     * {@code chooseFile} returns for a suggested name (null: the chair cancelled); a correction is marked handled with
     * the note; a destruction first shows what would be destroyed and asks for the case number.
     */
    public void handle(Function<String, Path> chooseFile) {
        RightsRequest r = selected.get();
        if (r == null || !r.isOpen() || busy.get()) {
            return;
        }
        switch (r.type()) {
            case INZAGE, AFSCHRIFT -> {
                if (formDirty.getAsBoolean()) {
                    status.error(I18n.t("requests.saveFirst.copy"));
                    return;
                }
                // First the review: every passage the copy withholds; the file is written from there.
                startReview(r);
            }
            case CORRECTIE -> {
                if (formDirty.getAsBoolean()) {
                    status.error(I18n.t("requests.saveFirst.correction"));
                    return;
                }
                close(r, RequestStatus.HANDLED);
            }
            case VERNIETIGING -> startDestroy();
        }
    }

    /** Refuses the selected open request; a refusal needs a reason, which the client is told. */
    public void refuse() {
        RightsRequest r = selected.get();
        if (r == null || !r.isOpen() || busy.get()) {
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
        if (r == null || busy.get()) {
            return;
        }
        LocalDate on = today.get();
        String reason = note.get();
        List<RightsRequests.Violation> v = RightsRequests.checkExtend(r, reason, on);
        if (!v.isEmpty()) {
            status.error(RequestTexts.violation(v.getFirst()));
            return;
        }
        String n = caseNumber.get();
        executor.background(p -> requestService.extend(r.id(), reason, on)).busy(busy).onSuccess(extended -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            note.set("");
            status.info(I18n.t("requests.extended", RequestTexts.type(extended.type()), Dates.format(extended.deadline())));
            reload(extended.id());
        }).onError(this::failed).start();
    }

    private void close(RightsRequest r, RequestStatus outcome) {
        LocalDate on = today.get();
        String text = note.get();
        List<RightsRequests.Violation> v = RightsRequests.checkClose(r, outcome, on, text, on);
        if (!v.isEmpty()) {
            status.error(RequestTexts.violation(v.getFirst()));
            return;
        }
        String n = caseNumber.get();
        executor.background(p -> requestService.close(r.id(), outcome, text, on)).busy(busy).onSuccess(closed -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            note.set("");
            status.info(I18n.t(outcome == RequestStatus.REFUSED ? "requests.refused" : "requests.handled",
                    RequestTexts.type(closed.type())));
            reload(closed.id());
        }).onError(this::failed).start();
    }

    // ---- the review of the inzage copy (AVG art. 15(4)) ----

    /** Loads every passage the copy of {@code r} would withhold, with the ones already unmasked for it. */
    private void startReview(RightsRequest r) {
        String n = caseNumber.get();
        executor.background(p -> previewIn(services, r)).busy(busy).onSuccess(list -> {
            if (!n.equals(caseNumber.get()) || selected.get() != r) {
                return;
            }
            reviewed = r;
            passages.setAll(list);
            selectedPassage.set(null);
            unmaskReason.set("");
            reviewing.set(true);
            long masked = list.stream().filter(x -> !x.unmasked()).count();
            status.info(I18n.t("requests.review.loaded", masked));
        }).onError(this::failed).start();
    }

    /** The passages the copy for {@code r} withholds (and those the chair unmasked for it), in the order of the copy. */
    static List<InzageMasking.Passage> previewIn(Services services, RightsRequest r) {
        var unmasked = services.requests().unmasked(r.id()).keySet();
        return InzageReport.preview(services.outputs().inzageInput(r.caseNumber()).withUnmasked(unmasked));
    }

    /** Shows the selected passage in the copy as written; needs a reason, kept with the request, audited without content. */
    public void unmaskSelected() {
        InzageMasking.Passage p = selectedPassage.get();
        RightsRequest r = reviewed;
        if (p == null || r == null || p.unmasked() || busy.get()) {
            return;
        }
        String reason = unmaskReason.get() == null ? "" : unmaskReason.get().strip();
        if (reason.isEmpty()) {
            status.error(I18n.t("requests.review.reasonNeeded"));
            return;
        }
        LocalDate on = today.get();
        executor.background(t -> {
            requestService.unmask(r, p.id(), p.category().name(), reason, on);
            return previewIn(services, r);
        }).busy(busy).onSuccess(list -> afterReviewChange(r, list, I18n.t("requests.review.unmasked"))).onError(this::failed).start();
    }

    /** Masks the selected passage again. */
    public void remaskSelected() {
        InzageMasking.Passage p = selectedPassage.get();
        RightsRequest r = reviewed;
        if (p == null || r == null || !p.unmasked() || busy.get()) {
            return;
        }
        executor.background(t -> {
            requestService.remask(r, p.id(), p.category().name());
            return previewIn(services, r);
        }).busy(busy).onSuccess(list -> afterReviewChange(r, list, I18n.t("requests.review.remasked"))).onError(this::failed).start();
    }

    private void afterReviewChange(RightsRequest r, List<InzageMasking.Passage> list, String message) {
        if (reviewed != r) {
            return;
        }
        String keep = selectedPassage.get() == null ? null : selectedPassage.get().id();
        passages.setAll(list);
        selectedPassage.set(keep == null ? null : list.stream().filter(x -> x.id().equals(keep)).findFirst().orElse(null));
        unmaskReason.set("");
        status.info(message);
    }

    /** Writes the reviewed copy to the file {@code chooseFile} returns (null: the chair cancelled), then closes the request. */
    public void writeReviewed(Function<String, Path> chooseFile) {
        RightsRequest r = reviewed;
        if (r == null || !reviewing.get() || busy.get()) {
            return;
        }
        if (formDirty.getAsBoolean()) {
            status.error(I18n.t("requests.saveFirst.copy"));
            return;
        }
        Path file = chooseFile.apply(suggestedFileName(r));
        if (file != null) {
            writeCopy(r, file);
        }
    }

    /**
     * The copy under review exactly as {@link #writeReviewed} would save it (the passages the chair now shows shown),
     * as page images rendered in the background (issue 11: every output previewed before it leaves); nothing written.
     */
    public void previewReviewed(java.util.function.Consumer<List<byte[]>> done) {
        RightsRequest r = reviewed;
        if (r == null || !reviewing.get() || busy.get()) {
            return;
        }
        if (formDirty.getAsBoolean()) {
            status.error(I18n.t("requests.saveFirst.copy"));
            return;
        }
        executor.background(p -> nl.kring.ui.common.PdfPreview.pages(services.outputs().inzagePreview(
                r.caseNumber(), services.requests().unmasked(r.id()).keySet()))).busy(busy).onSuccess(pages -> {
            if (reviewed == r) {
                done.accept(pages);
            }
        }).onError(this::failed).start();
    }

    public void cancelReview() {
        reviewing.set(false);
        reviewed = null;
        passages.clear();
        selectedPassage.set(null);
        unmaskReason.set("");
    }

    /** One line for the review list: where, the text as stored, what the copy shows. */
    public String passageText(InzageMasking.Passage p) {
        return p.unmasked() ? I18n.t("requests.review.passage.shown", p.where(), p.original())
                : I18n.t("requests.review.passage", p.where(), p.original(), p.marker() == null ? "" : p.marker());
    }

    private void writeCopy(RightsRequest r, Path file) {
        String n = caseNumber.get();
        String text = note.get();
        LocalDate on = today.get();
        executor.background(p -> {
            p.update(-1, I18n.t("requests.progress.copy", file.getFileName()));
            return copyIn(services, r.id(), file, text, on);
        }).busy(busy).progress(progress, progressText).onSuccess(closed -> {
            progressText.set("");
            if (!n.equals(caseNumber.get())) {
                return;
            }
            note.set("");
            cancelReview();
            status.info(I18n.t("requests.copyWritten", RequestTexts.type(closed.type()), file.toAbsolutePath()));
            reload(closed.id());
        }).onError(this::failed).start();
    }

    /**
     * Writes the access copy (all data held and every disclosure, the melder masked), then marks the request handled.
     * When the copy cannot be written the request stays open.
     */
    static RightsRequest copyIn(Services services, long id, Path file, String note, LocalDate today)
            throws Failures.UserMessage, IOException {
        RightsRequest r = services.requests().find(id).orElseThrow(() -> new Failures.UserMessage(I18n.t("requests.error.gone")));
        if (!r.type().answeredWithAccessCopy()) {
            throw new IllegalStateException("request " + id + " is not answered with the access copy");
        }
        List<RightsRequests.Violation> v = RightsRequests.checkClose(r, RequestStatus.HANDLED, today, note, today);
        if (!v.isEmpty()) {
            throw new Failures.UserMessage(RequestTexts.violation(v.getFirst()));
        }
        // The shared output rule: never inside a vault folder, never over a vault file.
        if (nl.kring.vault.OutputPaths.problem(file).isPresent()) {
            throw new Failures.UserMessage(I18n.t("requests.error.outPath"));
        }
        services.outputs().inzage(r.caseNumber(), file, services.requests().unmasked(id).keySet());
        return services.requests().close(id, RequestStatus.HANDLED, note, today);
    }

    static String suggestedFileName(RightsRequest r) {
        return (r.type() == RequestType.AFSCHRIFT ? "afschrift-" : "inzage-") + r.caseNumber() + ".pdf";
    }

    // ---- destruction ----

    /**
     * What destroying a case takes with it, counted for the confirmation; {@code elsewhere}: the texts of other cases
     * that mention the client and will have the name replaced by the case number.
     */
    public record Scope(int agendaItems, int paragraphs, int decisions, int disclosures, int requests,
                        CaseEraser.Counts elsewhere) {
    }

    static Scope scopeIn(Services services, String number) {
        int items = 0;
        int paragraphs = 0;
        int decisions = 0;
        for (LocalDate d : services.meetings().datesDiscussing(number)) {
            Meeting m = services.meetings().find(d).orElse(null);
            if (m == null) {
                continue;
            }
            for (AgendaItem i : m.items()) {
                if (i.caseNumber().equals(number)) {
                    items++;
                    paragraphs += i.minutes().size();
                    decisions += i.decisions().size();
                }
            }
        }
        return new Scope(items, paragraphs, decisions, services.disclosures().forCase(number).size(),
                services.requests().forCase(number).size(), services.requests().destructionPreview(number));
    }

    private void startDestroy() {
        RightsRequest r = selected.get();
        String n = caseNumber.get();
        executor.background(p -> scopeIn(services, n)).busy(busy).onSuccess(s -> {
            if (!n.equals(caseNumber.get()) || selected.get() != r) {
                return;
            }
            String scope = I18n.t("requests.destroy.scope", n, s.agendaItems(), s.paragraphs(), s.decisions(),
                    s.disclosures(), s.requests());
            destroyScope.set(s.elsewhere().isEmpty() ? scope : scope + " " + I18n.t("requests.destroy.scrub",
                    s.elsewhere().texts() + s.elsewhere().nameDecisions(), n));
            confirmText.set("");
            confirming.set(true);
            status.clear();
        }).onError(this::failed).start();
    }

    public void cancelDestroy() {
        confirming.set(false);
        confirmText.set("");
        destroyScope.set("");
    }

    /** Destroys the case once the chair has typed its number; the list and the form follow through onDestroyed. */
    public void destroy() {
        RightsRequest r = selected.get();
        if (r == null || r.type() != RequestType.VERNIETIGING || !confirming.get() || busy.get()) {
            return;
        }
        if (!confirmMatches.get()) {
            status.error(I18n.t("requests.destroy.typeNumber", caseNumber.get()));
            return;
        }
        if (minutesDirty.getAsBoolean()) {
            status.error(I18n.t("requests.destroy.minutesUnsaved"));
            return;
        }
        String n = caseNumber.get();
        LocalDate on = today.get();
        executor.background(p -> {
            p.update(-1, I18n.t("requests.progress.destroy", n));
            requestService.destroyOnRequest(r.id(), n, on);
            return n;
        }).busy(busy).progress(progress, progressText).onSuccess(done -> {
            progressText.set("");
            show("");
            onDestroyed.accept(done);
        }).onError(this::failed).start();
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
    private void failed(Throwable e) {
        progressText.set("");
        status.error(switch (e) {
            case IOException io -> I18n.t("requests.error.write");
            case RightsRequests.RuleException rule -> RequestTexts.violation(rule.violation());
            case RequestService.Gone gone -> gone.caseNumber() == null ? I18n.t("requests.error.gone")
                    : I18n.t("requests.error.caseGone", gone.caseNumber());
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

    public ObservableList<InzageMasking.Passage> passages() {
        return passages;
    }

    public ObjectProperty<InzageMasking.Passage> selectedPassageProperty() {
        return selectedPassage;
    }

    public BooleanProperty reviewingProperty() {
        return reviewing;
    }

    public StringProperty unmaskReasonProperty() {
        return unmaskReason;
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

    public BooleanProperty confirmingProperty() {
        return confirming;
    }

    public StringProperty destroyScopeProperty() {
        return destroyScope;
    }

    public StringProperty confirmTextProperty() {
        return confirmText;
    }

    public BooleanBinding confirmMatchesBinding() {
        return confirmMatches;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty messageProperty() {
        return status.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return status.isErrorProperty();
    }
}
