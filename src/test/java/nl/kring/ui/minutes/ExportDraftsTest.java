package nl.kring.ui.minutes;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.kring.audit.AuditLog;
import nl.kring.cli.InviteCommandTestAccess;
import nl.kring.domain.Partner;
import nl.kring.report.ReportPasswords;
import nl.kring.service.Services;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.worker;
import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 in the app: the export's "Concept-e-mails maken" writes a draft per report, never with the password. */
class ExportDraftsTest extends MinutesFixture {
    @Test
    void draftsBesideTheReportsAndTheAuditSaysAes256OnlyForThePdf() throws Exception {
        for (SuspectRow s : fx(() -> List.copyOf(vm.names().suspects()))) {
            onFx(() -> {
                vm.names().dismiss(s);
                return null;
            });
        }
        assertThat(fx(() -> vm.output().blockedProperty().get().isEmpty() && !vm.busyProperty().get())).isTrue();
        String protectedId = fx(() -> vm.output().reportRecipients()).getFirst().id();
        // one recipient without an e-mail address: its draft has no addressee yet, and the chair is told
        Partner without = fx(() -> vm.output().reportRecipients()).getLast();
        worker(x -> {
            new Services(store).partners().save(new Partner(without.id(), without.name(),
                    without.role(), without.tier(), without.agreementSigned(), without.agreementEnds(), without.attendees(),
                    null, without.phone()), false);
            return null;
        });
        String password = ReportPasswords.generate(new SecureRandom());
        Path out = dir.resolve("out");
        AtomicReference<Path> opened = new AtomicReference<>();
        List<String> progress = new CopyOnWriteArrayList<>();
        onFx(() -> {
            vm.output().progressTextProperty().addListener((o, a, b) -> progress.add(b));
            vm.output().export(out, Map.of(protectedId, password), true, opened::set);
            return null;
        });
        assertThat(opened.get() != null || fx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(opened.get()).as(fx(() -> vm.messageProperty().get())).isEqualTo(out);
        // the work's progress reached the screen file by file, and ended full
        assertThat(progress).anySatisfy(t -> assertThat(t).matches("1 van \\d+: .+"));
        assertThat(fx(() -> vm.output().progressProperty().get())).isEqualTo(1.0);
        // the draft without an addressee is told after the export, by partner id
        assertThat(fx(() -> List.copyOf(vm.output().warnings())))
                .anySatisfy(w -> assertThat(w).startsWith("Geen e-mailadres voor " + without.id()));
        for (var p : fx(() -> vm.output().reportRecipients())) {
            Path eml = out.resolve(p.id() + ".eml");
            assertThat(eml).exists();
            assertThat(Files.readString(eml, StandardCharsets.ISO_8859_1)).doesNotContain(password);
            MimeMessage msg;
            try (InputStream in = Files.newInputStream(eml)) {
                msg = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertThat(InviteCommandTestAccess.parts(msg).get(p.id() + ".pdf"))
                    .isEqualTo(Files.readAllBytes(out.resolve(p.id() + ".pdf")));
        }
        List<AuditLog.Entry> entries = worker(p -> store.audit().entries());
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith(protectedId + ".pdf").endsWith("(AES-256)"));
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith(protectedId + ".eml").doesNotContain("AES"));
    }
}
