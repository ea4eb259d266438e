package nl.kring.ui.minutes;

import nl.kring.ui.common.SameThreadExecutor;
import javafx.application.Platform;
import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.interchange.Importer;
import nl.kring.pseudonym.Kind;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.IncrementalRecognizer;
import nl.kring.pseudonym.Recognition;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.common.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The minutes editor on a real vault with the demo data, the meeting of 26 November opened; each part of the editor
 * has its test class on this fixture. */
abstract class MinutesFixture {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    Store store;
    MinutesViewModel vm;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @BeforeEach
    void open() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        openWith(LiveRecognition.Runner.sameThread());
        // Same-thread executor and recognition: the meeting is loaded and every paragraph recognised on return.
        assertThat(fx(() -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get()))
                .isTrue();
    }

    void openWith(LiveRecognition.Runner recognition) throws Exception {
        vm = onFx(() -> new MinutesViewModel(new SameThreadExecutor(), recognition, new Services(store), () -> MEETING));
        onFx(() -> {
            vm.refresh(MEETING);
            return null;
        });
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

    static <T> T fx(Callable<T> c) {
        try {
            return Platform.isFxApplicationThread() ? c.call() : onFx(c);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Store work of the test itself; the ViewModels' work has finished when their calls return (same-thread executor). */
    static <T> T worker(Tasks.Work<T> work) throws Exception {
        return work.run((fraction, message) -> { });
    }

    ItemModel item(String number) {
        return fx(() -> vm.items().stream().filter(i -> i.caseNumber().equals(number)).findFirst().orElseThrow());
    }

    ParagraphModel type(String number, String text) throws Exception {
        ItemModel item = item(number);
        ParagraphModel p = onFx(() -> vm.addParagraph(item, null));
        onFx(() -> {
            p.textProperty().set(text);
            return null;
        });
        assertThat(fx(() -> !p.pendingProperty().get() && p.recognition() != null && p.recognition().text().equals(text))).isTrue();
        return p;
    }

    SuspectRow suspect(String text) {
        return fx(() -> vm.names().suspects().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow());
    }
}
