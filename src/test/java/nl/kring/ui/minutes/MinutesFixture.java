package nl.kring.ui.minutes;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.worker;
import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
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
    static void startToolkit() throws InterruptedException {
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
