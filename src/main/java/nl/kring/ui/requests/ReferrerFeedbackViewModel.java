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
import nl.kring.ui.common.PdfPreview;
import nl.kring.ui.common.TaskExecutor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
        String n = ready("feedback.saveFirst");
        if (n == null) {
            return;
        }
        tasks.run(p -> refusalIn(services, n), refusal -> {
            if (!n.equals(caseNumber.get())) {
                return;
            }
            if (refusal.isPresent()) {
                tasks.status().error(RequestTexts.feedbackRefusal(refusal.get()));
                return;
            }
            Path file = chooseFile.apply("terugmelding-" + n + ".pdf");
            if (file != null) {
                writeTo(n, file);
            }
        }, this::failed);
    }

    /**
     * The letter exactly as {@link #write} would write it, as page images rendered in the background (issue 11: every
     * output previewed before it leaves); the same refusals, in words, and nothing written or audited.
     */
    public void preview(Consumer<List<byte[]>> done) {
        String n = ready("feedback.saveFirst");
        if (n == null) {
            return;
        }
        tasks.run(p -> {
            refuseWithoutAddressee(n);
            return PdfPreview.pages(services.outputs().referrerFeedbackPreview(n));
        }, pages -> {
            if (n.equals(caseNumber.get())) {
                tasks.status().clear();
                done.accept(pages);
            }
        }, this::failed);
    }

    /** Why no letter can go to the stored melder of the case; empty when it can. */
    static Optional<ReferrerFeedback.Refusal> refusalIn(Services services, String number) throws Failures.UserMessage {
        CaseFile c = services.cases().find(number)
                .orElseThrow(() -> new Failures.UserMessage(I18n.t("requests.error.caseGone", number)));
        return ReferrerFeedback.refusal(c.referrer());
    }

    /** On the worker, on the stored data: the letter is made only when there is someone to send it to. */
    private void refuseWithoutAddressee(String n) throws Failures.UserMessage {
        Optional<ReferrerFeedback.Refusal> refusal = refusalIn(services, n);
        if (refusal.isPresent()) {
            throw new Failures.UserMessage(RequestTexts.feedbackRefusal(refusal.get()));
        }
    }

    private void writeTo(String n, Path file) {
        tasks.run(p -> {
            p.update(-1, I18n.t("feedback.progress", file.getFileName()));
            refuseWithoutAddressee(n); // checked again: the melder may have changed since the file was chosen
            return services.outputs().referrerFeedback(n, file);
        }, progress, progressText, written -> {
            progressText.set("");
            if (n.equals(caseNumber.get())) {
                tasks.status().info(I18n.t("feedback.written", written.toAbsolutePath()));
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        progressText.set("");
        tasks.status().error(e instanceof IOException ? I18n.t("feedback.error.write") : Failures.describe(e));
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
