package nl.kring.ui.overview;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Overzicht flags open cases without activity for long, and says since when destruction was put off. */
class IdleCasesOverviewTest {
    @TempDir
    Path tmp;

    @Test
    void anOpenCaseIdleForHalfAYearIsListedByNumberOnly() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 28);
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            CaseFile idle = TestVaults.caseFile("2026-001", TestVaults.client("Hendrika", null, null, "Jansma", List.of()),
                    Phase.SCREENING, true, null, List.of("ggd"));
            store.cases().save(idle); // reported 5 January 2026, nothing since
            CaseFile closed = TestVaults.caseFile("2025-090", TestVaults.client("Els", null, null, "Smit", List.of()),
                    Phase.AFGESLOTEN, true, null, List.of("ggd"));
            store.cases().save(new CaseFile(closed.number(), closed.client(), null, closed.reportedOn(), closed.phase(),
                    null, closed.consent(), null, null, null, null, today.minusMonths(1), closed.kring()));
            OverviewViewModel vm = new OverviewViewModel(new SameThreadExecutor(), new Services(store), () -> today);
            OverviewViewModel.Snapshot s = OverviewViewModel.compute(new Services(store), today);
            assertThat(s.idle()).extracting(i -> i.caseNumber()).containsExactly("2026-001");
            assertThat(s.postponed()).isNull();
            vm.show(s);
            assertThat(vm.legalLines()).containsExactly("Casus 2026-001: open, maar geen activiteit sinds 05-01-2026. "
                    + "Sluit de casus af of leg vast waarom hij open blijft.");
            assertThat(String.join(" ", vm.legalLines())).doesNotContain("Jansma").doesNotContain("Hendrika");
        }
    }
}
