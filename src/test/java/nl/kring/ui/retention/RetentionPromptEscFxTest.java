package nl.kring.ui.retention;

import javafx.scene.Node;
import nl.kring.domain.Phase;
import nl.kring.domain.Retention;
import nl.kring.retention.Postponement;
import nl.kring.retention.RetentionService;
import nl.kring.store.Store;
import nl.kring.store.VaultPolicy;
import nl.kring.ui.EscapeProbe;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.Settings;
import nl.kring.ui.common.WorkerExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc at the retention question is "Later": nothing is destroyed and the question comes back. */
@Tag("ui")
class RetentionPromptEscFxTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void escIsLaterAndDestroysNothing() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        store.cases().save(TestVaults.caseFile("2023-004", TestVaults.client("Johannes", "Jan", "de", "Vries", List.of()),
                Phase.AFGESLOTEN, true, null, List.of()));
        LocalDate today = LocalDate.of(2026, 12, 4);
        RetentionService.Report report = new RetentionService.Report(today, VaultPolicy.load(store.settings()),
                List.of(new Retention.Due("2023-004", LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 1))), List.of(), List.of());
        Node owner = EscapeProbe.owner();
        AppContext context = new AppContext(Settings.load(dir.resolve("s.properties")),
                dir.resolve("vault"), false, new WorkerExecutor());
        context.unlocked(store);
        EscapeProbe.escCloses(() -> RetentionPrompt.show(owner, context, new Services(store), report, () -> { }, () -> today));
        waitUntil(30, () -> Postponement.load(store.settings()).isPresent());
        assertThat(store.cases().find("2023-004")).isPresent();
    }
}
