package nl.kring.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: "a stale tooltip covered the Toestemming field". A tooltip opened over a field stayed where it was when
 * the form scrolled under the still mouse; a scrolling form now closes its window's tooltips, and only its window's.
 */
@Tag("ui")
class StaleTooltipFxTest {
    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @Test
    void aShowingTooltipClosesWhenItsFormScrollsAndAnotherWindowsStays() throws Exception {
        Stage form = onFx(() -> stage(true));
        Stage other = onFx(() -> stage(false));
        try {
            Tooltip over = onFx(() -> showTooltip(form));
            Tooltip elsewhere = onFx(() -> showTooltip(other));
            assertThat(onFx(over::isShowing)).isTrue();

            onFx(() -> {
                ((ScrollPane) form.getScene().getRoot()).setVvalue(0.6);
                return null;
            });

            assertThat(onFx(over::isShowing)).as("the tooltip of the form that scrolled").isFalse();
            assertThat(onFx(elsewhere::isShowing)).as("a tooltip of another window").isTrue();
            onFx(() -> {
                elsewhere.hide();
                return null;
            });
        } finally {
            onFx(() -> {
                form.close();
                other.close();
                return null;
            });
        }
    }

    private static Stage stage(boolean watched) {
        Region spacer = new Region();
        spacer.setMinHeight(2000);
        Button consent = new Button("Toestemming");
        consent.setTooltip(new Tooltip("Wie gaf toestemming, en wanneer"));
        ScrollPane scroll = new ScrollPane(new VBox(consent, spacer));
        if (watched) {
            Forms.revealFocus(scroll);
        }
        Stage stage = new Stage();
        stage.setScene(new Scene(scroll, 400, 300));
        stage.show();
        return stage;
    }

    private static Tooltip showTooltip(Stage stage) {
        Button b = (Button) ((VBox) ((ScrollPane) stage.getScene().getRoot()).getContent()).getChildren().getFirst();
        Tooltip t = b.getTooltip();
        t.show(stage, stage.getX() + 20, stage.getY() + 40);
        return t;
    }
}
