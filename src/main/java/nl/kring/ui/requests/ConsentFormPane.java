package nl.kring.ui.requests;

import nl.kring.store.Store;
import nl.kring.ui.common.TaskExecutor;

/** The "toestemmingsformulier" button in the case's legal section, with its outcome. */
public final class ConsentFormPane extends CaseDocumentPane<ConsentFormViewModel> {
    public ConsentFormPane(TaskExecutor executor, Store store, CaseOnScreen onScreen) {
        super(new ConsentFormViewModel(executor, store), onScreen, "consent-form", "consentForm");
    }
}
