package nl.kring.ui.requests;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.PdfPreview;
import nl.kring.ui.common.TaskExecutor;

import java.util.List;

/** The "terugmelding aan de melder" button under the melder's fields, with its progress and outcome. */
public final class ReferrerFeedbackPane extends CaseDocumentPane<ReferrerFeedbackViewModel> {
    public ReferrerFeedbackPane(TaskExecutor executor, Services services, CaseOnScreen onScreen) {
        super(new ReferrerFeedbackViewModel(executor, services), onScreen, "referrer-feedback", "feedback");
    }

    @Override
    protected Node line(Button write) {
        // the letter exactly as it will be written, before it leaves (issue 11)
        Button preview = new Button(I18n.t("feedback.preview"));
        preview.setId("referrer-feedback-preview");
        preview.setTooltip(new Tooltip(I18n.t("feedback.previewHint")));
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> vm.preview(pages -> PdfPreview.show(getScene() == null ? null : getScene().getWindow(),
                I18n.t("preview.window", I18n.t("feedback.previewName", vm.caseNumberProperty().get())),
                I18n.t("preview.document", I18n.t("feedback.previewName", vm.caseNumberProperty().get()), pages.size()),
                List.of(new PdfPreview.Section(null, pages)), null)));
        HBox line = new HBox(8, write, preview, RequestsSection.progress("feedback-progress", vm.busyProperty(),
                vm.progressProperty(), vm.progressTextProperty()));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
