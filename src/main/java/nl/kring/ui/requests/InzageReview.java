package nl.kring.ui.requests;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.RightsRequests;
import nl.kring.report.InzageMasking;
import nl.kring.report.InzageReport;
import nl.kring.service.Services;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.PdfPreview;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.vault.OutputPaths;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The review of an inzage or afschrift copy before it is written (AVG art. 15(4)): every passage the copy withholds
 * (the melder, relatives, other clients, unknown persons), the chair may show one with a reason (kept with the
 * request, audited without content) or mask it again, preview the copy as it will be written, and write it, which
 * marks the request handled. Part of the requests of one case ({@link RequestsViewModel} composes it and starts it
 * when the chair handles an open inzage or afschrift).
 */
public final class InzageReview {
    private final ScreenTasks tasks;
    private final Services services;
    private final RequestsViewModel requests;
    // every passage the copy withholds, the chair may show one with a reason
    private final ObservableList<InzageMasking.Passage> passages = FXCollections.observableArrayList();
    private final ObjectProperty<InzageMasking.Passage> selectedPassage = new SimpleObjectProperty<>();
    private final BooleanProperty reviewing = new SimpleBooleanProperty();
    private final StringProperty unmaskReason = new SimpleStringProperty("");
    private RightsRequest reviewed;

    InzageReview(ScreenTasks tasks, Services services, RequestsViewModel requests) {
        this.tasks = tasks;
        this.services = services;
        this.requests = requests;
    }

    /** Loads every passage the copy of {@code r} would withhold, with the ones already unmasked for it. */
    void start(RightsRequest r) {
        String n = requests.caseNumberProperty().get();
        tasks.run(p -> previewIn(services, r), list -> {
            if (!n.equals(requests.caseNumberProperty().get()) || requests.selectedProperty().get() != r) {
                return;
            }
            reviewed = r;
            passages.setAll(list);
            selectedPassage.set(null);
            unmaskReason.set("");
            reviewing.set(true);
            long masked = list.stream().filter(x -> !x.unmasked()).count();
            tasks.status().info(I18n.t("requests.review.loaded", masked));
        }, requests::failed);
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
        if (p == null || r == null || p.unmasked() || tasks.isBusy()) {
            return;
        }
        String reason = unmaskReason.get() == null ? "" : unmaskReason.get().strip();
        if (reason.isEmpty()) {
            tasks.status().error(I18n.t("requests.review.reasonNeeded"));
            return;
        }
        LocalDate on = requests.today();
        tasks.run(t -> {
            services.requests().unmask(r, p.id(), p.category().name(), reason, on);
            return previewIn(services, r);
        }, list -> afterReviewChange(r, list, I18n.t("requests.review.unmasked")), requests::failed);
    }

    /** Masks the selected passage again. */
    public void remaskSelected() {
        InzageMasking.Passage p = selectedPassage.get();
        RightsRequest r = reviewed;
        if (p == null || r == null || !p.unmasked() || tasks.isBusy()) {
            return;
        }
        tasks.run(t -> {
            services.requests().remask(r, p.id(), p.category().name());
            return previewIn(services, r);
        }, list -> afterReviewChange(r, list, I18n.t("requests.review.remasked")), requests::failed);
    }

    private void afterReviewChange(RightsRequest r, List<InzageMasking.Passage> list, String message) {
        if (reviewed != r) {
            return;
        }
        String keep = selectedPassage.get() == null ? null : selectedPassage.get().id();
        passages.setAll(list);
        selectedPassage.set(keep == null ? null : list.stream().filter(x -> x.id().equals(keep)).findFirst().orElse(null));
        unmaskReason.set("");
        tasks.status().info(message);
    }

    /**
     * What writing and previewing the copy both check first: a copy under review, no work under way, and no unsaved
     * changes in the case form (the copy is made from the stored case). The request under review, or null.
     */
    private RightsRequest ready() {
        RightsRequest r = reviewed;
        if (r == null || !reviewing.get() || tasks.isBusy()) {
            return null;
        }
        if (requests.formDirty()) {
            tasks.status().error(I18n.t("requests.saveFirst.copy"));
            return null;
        }
        return r;
    }

    /** Writes the reviewed copy to the file {@code chooseFile} returns (null: the chair cancelled), then closes the request. */
    public void write(Function<String, Path> chooseFile) {
        RightsRequest r = ready();
        if (r == null) {
            return;
        }
        Path file = chooseFile.apply(suggestedFileName(r));
        if (file != null) {
            writeCopy(r, file);
        }
    }

    /**
     * The copy under review exactly as {@link #write} would save it (the passages the chair now shows shown),
     * as page images rendered in the background (issue 11: every output previewed before it leaves); nothing written.
     */
    public void preview(Consumer<List<byte[]>> done) {
        RightsRequest r = ready();
        if (r == null) {
            return;
        }
        tasks.run(p -> PdfPreview.pages(services.outputs().inzagePreview(
                r.caseNumber(), services.requests().unmasked(r.id()).keySet())), pages -> {
            if (reviewed == r) {
                done.accept(pages);
            }
        }, requests::failed);
    }

    public void cancel() {
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
        String n = requests.caseNumberProperty().get();
        String text = requests.noteProperty().get();
        LocalDate on = requests.today();
        tasks.run(p -> {
            p.update(-1, I18n.t("requests.progress.copy", file.getFileName()));
            return copyIn(services, r.id(), file, text, on);
        }, requests.progressProperty(), requests.progressTextProperty(), closed -> {
            requests.progressTextProperty().set("");
            if (!n.equals(requests.caseNumberProperty().get())) {
                return;
            }
            requests.noteProperty().set("");
            cancel();
            tasks.status().info(I18n.t("requests.copyWritten", RequestTexts.type(closed.type()), file.toAbsolutePath()));
            requests.reload(closed.id());
        }, requests::failed);
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
        if (OutputPaths.problem(file).isPresent()) {
            throw new Failures.UserMessage(I18n.t("requests.error.outPath"));
        }
        services.outputs().inzage(r.caseNumber(), file, services.requests().unmasked(id).keySet());
        return services.requests().close(id, RequestStatus.HANDLED, note, today);
    }

    static String suggestedFileName(RightsRequest r) {
        return (r.type() == RequestType.AFSCHRIFT ? "afschrift-" : "inzage-") + r.caseNumber() + ".pdf";
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
}
