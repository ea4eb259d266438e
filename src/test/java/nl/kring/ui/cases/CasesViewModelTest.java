package nl.kring.ui.cases;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Phase;
import nl.kring.TestVaults;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CasesViewModelTest {
    CasesViewModel vm = new CasesViewModel(new SameThreadExecutor(), null, () -> LocalDate.of(2026, 11, 28));

    private List<String> shown() {
        return vm.filtered().stream().map(CaseRow::number).toList();
    }

    private void fill() {
        vm.setData(List.of(
                TestVaults.caseFile("2026-017", TestVaults.client("Johannes Petrus", "Jan", "de", "Vries", List.of("Hansje")),
                        Phase.SCREENING, true, null, List.of("ggd")),
                TestVaults.caseFile("2026-003", TestVaults.client("Fatma", null, null, "Yılmaz", List.of()),
                        Phase.CLIENTVERDELING, false, "acuut", List.of("ggd", "woco")),
                TestVaults.caseFile("2025-120", TestVaults.client("Kees", "Keesje", "van der", "Berg", List.of("de Baron")),
                        Phase.AFGESLOTEN, true, null, List.of())), List.of());
    }

    @Test
    void listIsSortedByNumberWithDisplayNameAndKringSize() {
        fill();
        assertThat(vm.filtered()).extracting(CaseRow::number, CaseRow::displayName, CaseRow::phase, CaseRow::kringSize)
                .containsExactly(
                        Tuple.tuple("2025-120", "Keesje van der Berg", "Afgesloten", 0),
                        Tuple.tuple("2026-003", "Fatma Yılmaz", "Cliëntverdeling", 2),
                        Tuple.tuple("2026-017", "Jan de Vries", "Screening", 1));
    }

    @Test
    void searchFindsNumberNamesRoepnaamAliasAndPhase() {
        fill();
        vm.searchProperty().set("2026-01");
        assertThat(shown()).containsExactly("2026-017");
        vm.searchProperty().set("johannes");
        assertThat(shown()).containsExactly("2026-017");
        vm.searchProperty().set("keesje");
        assertThat(shown()).containsExactly("2025-120");
        vm.searchProperty().set("hansje");
        assertThat(shown()).containsExactly("2026-017");
        vm.searchProperty().set("baron");
        assertThat(shown()).containsExactly("2025-120");
        vm.searchProperty().set("clientverdeling"); // without the diaeresis
        assertThat(shown()).containsExactly("2026-003");
        vm.searchProperty().set("VRIES screening");
        assertThat(shown()).containsExactly("2026-017");
        vm.searchProperty().set("  ");
        assertThat(shown()).hasSize(3);
    }

    @Test
    void searchingFiveHundredCasesIsInstant() {
        List<CaseFile> many = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            many.add(TestVaults.caseFile(String.format("2026-%03d", i),
                    TestVaults.client("Voornaam" + i, "Roep" + i, null, "Achternaam" + i, List.of("alias" + i)),
                    Phase.values()[i % Phase.values().length], true, null, List.of("ggd")));
        }
        vm.setData(many, List.of());
        long start = System.nanoTime();
        for (String q : List.of("a", "ac", "ach", "acht", "achternaam4", "achternaam42", "achternaam421")) {
            vm.searchProperty().set(q);
        }
        long perKeystrokeMicros = (System.nanoTime() - start) / 7 / 1000;
        assertThat(shown()).containsExactly("2026-421");
        System.out.printf("case search over 500 cases: %d µs per keystroke%n", perKeystrokeMicros); // measured, not asserted
    }
}
