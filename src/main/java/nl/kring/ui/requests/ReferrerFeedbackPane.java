package nl.kring.ui.requests;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;

/** The "terugmelding aan de melder" button under the melder's fields, with its progress and outcome. */
public final class ReferrerFeedbackPane extends VBox {
    private final ReferrerFeedbackViewModel vm;
    private SaveTarget saveTarget = SaveTarget.CHOOSER;

    public ReferrerFeedbackPane(nl.kring.ui.common.TaskExecutor executor, Store store, CaseOnScreen onScreen) {
        this.vm = new ReferrerFeedbackViewModel(executor, store);
        vm.setFormDirty(() -> onScreen.dirty().get());
        setId("referrer-feedback");
        setSpacing(4);
        Button write = new Button(I18n.t("feedback.button"));
        write.setId("referrer-feedback-button");
        write.setTooltip(new Tooltip(I18n.t("feedback.tooltip")));
        write.disableProperty().bind(vm.busyProperty());
        write.setOnAction(e -> vm.write(name -> saveTarget.choose(this, I18n.t("feedback.chooseFile"), name)));
        HBox line = new HBox(8, write, RequestsSection.progress("feedback-progress", vm.busyProperty(),
                vm.progressProperty(), vm.progressTextProperty()));
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, RequestsSection.message("referrer-feedback-message", vm.messageProperty(),
                vm.messageIsErrorProperty()));
        onScreen.onChange(vm::show);
        vm.show(onScreen.savedNumber());
        // A new case has no stored melder yet. (Hidden, not unmanaged: the form's grid keeps a stale row height
        // when a child switches between managed and unmanaged, and the next section then covers the button.)
        visibleProperty().bind(vm.caseNumberProperty().isNotEmpty());
    }

    /** Replaces the file dialog (tests; a native dialog cannot be driven headless). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    public ReferrerFeedbackViewModel viewModel() {
        return vm;
    }
}
