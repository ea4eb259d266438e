package nl.kring.ui.requests;

import nl.kring.report.ClientDocuments;
import nl.kring.service.Services;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.vault.OutputPaths;

import java.io.IOException;
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
        String n = ready("consentForm.saveFirst");
        if (n == null) {
            return;
        }
        Path file = chooseFile.apply(ClientDocuments.consentFileName(n));
        if (file == null) {
            return;
        }
        // The shared output rule: never inside a vault folder, never over a vault file.
        if (OutputPaths.problem(file).isPresent()) {
            tasks.status().error(I18n.t("agreement.error.outPath"));
            return;
        }
        tasks.run(p -> {
            if (!services.cases().exists(n)) {
                throw new Failures.UserMessage(I18n.t("requests.error.caseGone", n));
            }
            return services.outputs().consentForm(n, file);
        }, written -> {
            if (n.equals(caseNumber.get())) {
                tasks.status().info(I18n.t("consentForm.written", written.toAbsolutePath()));
            }
        }, e -> {
            if (e instanceof IOException) {
                tasks.status().error(I18n.t("agreement.error.write"));
            } else {
                tasks.status().failed(e);
            }
        });
    }
}
