package nl.kring.ui.requests;

import nl.kring.audit.AuditLog;
import nl.kring.report.InzageMasking;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.requests.RequestsFixture.SURNAME;
import static nl.kring.ui.requests.RequestsFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** An inzage answered with the masked copy: reviewed, a passage shown with a reason, previewed, written, handled. */
class InzageReviewTest extends RequestsViewModelFixture {
    @Test
    void anInzageIsAnsweredWithTheAccessCopyThenMarkedHandled() throws Exception {
        RightsRequest r = register(RequestType.INZAGE, "10-11-2026");
        // unsaved changes in the case form: the copy would not hold them
        dirty.set(true);
        AtomicReference<String> asked = new AtomicReference<>();
        run(() -> vm.handle(name -> {
            asked.set(name);
            return dir.resolve(name);
        }));
        assertThat(asked.get()).isNull();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("Sla eerst de wijzigingen aan de casus op");
        dirty.set(false);
        // first the review of what the copy withholds, then the file
        run(() -> vm.handle(name -> null));
        assertThat(fx(() -> vm.review().reviewingProperty().get())).isTrue();
        assertThat(asked.get()).isNull();
        assertThat(fx(() -> vm.review().passages().stream().map(x -> x.original()).toList())).contains("Piet " + SURNAME);
        // the chair cancels the file dialog: nothing happens
        run(() -> vm.review().write(name -> null));
        idle();
        assertThat(stored(r.id()).isOpen()).isTrue();

        run(() -> vm.review().write(name -> {
            asked.set(name);
            return dir.resolve("uit").resolve("inzage voor mevrouw " + SURNAME + ".pdf");
        }));
        Files.createDirectories(dir.resolve("uit"));
        assertThat(fx(() -> vm.selectedProperty().get() != null && !vm.selectedProperty().get().isOpen())).isTrue();
        assertThat(asked.get()).isEqualTo("inzage-2026-017.pdf");
        Path pdf = dir.resolve("uit").resolve("inzage voor mevrouw " + SURNAME + ".pdf");
        assertThat(pdf).exists();
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("2026-017").contains(SURNAME).doesNotContain(RequestsFixture.MELDER);
        RightsRequest handled = stored(r.id());
        assertThat(handled.status()).isEqualTo(RequestStatus.HANDLED);
        assertThat(handled.handledOn()).isEqualTo(TODAY);
        assertThat(fx(() -> vm.outcomeText(vm.selectedProperty().get()))).isEqualTo("Inzage: afgehandeld op 28-11-2026.");
        List<AuditLog.Entry> audit = audit();
        assertThat(audit).anySatisfy(e -> assertThat(e.action() + " " + e.subject()).isEqualTo("INZAGE 2026-017"));
        assertThat(audit).anySatisfy(e -> assertThat(e.detail()).isEqualTo("request " + r.id() + " INZAGE HANDLED"));
        contentFree(audit, SURNAME, "Johanna", RequestsFixture.MELDER, "mevrouw");
    }

    @Test
    void theChairReviewsWhatTheCopyWithholdsAndMayShowAPassageWithAReason() throws Exception {
        RightsRequest r = register(RequestType.INZAGE, "20-11-2026");
        run(() -> vm.handle(name -> null));
        assertThat(fx(() -> vm.review().reviewingProperty().get())).isTrue();
        InzageMasking.Passage brother = fx(() -> vm.review().passages().stream()
                .filter(x -> x.original().equals("Piet " + SURNAME)).findFirst().orElseThrow());
        assertThat(brother.marker()).isEqualTo("[familielid]");
        // without a reason: refused
        run(() -> {
            vm.review().selectedPassageProperty().set(brother);
            vm.review().unmaskSelected();
        });
        assertThat(fx(() -> vm.messageProperty().get())).isEqualTo("Voor het tonen van een passage is een reden nodig.");
        run(() -> {
            vm.review().unmaskReasonProperty().set("Cliënt noemde zijn broer zelf als contactpersoon bij de intake");
            vm.review().unmaskSelected();
        });
        assertThat(fx(() -> vm.review().passages().stream().anyMatch(x -> x.id().equals(brother.id()) && x.unmasked()))).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("De passage wordt in het afschrift getoond");
        assertThat(store.unmasks().forRequest(r.id()))
                .hasEntrySatisfying(brother.id(), u -> assertThat(u.reason()).startsWith("Cliënt noemde"));
        // the copy previewed before it is saved (issue 11): nothing written, the request still open
        AtomicReference<List<byte[]>> previewed = new AtomicReference<>();
        run(() -> vm.review().preview(previewed::set));
        assertThat(fx(() -> !vm.busyProperty().get() && previewed.get() != null)).isTrue();
        assertThat(stored(r.id()).isOpen()).isTrue();
        Path pdf = dir.resolve("inzage-met-broer.pdf");
        run(() -> vm.review().write(name -> pdf));
        assertThat(fx(() -> vm.selectedProperty().get() != null && !vm.selectedProperty().get().isOpen())).isTrue();
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
            assertThat(previewed.get()).hasSize(doc.getNumberOfPages());
        }
        assertThat(text).contains("Piet " + SURNAME + " (broer)").doesNotContain(RequestsFixture.MELDER);
        List<AuditLog.Entry> audit = audit();
        assertThat(audit).anySatisfy(e -> assertThat(e.detail())
                .isEqualTo("request " + r.id() + " INZAGE: passage unmasked (FAMILIELID) with a reason"));
        assertThat(audit).anySatisfy(e -> assertThat(e.detail()).contains("1 unmasked by the chair"));
        contentFree(audit, SURNAME, "Piet", "broer", "contactpersoon", RequestsFixture.MELDER);
    }
}
