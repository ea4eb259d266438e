package nl.kring.ui.cases;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.CaseFile;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** "Evaluatie vastleggen" keeps outcome and motivation with the case (handreiking point 5), not only a new date. */
class EvaluationRecordTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void anEvaluationIsKeptWithItsOutcomeAndMotivationAndSetsTheNextDate() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            CaseFile c = TestVaults.caseFile("2026-020", TestVaults.client("Jozef", "Sjef", null, "Kranenburg", List.of()),
                    Phase.SCREENING, false, "ernstige zelfverwaarlozing", List.of("ggd"));
            store.cases().save(new CaseFile(c.number(), c.client(), null, LocalDate.of(2026, 9, 1), c.phase(), null,
                    c.consent(), null, c.evidentInterest(), c.lighterMeansConsidered(), LocalDate.of(2026, 11, 20), null,
                    c.kring()));
            CasesViewModel vm = onFx(() -> new CasesViewModel(new SameThreadExecutor(), new Services(store), () -> TODAY));
            onFx(() -> {
                vm.load();
                return null;
            });
            assertThat(!vm.filtered().isEmpty()).isTrue();
            onFx(() -> {
                vm.select(vm.filtered().getFirst());
                return null;
            });
            // incomplete: nothing is saved
            assertThat(onFx(() -> vm.recordEvaluation(null, "  "))).containsExactly(EvaluationRecord.Problem.NO_OUTCOME,
                    EvaluationRecord.Problem.NO_MOTIVATION);
            assertThat(onFx(() -> store.evaluations().forCase("2026-020"))).isEmpty();

            assertThat(onFx(() -> vm.recordEvaluation(EvaluationRecord.Outcome.LIGHTER_MEANS,
                    " Sjef laat de wijkverpleegkundige weer binnen; bilateraal contact volstaat. "))).isEmpty();
            assertThat(vm.evaluations().size() == 1).isTrue();
            assertThat(vm.evaluations().getFirst()).satisfies(e -> {
                assertThat(e.on()).isEqualTo(TODAY);
                assertThat(e.outcome()).isEqualTo(EvaluationRecord.Outcome.LIGHTER_MEANS);
                assertThat(e.motivation()).isEqualTo("Sjef laat de wijkverpleegkundige weer binnen; bilateraal contact volstaat.");
            });
            assertThat(onFx(() -> store.evaluations().forCase("2026-020"))).hasSize(1);
            assertThat(onFx(() -> store.cases().find("2026-020").orElseThrow().evaluationDue())).isEqualTo(TODAY.plusWeeks(6));
            assertThat(store.audit().entries()).filteredOn(e -> "2026-020".equals(e.subject()))
                    .anySatisfy(e -> assertThat(e.detail()).startsWith("evaluation of the restriction recorded"));
            // the motivation is client data: never in the audit trail
            assertThat(store.audit().entries()).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains("wijkverpleegkundige"));
        }
    }
}
