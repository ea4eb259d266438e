package nl.kring.ui.minutes;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Partner;
import nl.kring.report.ExportService;
import nl.kring.report.JudgedMinutes;
import nl.kring.report.ProgressListener;
import nl.kring.report.ReportPasswords;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.worker;
import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** What leaves the minutes editor: the previews and the export of the meeting's reports. */
class MinutesOutputTest extends MinutesFixture {
    @Test
    void theRoosterAndTheVerslagArePreviewedAsTheExportWritesThem() throws Exception {
        // issue 11: every file of the export can be seen before it leaves
        AtomicReference<List<byte[]>> rooster = new AtomicReference<>();
        AtomicReference<List<byte[]>> verslag = new AtomicReference<>();
        onFx(() -> {
            vm.output().previewDocument(MinutesOutput.Document.ROOSTER, rooster::set);
            vm.output().previewDocument(MinutesOutput.Document.VERSLAG, verslag::set);
            return null;
        });
        assertThat(rooster.get()).isNotEmpty();
        assertThat(verslag.get()).isNotEmpty();
        JudgedMinutes.dismissAll(store, MEETING);
        Path out = dir.resolve("out");
        ExportService.exportMeeting(store, MEETING, out, Map.of(), ProgressListener.NONE);
        try (var r = Loader.loadPDF(out.resolve("rooster.pdf").toFile());
             var v = Loader.loadPDF(out.resolve("verslag.pdf").toFile())) {
            assertThat(rooster.get()).hasSize(r.getNumberOfPages());
            assertThat(verslag.get()).hasSize(v.getNumberOfPages());
        }
    }

    @Test
    void theReportsAreNeverWrittenIntoTheVaultFolder() throws Exception {
        for (SuspectRow s : fx(() -> List.copyOf(vm.names().suspects()))) {
            onFx(() -> {
                vm.names().dismiss(s);
                return null;
            });
        }
        assertThat(fx(() -> vm.output().blockedProperty().get().isEmpty() && !vm.busyProperty().get())).isTrue();
        Path inside = dir.resolve("vault").resolve("verslagen");
        AtomicReference<Path> opened = new AtomicReference<>();
        onFx(() -> {
            vm.output().export(inside, opened::set);
            return null;
        });
        assertThat(fx(() -> vm.messageIsErrorProperty().get() && !vm.busyProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("De verslagen kunnen daar niet worden opgeslagen");
        assertThat(opened.get()).isNull();
        assertThat(inside).doesNotExist();
    }

    @Test
    void exportProtectsTheChosenPartnersReportsWithAes256() throws Exception {
        // judge every possible name so the export may run
        for (SuspectRow s : fx(() -> List.copyOf(vm.names().suspects()))) {
            onFx(() -> {
                vm.names().dismiss(s);
                return null;
            });
        }
        assertThat(fx(() -> vm.output().blockedProperty().get().isEmpty() && !vm.busyProperty().get())).isTrue();
        List<Partner> recipients = fx(() -> vm.output().reportRecipients());
        assertThat(recipients).hasSizeGreaterThan(1);
        String protectedId = recipients.getFirst().id();
        String openId = recipients.get(1).id();
        String password = ReportPasswords.generate(new SecureRandom());

        Path out = dir.resolve("protected");
        AtomicReference<Path> opened = new AtomicReference<>();
        onFx(() -> {
            vm.output().export(out, Map.of(protectedId, password), opened::set);
            return null;
        });
        assertThat(opened.get() != null || fx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).contains("1 daarvan met wachtwoord");

        // the chosen partner's report does not open without the password, and is AES-256
        assertThat(out.resolve(protectedId + ".pdf")).exists();
        Assertions.assertThatThrownBy(() -> Loader.loadPDF(out.resolve(protectedId + ".pdf").toFile()))
                .isInstanceOf(InvalidPasswordException.class);
        try (var doc = Loader.loadPDF(out.resolve(protectedId + ".pdf").toFile(), password)) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(new PDFTextStripper().getText(doc)).contains("VERTROUWELIJK");
        }
        // another partner's report and the chair's archive copy stay unprotected
        try (var doc = Loader.loadPDF(out.resolve(openId + ".pdf").toFile())) {
            assertThat(doc.isEncrypted()).isFalse();
        }
        try (var doc = Loader.loadPDF(out.resolve("verslag.pdf").toFile())) {
            assertThat(doc.isEncrypted()).isFalse();
        }
        // the password is in no audit entry; the audit says which file was protected
        List<AuditLog.Entry> entries = worker(p -> store.audit().entries());
        assertThat(entries).noneSatisfy(e -> assertThat(e.detail()).contains(password));
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith(protectedId + ".pdf").endsWith("(AES-256)"));
    }
}
