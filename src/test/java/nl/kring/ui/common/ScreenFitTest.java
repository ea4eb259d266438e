package nl.kring.ui.common;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenFitTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void theMainWindowOnA1366x768LaptopIsShortenedAndMovedUp() {
        // 1200×780 scene plus a 20 px title bar, centred by the window manager: its bottom was at 820
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(83, 20, 1200, 800), LAPTOP);
        assertThat(fitted).isEqualTo(new Rectangle2D(83, 0, 1200, 768));
    }

    @Test
    void aWindowThatFitsIsLeftAlone() {
        Rectangle2D w = new Rectangle2D(40, 30, 1200, 700);
        assertThat(ScreenFit.fit(w, LAPTOP)).isEqualTo(w);
    }

    @Test
    void aWindowOffTheRightEdgeOrAboveTheTopComesBack() {
        assertThat(ScreenFit.fit(new Rectangle2D(900, -50, 800, 600), LAPTOP))
                .isEqualTo(new Rectangle2D(566, 0, 800, 600));
        // a task bar at the bottom: visual bounds end at 728
        assertThat(ScreenFit.fit(new Rectangle2D(0, 100, 1400, 900), new Rectangle2D(0, 0, 1366, 728)))
                .isEqualTo(new Rectangle2D(0, 0, 1366, 728));
        // a second screen to the right
        Rectangle2D right = new Rectangle2D(1366, 0, 1920, 1080);
        assertThat(ScreenFit.fit(new Rectangle2D(1500, 100, 1400, 860), right)).isEqualTo(new Rectangle2D(1500, 100, 1400, 860));
    }

    @Test
    void atADisplayScaleOf200PercentTheMinimumGivesWayToTheScreen() {
        // -Dglass.gtk.uiScale=2 on a 1366×768 screen: JavaFX sees 683×384, the main window's minimum is 900×600
        Rectangle2D scaled = new Rectangle2D(0, 0, 683, 384);
        assertThat(ScreenFit.minimum(900, 600, scaled)).isEqualTo(new Dimension2D(683, 384));
        assertThat(ScreenFit.fit(new Rectangle2D(0, 0, 900, 600), scaled)).isEqualTo(scaled);
        // on the laptop at 100 % the minimum stays
        assertThat(ScreenFit.minimum(900, 600, LAPTOP)).isEqualTo(new Dimension2D(900, 600));
    }
}
