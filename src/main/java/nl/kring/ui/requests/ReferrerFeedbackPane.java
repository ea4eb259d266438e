package nl.kring.ui.requests;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import nl.kring.service.Services;
import nl.kring.ui.common.TaskExecutor;

/** The "terugmelding aan de melder" button under the melder's fields, with its progress and outcome. */
public final class ReferrerFeedbackPane extends CaseDocumentPane<ReferrerFeedbackViewModel> {
    public ReferrerFeedbackPane(TaskExecutor executor, Services services, CaseOnScreen onScreen) {
        super(new ReferrerFeedbackViewModel(executor, services), onScreen, "referrer-feedback", "feedback");
    }

    @Override
    protected Node line(Button write) {
        HBox line = new HBox(8, write, RequestsSection.progress("feedback-progress", vm.busyProperty(),
                vm.progressProperty(), vm.progressTextProperty()));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
