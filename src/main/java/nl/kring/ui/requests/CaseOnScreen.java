package nl.kring.ui.requests;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

import java.util.function.Consumer;

/**
 * The case open in the case screen, as the requests section and the terugmelding need it: its number once it is
 * stored (a new, unsaved case has no requests yet) and whether the form holds unsaved changes.
 */
public record CaseOnScreen(ObservableStringValue number, ObservableBooleanValue open, ObservableBooleanValue isNew,
                           ObservableBooleanValue dirty) {

    /** The stored case on screen, or "" when none (nothing chosen, a new case, after a lock). */
    public String savedNumber() {
        return open.get() && !isNew.get() && number.get() != null ? number.get().strip() : "";
    }

    /**
     * Calls {@code then} with {@link #savedNumber()} whenever it may have changed. The form fills its fields one by
     * one; the call waits until the FX thread is done with that, so it never sees a half-loaded case.
     */
    public void onChange(Consumer<String> then) {
        boolean[] pending = {false};
        // Change listeners, not invalidation listeners: those stay silent until someone reads the value again.
        ChangeListener<Object> l = (o, a, b) -> {
            if (!pending[0]) {
                pending[0] = true;
                Platform.runLater(() -> {
                    pending[0] = false;
                    then.accept(savedNumber());
                });
            }
        };
        number.addListener(l);
        open.addListener(l);
        isNew.addListener(l);
    }
}
