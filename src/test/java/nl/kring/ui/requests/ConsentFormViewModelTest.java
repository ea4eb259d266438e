package nl.kring.ui.requests;

import nl.kring.audit.AuditLog;
import nl.kring.ui.common.SameThreadExecutor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

/** The consent-request form from the case screen (issue 15): its own client only, saved first, never in the vault. */
class ConsentFormViewModelTest extends RequestsFixture {
    ConsentFormViewModel vm;

    @BeforeEach
    void open() throws Exception {
        vm = onFx(() -> {
            ConsentFormViewModel m = new ConsentFormViewModel(new SameThreadExecutor(), services);
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
    void theFormOfTheCaseOnScreenHoldsItsClientAndIsAuditedWithTheNumberOnly() throws Exception {
        AtomicReference<String> asked = new AtomicReference<>();
        Path file = dir.resolve("formulier " + RequestsFixture.SURNAME + ".pdf");
        String message = write("2026-017", file, asked);
        assertThat(asked.get()).isEqualTo("toestemming-2026-017.pdf");
        assertThat(message).startsWith("Toestemmingsformulier opgeslagen in").contains(file.getFileName().toString());
        assertThat(onFx(() -> vm.messageIsErrorProperty().get())).isFalse();
        String text;
        try (var doc = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Johanna " + RequestsFixture.SURNAME).contains("9 april 1961").contains("Partner ggd")
                .doesNotContain("Ouwehand").doesNotContain("2026-018").doesNotContain("Molenweg");
        var entries = worker(x -> store.audit().entries());
        assertThat(entries.getLast().action()).isEqualTo("EXPORT");
        assertThat(entries.getLast().subject()).isEqualTo("2026-017");
        assertThat(entries.getLast().detail()).isEqualTo("consent request form written");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain(RequestsFixture.SURNAME));
    }

    @Test
    void unsavedChangesComeFirstAndNoFileIsAskedFor() throws Exception {
        dirty.set(true);
        AtomicReference<String> asked = new AtomicReference<>();
        Path file = dir.resolve("f.pdf");
        String message = write("2026-017", file, asked);
        assertThat(message).isEqualTo("Sla de casus eerst op: het formulier gebruikt de opgeslagen gegevens.");
        assertThat(asked.get()).isNull();
        assertThat(file).doesNotExist();
    }

    @Test
    void aPlaceInsideTheVaultIsRefusedInWords() throws Exception {
        Path inside = dir.resolve("vault").resolve("toestemming.pdf");
        String message = write("2026-017", inside, new AtomicReference<>());
        assertThat(message).contains("buiten de kluis");
        assertThat(onFx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(inside).doesNotExist();
        List<AuditLog.Entry> entries = worker(x -> store.audit().entries());
        assertThat(entries).noneMatch(e -> e.action().equals("EXPORT"));
    }
}
