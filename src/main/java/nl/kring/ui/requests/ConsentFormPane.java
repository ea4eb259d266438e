package nl.kring.ui.requests;

import nl.kring.service.Services;
import nl.kring.ui.common.TaskExecutor;

/** The "toestemmingsformulier" button in the case's legal section, with its outcome. */
public final class ConsentFormPane extends CaseDocumentPane<ConsentFormViewModel> {
    public ConsentFormPane(TaskExecutor executor, Services services, CaseOnScreen onScreen) {
        super(new ConsentFormViewModel(executor, services), onScreen, "consent-form", "consentForm");
    }
}
