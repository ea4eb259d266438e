package nl.kring.ui.requests;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.kring.ui.common.I18n;

/**
 * A button on the case screen that writes a document of the stored case (the terugmelding, the consent form), with its
 * outcome under it. {@code id} names the nodes ({@code id-button}, {@code id-message}); {@code keys} the texts
 * ({@code keys.button}, {@code keys.tooltip}, {@code keys.chooseFile}).
 */
abstract class CaseDocumentPane<V extends CaseDocumentViewModel> extends VBox {
    protected final V vm;
    private SaveTarget saveTarget = SaveTarget.CHOOSER;

    protected CaseDocumentPane(V vm, CaseOnScreen onScreen, String id, String keys) {
        this.vm = vm;
        vm.setFormDirty(() -> onScreen.dirty().get());
        setId(id);
        setSpacing(4);
        Button write = new Button(I18n.t(keys + ".button"));
        write.setId(id + "-button");
        write.setTooltip(new Tooltip(I18n.t(keys + ".tooltip")));
        write.disableProperty().bind(vm.busyProperty());
        write.setOnAction(e -> vm.write(name -> saveTarget.choose(this, I18n.t(keys + ".chooseFile"), name)));
        getChildren().addAll(line(write), RequestsSection.message(id + "-message", vm.messageProperty(),
                vm.messageIsErrorProperty()));
        onScreen.onChange(vm::show);
        vm.show(onScreen.savedNumber());
        // A new case is not stored yet: there is nothing to write. (Hidden, not unmanaged: the form's grid keeps a
        // stale row height when a child switches between managed and unmanaged, and the next section then covers it.)
        visibleProperty().bind(vm.caseNumberProperty().isNotEmpty());
    }

    /** The line with the button (a document that takes long adds its progress). Uses only {@link #vm}. */
    protected Node line(Button write) {
        return write;
    }

    /** Replaces the file dialog (tests; a native dialog cannot be driven headless). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    public V viewModel() {
        return vm;
    }
}
