package nl.kring.ui.retention;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.retention.RetentionService;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "No destruction while minutes are unsaved" is a rule of the services ({@code Services.purge}), said in Dutch by the
 * prompt: purging what is past retention is refused while the minutes editor holds unsaved minutes, and goes ahead once
 * they are saved. "Later" purges nothing and does not hold the dialog.
 */
class RetentionPromptViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;
    Store store;
    Services services;
    RetentionService.Report report;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    /** A vault with one case closed in 2024, past its retention period on TODAY. */
    @BeforeEach
    void open() throws Exception {
        store = TestVaults.create(dir.resolve("v"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
        store.cases().save(new CaseFile("2023-004", TestVaults.client("Geertruida", "Truus", null, "Hoogerbrugge",
                List.of()), null, LocalDate.of(2023, 5, 1), Phase.AFGESLOTEN, null,
                new Consent(ConsentStatus.GEGEVEN, LocalDate.of(2023, 5, 2), "voorzitter"), null, null, null, null,
                LocalDate.of(2024, 6, 3), List.of("ggd")));
        services = new Services(store);
        report = services.retention().due(TODAY);
        assertThat(report.isEmpty()).isFalse();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void purgingWaitsUntilTheMinutesAreSaved() throws Exception {
        services.unsavedMinutes().set(true);
        RetentionPromptViewModel vm = onFx(() -> new RetentionPromptViewModel(new SameThreadExecutor(), services, report));

        onFx(() -> {
            vm.purge();
            return null;
        });
        assertThat(onFx(() -> vm.errorProperty().get()))
                .startsWith("Sla eerst de notulen op of gooi de wijzigingen weg");
        assertThat(onFx(() -> vm.doneProperty().get())).isFalse();
        assertThat(store.cases().exists("2023-004")).isTrue();

        services.unsavedMinutes().set(false);
        onFx(() -> {
            vm.purge();
            return null;
        });
        assertThat(onFx(() -> vm.errorProperty().get())).isEmpty();
        assertThat(onFx(() -> vm.doneProperty().get())).isTrue();
        assertThat(store.cases().exists("2023-004")).isFalse();
    }

    @Test
    void laterKeepsEverythingAndTheQuestionWaitsWithoutHoldingTheDialog() throws Exception {
        assertThat(services.retention().shouldAsk(true, TODAY)).isTrue();
        RetentionPromptViewModel vm = onFx(() -> new RetentionPromptViewModel(new SameThreadExecutor(), services, report));
        List<Boolean> busyWhileWriting = new ArrayList<>();
        AtomicBoolean then = new AtomicBoolean();
        onFx(() -> {
            vm.busyProperty().addListener((o, a, b) -> busyWhileWriting.add(b));
            vm.postpone(TODAY, () -> then.set(true));
            return null;
        });
        assertThat(then.get()).isTrue();
        // a busy prompt refuses to close: "later" never sets the flag, so the dialog closes at once
        assertThat(busyWhileWriting).isEmpty();
        assertThat(services.retention().shouldAsk(true, TODAY)).isFalse();
        assertThat(store.cases().exists("2023-004")).isTrue();
        assertThat(onFx(() -> vm.errorProperty().get())).isEmpty();
    }

    @Test
    void atUnlockKringAsksWhenSomethingIsDueAndNotAgainUntilThePostponementEnds() throws Exception {
        assertThat(RetentionPromptViewModel.dueAtUnlock(services, TODAY)).hasValueSatisfying(
                r -> assertThat(r.cases()).extracting(d -> d.caseNumber()).containsExactly("2023-004"));
        services.retention().postpone(TODAY);
        assertThat(RetentionPromptViewModel.dueAtUnlock(services, TODAY.plusDays(1))).isEmpty();
        assertThat(RetentionPromptViewModel.dueAtUnlock(services, TODAY.plusYears(1))).isPresent();
    }
}
