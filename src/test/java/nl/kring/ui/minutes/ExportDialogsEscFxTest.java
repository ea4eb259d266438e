package nl.kring.ui.minutes;

import javafx.scene.Node;
import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.ui.EscapeProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc closes the export's dialogs: the passwords question (cancelled), the password list, the preview. */
@Tag("ui")
class ExportDialogsEscFxTest {
    static final Partner WOCO = new Partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
            LocalDate.of(2026, 1, 15), null, List.of(new Attendee("a-1", "R. Kok", "wijkconsulent", null, "06-55500033")));

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @Test
    void escCancelsThePasswordsQuestion() throws Exception {
        Node owner = EscapeProbe.owner();
        ExportPasswordsModel model = onFx(() -> new ExportPasswordsModel(List.of(WOCO)));
        AtomicReference<Optional<Map<String, String>>> answer = new AtomicReference<>();
        EscapeProbe.escCloses(() -> answer.set(ExportPasswordsDialog.ask(owner, model)));
        waitUntil(30, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void escClosesThePasswordList() throws Exception {
        Node owner = EscapeProbe.owner();
        ExportPasswordsModel model = onFx(() -> new ExportPasswordsModel(List.of(WOCO)));
        PasswordList list = onFx(() -> {
            model.generate(model.rows().getFirst());
            model.mailProperty().set(true);
            return model.passwordList();
        });
        EscapeProbe.escCloses(() -> PasswordListDialog.show(owner, list));
    }

    /** The preview is a window of its own (no Cancel button): before issue 13 Esc did nothing there. */
    @Test
    void escClosesThePreviewWindow() throws Exception {
        Node owner = EscapeProbe.owner();
        var closed = EscapeProbe.escCloses(() -> ExportPreviewWindow.show(owner.getScene().getWindow(), WOCO,
                new MinutesOutput.Preview(WOCO.id(), List.of(), List.of())));
        assertThat(EscapeProbe.title(closed)).contains("Woonstichting Het Dak");
    }
}
