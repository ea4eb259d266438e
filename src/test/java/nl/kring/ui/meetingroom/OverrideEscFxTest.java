package nl.kring.ui.meetingroom;

import javafx.scene.Node;
import nl.kring.ui.EscapeProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in the meeting room's exception question cancels it: nobody outside the kring is admitted. */
@Tag("ui")
class OverrideEscFxTest {
    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @Test
    void escCancelsTheException() throws Exception {
        Node owner = EscapeProbe.owner();
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        EscapeProbe.escCloses(() -> answer.set(OverrideDialog.ask(owner, "2026-003", List.of("K. Bakker (Politie)"))));
        waitUntil(30, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }
}
