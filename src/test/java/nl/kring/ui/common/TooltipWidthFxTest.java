package nl.kring.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: "tooltips cut at the window edge". The agenda's explanation of "bezoeken" was one line wider than a 1366 px
 * screen, so both ends were cut off. Once the application is built, every tooltip wraps within the screen.
 */
@Tag("ui")
class TooltipWidthFxTest {
    static final String VISITS = "Per partner het aantal keren dat hij de zaal binnenkomt: een reeks opeenvolgende punten "
            + "waarvoor hij in de kring zit, telt als één bezoek.";

    @TempDir
    static Path dir;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
        // the application's window, as the chair starts it (it sets up every window's tooltips)
        onFx(() -> KringApplication.buildOn(new Stage(), Settings.load(dir.resolve("s.properties")), dir.resolve("v"),
                false));
    }

    @Test
    void aLongTooltipWrapsWithinTheScreenNearItsRightEdge() throws Exception {
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        String text = VISITS + " " + VISITS + " " + VISITS; // wider than any screen on one line
        Stage stage = onFx(() -> {
            Button visits = new Button("bezoeken: 14");
            visits.setTooltip(new Tooltip(text));
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(visits), 300, 100));
            s.setX(screen.getMaxX() - 320);
            s.setY(screen.getMinY() + 40);
            s.show();
            return s;
        });
        try {
            Tooltip t = onFx(() -> {
                Button b = (Button) ((StackPane) stage.getScene().getRoot()).getChildren().getFirst();
                b.getTooltip().show(stage, stage.getX() + 250, stage.getY() + 60);
                return b.getTooltip();
            });
            assertThat(onFx(t::isShowing)).isTrue();
            // the tooltip as read: its label's box on the screen (the window around it also holds the drop shadow)
            Bounds shown = onFx(() -> {
                Node label = t.getSkin().getNode();
                return label.localToScreen(label.getLayoutBounds());
            });
            assertThat(shown.getWidth()).as("the tooltip's width on a %s px wide screen", screen.getWidth())
                    .isLessThanOrEqualTo(Tooltips.maxWidth(screen));
            assertThat(shown.getMinX()).as("its left edge").isGreaterThanOrEqualTo(screen.getMinX());
            assertThat(shown.getMaxX()).as("its right edge").isLessThanOrEqualTo(screen.getMaxX());
            assertThat(onFx(t::getHeight)).as("wrapped over several lines").isGreaterThan(Forms.em(3));
            onFx(() -> {
                t.hide();
                return null;
            });
        } finally {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }
}
