package nl.kring.ui.requests;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ReferrerFeedback;
import nl.kring.service.Services;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TaskExecutor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The terugmelding aan de verwijzer from the case screen: a letter to the melder with only what they may know. It is
 * refused, in words, when there is nobody to send it to (an anonymous melder, no name and no organisation).
 */
public final class ReferrerFeedbackViewModel extends CaseDocumentViewModel {
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");

    public ReferrerFeedbackViewModel(TaskExecutor executor, Services services) {
        super(executor, services);
    }

    /**
     * Checks the stored melder first, then asks {@code chooseFile} for the file (with a suggested name; null: the
     * chair cancelled) and writes the letter in the background.
     */
    @Override
    public void write(Function<String, Path> chooseFile) {
        String n = caseNumber.get();
        if (n.isEmpty() || busy.get()) {
            return;
        }
        if (formDirty()) {
            status.error(I18n.t("feedback.saveFirst"));
            return;
        }
        executor.background(p -> refusalIn(services, n)).busy(busy).onSuccess(refusal -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            if (refusal.isPresent()) {
                status.error(RequestTexts.feedbackRefusal(refusal.get()));
                return;
            }
            Path file = chooseFile.apply("terugmelding-" + n + ".pdf");
            if (file != null) {
                writeTo(n, file);
            }
        }).onError(this::failed).start();
    }

    /**
     * The letter exactly as {@link #write} would write it, as page images rendered in the background (issue 11: every
     * output previewed before it leaves); the same refusals, in words, and nothing written or audited.
     */
    public void preview(java.util.function.Consumer<java.util.List<byte[]>> done) {
        String n = caseNumber.get();
        if (n.isEmpty() || busy.get()) {
            return;
        }
        if (formDirty()) {
            status.error(I18n.t("feedback.saveFirst"));
            return;
        }
        executor.background(p -> {
            Optional<ReferrerFeedback.Refusal> refusal = refusalIn(services, n);
            if (refusal.isPresent()) {
                throw new Failures.UserMessage(RequestTexts.feedbackRefusal(refusal.get()));
            }
            return nl.kring.ui.common.PdfPreview.pages(services.outputs().referrerFeedbackPreview(n));
        }).busy(busy).onSuccess(pages -> {
            if (n.equals(caseNumber.get())) {
                status.clear();
                done.accept(pages);
            }
        }).onError(this::failed).start();
    }

    /** Why no letter can go to the stored melder of the case; empty when it can. */
    static Optional<ReferrerFeedback.Refusal> refusalIn(Services services, String number) throws Failures.UserMessage {
        CaseFile c = services.cases().find(number)
                .orElseThrow(() -> new Failures.UserMessage(I18n.t("requests.error.caseGone", number)));
        return ReferrerFeedback.refusal(c.referrer());
    }

    private void writeTo(String n, Path file) {
        executor.background(p -> {
            p.update(-1, I18n.t("feedback.progress", file.getFileName()));
            // Checked again on the stored data: the letter goes out only when there is someone to send it to.
            Optional<ReferrerFeedback.Refusal> refusal = refusalIn(services, n);
            if (refusal.isPresent()) {
                throw new Failures.UserMessage(RequestTexts.feedbackRefusal(refusal.get()));
            }
            return services.outputs().referrerFeedback(n, file);
        }).busy(busy).progress(progress, progressText).onSuccess(written -> {
            progressText.set("");
            if (n.equals(caseNumber.get())) {
                status.info(I18n.t("feedback.written", written.toAbsolutePath()));
            }
        }).onError(this::failed).start();
    }

    private void failed(Throwable e) {
        progressText.set("");
        status.error(e instanceof java.io.IOException ? I18n.t("feedback.error.write") : Failures.describe(e));
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
