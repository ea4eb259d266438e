package nl.kring.ui.minutes;

import nl.kring.ui.common.SameThreadExecutor;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.minutes.MinutesViewModelTest.fx;
import static nl.kring.ui.minutes.MinutesViewModelTest.worker;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 in the app: the export's "Concept-e-mails maken" writes a draft per report, never with the password. */
class ExportDraftsTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    Store store;
    MinutesViewModel vm;

    @BeforeAll
    static void fxStart() throws InterruptedException {
        startFx();
    }

    @BeforeEach
    void open() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        vm = onFx(() -> new MinutesViewModel(new SameThreadExecutor(), LiveRecognition.Runner.sameThread(), new nl.kring.service.Services(store), () -> MEETING));
        onFx(() -> {
            vm.refresh(MEETING);
            return null;
        });
        assertThat(fx(() -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get()))
                .isTrue();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            vm.close();
            return null;
        });
        worker(x -> {
            store.close();
            return null;
        });
    }

    @Test
    void draftsBesideTheReportsAndTheAuditSaysAes256OnlyForThePdf() throws Exception {
        for (SuspectRow s : fx(() -> List.copyOf(vm.suspects()))) {
            onFx(() -> {
                vm.dismiss(s);
                return null;
            });
        }
        assertThat(fx(() -> vm.exportBlockedProperty().get().isEmpty() && !vm.busyProperty().get())).isTrue();
        String protectedId = fx(() -> vm.reportRecipients()).getFirst().id();
        String password = nl.kring.report.ReportPasswords.generate(new java.security.SecureRandom());
        Path out = dir.resolve("out");
        AtomicReference<Path> opened = new AtomicReference<>();
        onFx(() -> {
            vm.export(out, Map.of(protectedId, password), true, opened::set);
            return null;
        });
        assertThat(opened.get() != null || fx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(opened.get()).as(fx(() -> vm.messageProperty().get())).isEqualTo(out);
        for (var p : fx(() -> vm.reportRecipients())) {
            Path eml = out.resolve(p.id() + ".eml");
            assertThat(eml).exists();
            assertThat(Files.readString(eml, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(password);
            MimeMessage msg;
            try (InputStream in = Files.newInputStream(eml)) {
                msg = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertThat(nl.kring.cli.InviteCommandTestAccess.parts(msg).get(p.id() + ".pdf"))
                    .isEqualTo(Files.readAllBytes(out.resolve(p.id() + ".pdf")));
        }
        List<nl.kring.audit.AuditLog.Entry> entries = worker(p -> store.audit().entries());
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith(protectedId + ".pdf").endsWith("(AES-256)"));
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith(protectedId + ".eml").doesNotContain("AES"));
    }
}
