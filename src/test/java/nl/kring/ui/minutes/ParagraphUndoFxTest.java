package nl.kring.ui.minutes;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.kring.domain.LifeDomain;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A judged name's replacement is one undo step of its own, however soon after the typing it comes. The undo manager
 * merges changes less than half a second apart; a fast chair (or a fast CI machine) judged a name within that time,
 * and Ctrl+Z then removed the typed paragraph together with the replacement. Both edits happen in one FX pulse here,
 * so the test does not depend on timing.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ParagraphUndoFxTest {
    ParagraphModel model;
    StyleClassedTextArea area;

    @Start
    void start(Stage stage) {
        model = new ParagraphModel((LifeDomain) null, "");
        ParagraphEditor editor = new ParagraphEditor(model, new SimpleBooleanProperty(true), "p", () -> { }, () -> { },
                () -> { }, n -> { });
        stage.setScene(new Scene(editor, 600, 300));
        stage.show();
        area = (StyleClassedTextArea) editor.lookup("#p");
    }

    @Test
    void undoTakesBackTheJudgementAloneAndThenTheTyping(FxRobot robot) {
        String typed = "Gesprek met Henk Verweij over de tuin.";
        String judged = "Gesprek met [persoon] over de tuin.";
        robot.interact(() -> {
            area.insertText(0, typed);              // the chair's typing
            model.textProperty().set(judged);       // the model's text changed from outside the editor at once
        });
        assertThat(area.getText()).isEqualTo(judged);

        robot.interact(area::undo);
        assertThat(area.getText()).isEqualTo(typed);
        assertThat(model.text()).isEqualTo(typed);

        robot.interact(area::undo);
        assertThat(area.getText()).isEmpty();
    }
}
