package nl.kring.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The one-line message under a screen: what just happened, or in Dutch what went wrong (shown in red). */
public final class StatusMessage {
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty isError = new SimpleBooleanProperty();

    public void info(String message) {
        isError.set(false);
        text.set(message);
    }

    public void failed(Throwable e) {
        isError.set(true);
        text.set(Failures.describe(e));
    }

    /** A problem the screen found itself (no exception), shown as an error. */
    public void error(String message) {
        isError.set(true);
        text.set(message);
    }

    public void clear() {
        isError.set(false);
        text.set("");
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty isErrorProperty() {
        return isError;
    }
}
