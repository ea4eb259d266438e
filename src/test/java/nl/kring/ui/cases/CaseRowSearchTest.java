package nl.kring.ui.cases;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Phase;
import nl.kring.ui.common.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chair finds a case by the client's address or BSN too (issue 13), not only by number and name. */
class CaseRowSearchTest {
    final CaseRow row = new CaseRow(new CaseFile("2026-040", new Client("Zwaantje", "Zwaan", null, "Mollema", List.of(),
            LocalDate.of(1961, 4, 2), "999996459", "Lindelaan 4, Rivierstad", null, List.of(), null, false),
            null, LocalDate.of(2026, 10, 1), Phase.SCREENING, null, null, null, null, null, null, null, List.of()));

    @Test
    void addressAndBsnFindTheCase() {
        assertThat(row.matches(Text.terms("lindelaan 4"))).isTrue();
        assertThat(row.matches(Text.terms("999996459"))).isTrue();
        assertThat(row.matches(Text.terms("Rivierstad Mollema"))).isTrue();
        assertThat(row.matches(Text.terms("Kerkstraat"))).isFalse();
        assertThat(row.matches(Text.terms("123456782"))).isFalse();
    }
}
