package nl.kring.ui.minutes;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.kring.domain.LifeDomain;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Issue 13: a paragraph of the minutes grows as the chair types (the room's notes and the minutes screen share the
 * editor), from three lines up to fourteen; beyond that it scrolls, and a huge paste is not laid out at once.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ParagraphGrowsFxTest {
    ParagraphModel model;
    StyleClassedTextArea area;
    VirtualizedScrollPane<?> scroll;

    @Start
    void start(Stage stage) {
        model = new ParagraphModel((LifeDomain) null, "");
        ParagraphEditor editor = new ParagraphEditor(model, new SimpleBooleanProperty(true), "p", () -> { }, () -> { },
                () -> { }, n -> { });
        stage.setScene(new Scene(editor, 600, 700));
        stage.show();
        area = (StyleClassedTextArea) editor.lookup("#p");
        scroll = (VirtualizedScrollPane<?>) area.getParent();
    }

    @Test
    void theParagraphGrowsWithItsTextUpToFourteenLinesThenScrolls(FxRobot robot) {
        robot.interact(() -> { });
        double empty = scroll.getHeight();
        assertThat(empty).isPositive();

        robot.interact(() -> area.insertText(0, "Gesprek met de buurvrouw over de tuin en de post. ".repeat(12)));
        robot.interact(() -> { });
        double longer = scroll.getHeight();
        assertThat(longer).as("a paragraph of about 600 characters").isGreaterThan(empty * 1.5);

        robot.interact(() -> area.replaceText("Een regel. ".repeat(3_000)));
        robot.interact(() -> { });
        double huge = scroll.getHeight();
        assertThat(huge).as("33,000 characters").isGreaterThan(longer);
        // fourteen lines of 1.45 em and one em of padding: the cap, whatever the platform's font
        assertThat(huge / empty).isCloseTo((14 * 1.45 + 1) / (3 * 1.45 + 1), offset(0.05));

        robot.interact(() -> area.replaceText("Kort."));
        robot.interact(() -> { });
        assertThat(scroll.getHeight()).as("shrinks back").isEqualTo(empty);
    }
}
