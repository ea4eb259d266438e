package nl.kring.ui.requests;

import nl.kring.report.ClientDocuments;
import nl.kring.service.Services;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TaskExecutor;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The consent-request form (toestemmingsformulier) of the case on screen: the client's name and date of birth, the
 * organisations of its kring and what each may know, signature lines under the rule for who decides. Made from the
 * stored case, so unsaved changes must be saved first; audited with the case number only.
 */
public final class ConsentFormViewModel extends CaseDocumentViewModel {
    public ConsentFormViewModel(TaskExecutor executor, Services services) {
        super(executor, services);
    }

    /** Asks {@code chooseFile} for the file (null: cancelled), then writes the form in the background. */
    @Override
    public void write(Function<String, Path> chooseFile) {
        String n = caseNumber.get();
        if (n.isEmpty() || busy.get()) {
            return;
        }
        if (formDirty()) {
            status.error(I18n.t("consentForm.saveFirst"));
            return;
        }
        Path file = chooseFile.apply(ClientDocuments.consentFileName(n));
        if (file == null) {
            return;
        }
        // The shared output rule: never inside a vault folder, never over a vault file.
        if (nl.kring.vault.OutputPaths.problem(file).isPresent()) {
            status.error(I18n.t("agreement.error.outPath"));
            return;
        }
        executor.background(p -> {
            if (!services.cases().exists(n)) {
                throw new Failures.UserMessage(I18n.t("requests.error.caseGone", n));
            }
            return services.outputs().consentForm(n, file);
        }).busy(busy).onSuccess(written -> {
            if (n.equals(caseNumber.get())) {
                status.info(I18n.t("consentForm.written", written.toAbsolutePath()));
            }
        }).onError(e -> {
            if (e instanceof java.io.IOException) {
                status.error(I18n.t("agreement.error.write"));
            } else {
                status.failed(e);
            }
        }).start();
    }
}
