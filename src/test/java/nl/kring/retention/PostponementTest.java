package nl.kring.retention;

import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Inactivity;
import nl.kring.domain.Phase;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, point 10: "Later" holds for a set time, and open cases without activity are flagged. */
class PostponementTest {
    @TempDir
    Path tmp;

    @Test
    void laterHoldsForSevenDaysKeepsItsFirstDateAndEndsWhenNothingIsDue() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 28);
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            assertThat(Postponement.shouldAsk(store.settings(), true, day)).isTrue();
            Postponement.record(store.settings(), day);
            assertThat(Postponement.shouldAsk(store.settings(), true, day.plusDays(6))).isFalse();
            assertThat(Postponement.shouldAsk(store.settings(), true, day.plusDays(7))).isTrue();
            Postponement again = Postponement.record(store.settings(), day.plusDays(7));
            assertThat(again.since()).isEqualTo(day);
            assertThat(again.askAgainOn()).isEqualTo(day.plusDays(14));
            // purged meanwhile: nothing due, the postponement is over
            assertThat(Postponement.shouldAsk(store.settings(), false, day.plusDays(8))).isFalse();
            assertThat(Postponement.load(store.settings())).isEmpty();
        }
    }

    static CaseFile open(String number, LocalDate reported, Phase phase) {
        return new CaseFile(number, new Client(null, null, null, "X", List.of(), null, null, null, null, List.of(), null,
                false), null, reported, phase, null, null, null, null, null, null,
                phase == Phase.AFGESLOTEN ? reported : null, List.of("ggd"));
    }

    @Test
    void openCasesWithoutActivityForSixMonthsAreFlaggedLongestIdleFirst() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        List<CaseFile> cases = List.of(open("2026-001", LocalDate.of(2026, 1, 5), Phase.SCREENING),
                open("2026-002", LocalDate.of(2026, 2, 1), Phase.INTAKE),
                open("2026-003", LocalDate.of(2026, 1, 1), Phase.AFGESLOTEN),
                open("2026-004", LocalDate.of(2026, 5, 28), Phase.MELDING),
                open("2026-005", LocalDate.of(2026, 5, 29), Phase.MELDING));
        // 2026-002 was discussed in October; the others have only their report date
        var idle = Inactivity.idle(cases, Map.of("2026-002", LocalDate.of(2026, 10, 15)), today, Inactivity.DEFAULT_PERIOD);
        assertThat(idle).extracting(Inactivity.Idle::caseNumber).containsExactly("2026-001", "2026-004");
        assertThat(idle.getFirst().lastActivity()).isEqualTo(LocalDate.of(2026, 1, 5));
    }
}
