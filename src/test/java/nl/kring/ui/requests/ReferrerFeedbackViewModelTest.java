package nl.kring.ui.requests;

import nl.kring.ui.FxTestSupport;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.audit.AuditLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

/** The terugmelding from the case screen: written for a known melder, refused in words otherwise. */
class ReferrerFeedbackViewModelTest extends RequestsFixture {
    ReferrerFeedbackViewModel vm;

    @BeforeEach
    void open() throws Exception {
        vm = onFx(() -> {
            ReferrerFeedbackViewModel m = new ReferrerFeedbackViewModel(new SameThreadExecutor(), services);
            m.setFormDirty(dirty::get);
            return m;
        });
    }

    String write(String number, Path target, AtomicReference<String> asked) {
        return written(() -> {
            vm.show(number);
            vm.write(name -> {
                asked.set(name);
                return target;
            });
        }, vm.busyProperty(), vm.messageProperty());
    }

    @Test
    void aKnownMelderGetsTheLetterWithoutAnythingAboutTheClient() throws Exception {
        AtomicReference<String> asked = new AtomicReference<>();
        Path file = dir.resolve("brief.pdf");
        String message = write("2026-017", file, asked);
        assertThat(asked.get()).isEqualTo("terugmelding-2026-017.pdf");
        assertThat(message).isEqualTo("Terugmelding opgeslagen in " + file.toAbsolutePath() + ".");
        String text;
        try (var doc = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Ans Buurman").contains("2026-017").doesNotContain(RequestsFixture.SURNAME)
                .doesNotContain("Molenweg 4");
        assertThat(FxTestSupport.<List<AuditLog.Entry>>worker(x -> store.audit().entries())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("EXPORT");
            assertThat(e.subject()).isEqualTo("2026-017");
        });
    }

    @Test
    void anAnonymousMelderIsRefusedBeforeAnyFileIsChosen() throws Exception {
        AtomicReference<String> asked = new AtomicReference<>();
        String message = write("2026-018", dir.resolve("x.pdf"), asked);
        assertThat(message).isEqualTo("Geen terugmelding mogelijk: de melder wil anoniem blijven, dus er is niemand om de brief aan te sturen.");
        assertThat(onFx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(asked.get()).isNull();
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void unsavedChangesComeFirst() throws Exception {
        dirty.set(true);
        AtomicReference<String> asked = new AtomicReference<>();
        String message = write("2026-017", dir.resolve("x.pdf"), asked);
        assertThat(message).isEqualTo("Sla de casus eerst op: de terugmelding gebruikt de opgeslagen gegevens.");
        assertThat(asked.get()).isNull();
    }

    @Test
    void thePreviewIsTheLetterAsWrittenAndWritesNothing() throws Exception {
        // issue 11: the chair sees the letter before it leaves; rendered by the code that writes it, nothing audited
        int before = FxTestSupport.<List<AuditLog.Entry>>worker(x -> store.audit().entries()).size();
        AtomicReference<List<byte[]>> pages = new AtomicReference<>();
        onFx(() -> {
            vm.show("2026-017");
            vm.preview(pages::set);
            return null;
        });
        assertThat(onFx(() -> !vm.busyProperty().get())).isTrue();
        assertThat(pages.get()).isNotEmpty();
        assertThat(ImageIO.read(new ByteArrayInputStream(pages.get().getFirst())).getWidth())
                .isGreaterThan(500);
        assertThat(FxTestSupport.<List<AuditLog.Entry>>worker(x -> store.audit().entries()))
                .hasSize(before);

        // an anonymous melder: no preview either, the same words as the letter's refusal
        pages.set(null);
        onFx(() -> {
            vm.show("2026-018");
            vm.preview(pages::set);
            return null;
        });
        assertThat(onFx(() -> vm.messageProperty().get())).isEqualTo(
                "Geen terugmelding mogelijk: de melder wil anoniem blijven, dus er is niemand om de brief aan te sturen.");
        assertThat(pages.get()).isNull();
    }
}
