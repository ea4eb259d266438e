package nl.kring.ui.meetings;

import javafx.scene.Node;
import nl.kring.ui.EscapeProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in the invitation question means Annuleren: no invitations are made. */
@Tag("ui")
class InviteDialogEscFxTest {
    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @Test
    void escCancelsTheInvitations() throws Exception {
        Node owner = EscapeProbe.owner();
        AtomicReference<Optional<Boolean>> answer = new AtomicReference<>();
        EscapeProbe.escCloses(() -> answer.set(InviteDialog.ask(owner)));
        waitUntil(30, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }
}
