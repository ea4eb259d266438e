package nl.kring.ui.minutes;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.retention.CaseEraser;
import nl.kring.retention.EraseFixture;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.worker;
import static nl.kring.retention.EraseFixture.A;
import static nl.kring.retention.EraseFixture.B;
import static nl.kring.retention.EraseFixture.MEETING;
import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minutes editor open on a meeting while a client is destroyed elsewhere: coming back to the screen reads the
 * scrubbed minutes again, so the next save does not write the destroyed name back into another case's minutes.
 */
class MinutesAfterErasureTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        startFx();
    }

    String minutesOfB(MinutesViewModel vm) {
        return fx(() -> vm.items().stream().filter(i -> i.caseNumber().equals(B)).findFirst().orElseThrow()
                .paragraphs().stream().map(p -> p.textProperty().get()).collect(Collectors.joining("\n")));
    }

    @Test
    void aCleanEditorReadsTheScrubbedMinutesAgainAndSavesNoNameBack() throws Exception {
        Store store = TestVaults.create(dir.resolve("vault"));
        MinutesViewModel vm = null;
        try {
            EraseFixture.fill(store, false);
            MinutesViewModel m = onFx(() -> new MinutesViewModel(new SameThreadExecutor(), LiveRecognition.Runner.sameThread(), new Services(store), () -> MEETING));
            vm = m;
            onFx(() -> {
                m.refresh(MEETING);
                return null;
            });
            assertThat(fx(() -> !m.items().isEmpty() && !m.busyProperty().get())).isTrue();
            assertThat(minutesOfB(m)).contains("Timmermans");

            // destroyed from the case screen meanwhile
            worker(x -> {
                store.transaction(s -> CaseEraser.erase(s, List.of(A)));
                store.session().markWritten();
                return null;
            });
            // the workspace shows the minutes screen again: the view asks for a refresh
            onFx(() -> {
                m.refresh(null);
                return null;
            });
            assertThat(fx(() -> m.items().stream().noneMatch(i -> i.caseNumber().equals(A)) && !m.busyProperty().get())).isTrue();
            assertThat(minutesOfB(m)).doesNotContain("Timmermans").contains("[cliënt 2026-010]");

            // an edit and a save afterwards keep it out of the vault
            onFx(() -> {
                var item = m.items().stream().filter(i -> i.caseNumber().equals(B)).findFirst().orElseThrow();
                m.addParagraph(item, null).textProperty().set("Volgende keer opnieuw bespreken.");
                m.save();
                return null;
            });
            assertThat(fx(() -> !m.dirtyProperty().get() && !m.busyProperty().get())).isTrue();
            String stored = worker(x -> EraseFixture.textsOfB(store));
            assertThat(stored).contains("Volgende keer opnieuw bespreken.").doesNotContain("Timmermans");
        } finally {
            if (vm != null) {
                MinutesViewModel v = vm;
                onFx(() -> {
                    v.close();
                    return null;
                });
            }
            worker(x -> {
                store.close();
                return null;
            });
        }
    }
}
