package nl.kring.ui.requests;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;

/** The "toestemmingsformulier" button in the case's legal section, with its outcome. */
public final class ConsentFormPane extends VBox {
    private final ConsentFormViewModel vm;
    private SaveTarget saveTarget = SaveTarget.CHOOSER;

    public ConsentFormPane(Store store, CaseOnScreen onScreen) {
        this.vm = new ConsentFormViewModel(store);
        vm.setFormDirty(() -> onScreen.dirty().get());
        setId("consent-form");
        setSpacing(4);
        Button write = new Button(I18n.t("consentForm.button"));
        write.setId("consent-form-button");
        write.setTooltip(new Tooltip(I18n.t("consentForm.tooltip")));
        write.disableProperty().bind(vm.busyProperty());
        write.setOnAction(e -> vm.write(name -> saveTarget.choose(this, I18n.t("consentForm.chooseFile"), name)));
        getChildren().addAll(write, RequestsSection.message("consent-form-message", vm.messageProperty(),
                vm.messageIsErrorProperty()));
        onScreen.onChange(vm::show);
        vm.show(onScreen.savedNumber());
        // A new case is not stored yet: there is nothing to print. (Hidden, not unmanaged: see ReferrerFeedbackPane.)
        visibleProperty().bind(vm.caseNumberProperty().isNotEmpty());
    }

    /** Replaces the file dialog (tests; a native dialog cannot be driven headless). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    public ConsentFormViewModel viewModel() {
        return vm;
    }
}
