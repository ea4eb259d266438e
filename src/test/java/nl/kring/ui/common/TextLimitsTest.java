package nl.kring.ui.common;

import org.junit.jupiter.api.Tag;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A 5 MB paste into a note is cut at the column size at once, and the chair is told. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TextLimitsTest {
    // Made in start(): a control needs the FX toolkit, which ApplicationExtension starts before it.
    TextField note;
    TextArea evident;
    final StringProperty notice = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        note = new TextField();
        evident = new TextArea();
        TextLimits.limit(note, TextLimits.NOTE, "Toelichting Financiën", notice);
        TextLimits.limit(evident, TextLimits.LONG_TEXT, "Evident belang", notice);
        stage.setScene(new Scene(new VBox(note, evident), 600, 300));
        stage.show();
    }

    @Test
    void aFiveMegabytePasteIsCutToTheColumnSize(FxRobot robot) {
        String huge = "zorgen over huurachterstand en vervuiling; ".repeat(5 * 1024 * 1024 / 43 + 1);
        assertThat(huge.length()).isGreaterThan(5_000_000);
        long start = System.nanoTime();
        robot.interact(() -> {
            note.requestFocus();
            note.replaceSelection(huge); // what a paste does
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(note.getLength()).isEqualTo(8000);
        assertThat(note.getCaretPosition()).isEqualTo(8000);
        assertThat(notice.get()).isEqualTo("De tekst bij „Toelichting Financiën\" is ingekort tot het maximum van 8000 tekens.");
        System.out.printf("5 MB paste into a limited field: %d ms%n", millis); // measured, not asserted

        robot.interact(() -> evident.replaceSelection(huge.replace(";", ";\n")));
        assertThat(evident.getLength()).isEqualTo(4000);
        // typing at the limit adds nothing; deleting still works
        robot.interact(() -> {
            evident.positionCaret(10);
            evident.replaceSelection("x");
        });
        assertThat(evident.getLength()).isEqualTo(4000);
        robot.interact(() -> evident.deleteText(0, 100));
        assertThat(evident.getLength()).isEqualTo(3900);
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf(FxRobot robot) {
        robot.interact(() -> note.replaceSelection("a".repeat(7999) + "😀😀"));
        assertThat(note.getText()).hasSize(7999).doesNotContain("\uD83D");
    }
}
