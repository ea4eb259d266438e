package nl.kring.ui.workspace;

import javafx.scene.Node;
import nl.kring.ui.EscapeProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc closes the shortcuts overview (an information dialog with one button). */
@Tag("ui")
class ShortcutsEscFxTest {
    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @Test
    void escClosesTheShortcutsOverview() throws Exception {
        Node owner = EscapeProbe.owner();
        var closed = EscapeProbe.escCloses(() -> ShortcutsHelp.show(owner));
        assertThat(EscapeProbe.title(closed)).isEqualTo("Sneltoetsen");
    }
}
