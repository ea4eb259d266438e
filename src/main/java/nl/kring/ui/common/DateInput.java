package nl.kring.ui.common;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Objects;

/**
 * A date field: the chair types {@code 12-03-1984} or picks from the calendar button beside it. The typed text is
 * the truth (a plain DatePicker silently replaces an impossible date such as {@code 31-02-2026} with the previous
 * value on focus loss; here the text stays and the form reports it).
 */
public final class DateInput extends HBox {
    private final TextField field = new TextField();
    private final DatePicker calendar = new DatePicker();
    private boolean syncing;

    public DateInput() {
        getStyleClass().add("date-input");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        field.setPromptText(I18n.t("date.prompt"));
        field.setPrefColumnCount(9);
        field.setMinWidth(USE_PREF_SIZE);
        TextLimits.limit(field, 20, I18n.t("date.prompt"), null);
        HBox.setHgrow(field, Priority.NEVER);
        calendar.getStyleClass().add("date-input-calendar");
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        // only the calendar button shows: the picker's own text part is squeezed away
        calendar.setPrefWidth(Forms.em(2.4));
        calendar.setMinWidth(Region.USE_PREF_SIZE);
        calendar.setMaxWidth(Region.USE_PREF_SIZE);
        calendar.setTooltip(new Tooltip(I18n.t("date.calendar")));
        calendar.setAccessibleText(I18n.t("date.calendar"));
        calendar.setOnShowing(e -> {
            Dates.Parsed p = Dates.parse(field.getText());
            sync(() -> calendar.setValue(p.date()));
        });
        calendar.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                sync(() -> field.setText(Dates.format(b)));
            }
        });
        field.textProperty().addListener((o, a, b) -> {
            Dates.Parsed p = Dates.parse(b);
            if (!p.invalid() && !Objects.equals(calendar.getValue(), p.date())) {
                sync(() -> calendar.setValue(p.date()));
            }
        });
        // Normalise "1-3-1984" to "01-03-1984" when leaving the field.
        field.focusedProperty().addListener((o, a, focused) -> {
            Dates.Parsed p = Dates.parse(field.getText());
            if (!focused && p.date() != null && !field.getText().equals(Dates.format(p.date()))) {
                field.setText(Dates.format(p.date()));
            }
        });
        getChildren().addAll(field, calendar);
    }

    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    public TextField field() {
        return field;
    }

    public StringProperty textProperty() {
        return field.textProperty();
    }

    /** Two-way binding between the typed text and a view-model property. */
    public void bindText(StringProperty text) {
        field.textProperty().bindBidirectional(text);
    }
}
