package nl.kring.ui.common;

import org.junit.jupiter.api.Tag;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An impossible date stays visible (so the form can report it); a real one is tidied and reaches the calendar. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DateInputTest {
    final StringProperty text = new SimpleStringProperty("");
    DateInput input;

    @Start
    void start(Stage stage) {
        input = new DateInput();
        input.field().setId("date");
        input.bindText(text);
        TextField next = new TextField();
        next.setId("next");
        stage.setScene(new Scene(new VBox(input, next), 400, 200));
        stage.show();
    }

    @Test
    void anImpossibleDateIsKeptNotSilentlyReplaced(FxRobot robot) {
        robot.interact(() -> text.set("12-03-1984"));
        robot.clickOn("#date").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("31-02-2026").type(KeyCode.TAB);
        assertThat(text.get()).isEqualTo("31-02-2026");
        assertThat(Dates.parse(text.get()).invalid()).isTrue();
    }

    @Test
    void aValidDateIsNormalisedOnLeavingAndPickingWritesTheText(FxRobot robot) {
        robot.clickOn("#date").write("1-3-1984").type(KeyCode.TAB);
        assertThat(text.get()).isEqualTo("01-03-1984");
        robot.interact(() -> input.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof DatePicker).map(n -> (DatePicker) n)
                .findFirst().orElseThrow().setValue(LocalDate.of(2026, 2, 28)));
        assertThat(text.get()).isEqualTo("28-02-2026");
    }
}
