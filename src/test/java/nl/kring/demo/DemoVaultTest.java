package nl.kring.demo;

import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestType;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo vault of {@code kring --demo}: made through the services, so its open request is on record like any other. */
class DemoVaultTest {
    @TempDir
    Path dir;

    @Test
    void theDemoVaultHasItsDataAndAnOpenAfschriftWithItsAuditEntry() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 28);
        try (Store store = DemoVault.create(dir.resolve("demo"), today)) {
            assertThat(store.cases().all()).isNotEmpty();
            assertThat(store.requests().forCase("2026-007")).singleElement().satisfies(r -> {
                assertThat(r.type()).isEqualTo(RequestType.AFSCHRIFT);
                assertThat(r.isOpen()).isTrue();
                assertThat(r.receivedOn()).isEqualTo(today.minusDays(9));
            });
            assertThat(store.audit().entries()).first().extracting(AuditLog.Entry::action).isEqualTo("VAULT_CREATED");
            assertThat(store.audit().entries().getLast()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("REQUEST");
                assertThat(e.subject()).isEqualTo("2026-007");
            });
            assertThat(store.verify()).isEmpty();
        }
    }

    /**
     * Issue 13: "the demo has no planned next meeting although the README says it has". Whatever day the demo is
     * opened, one meeting lies ahead of it, within a week, with its agenda, for the agenda, the invitations and the
     * Overzicht's "Volgende vergadering".
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28", "2026-12-05", "2027-03-01", "2028-02-29"})
    void whateverTheDayTheDemoHasItsNextMeetingPlanned(String day) throws Exception {
        LocalDate today = LocalDate.parse(day);
        try (Store store = DemoVault.create(dir.resolve("demo-" + day), today)) {
            List<LocalDate> ahead = store.meetings().dates().stream().filter(d -> d.isAfter(today)).toList();
            assertThat(ahead).as("meetings after " + today).singleElement()
                    .satisfies(d -> assertThat(d).isBeforeOrEqualTo(today.plusWeeks(1)));
            assertThat(store.meetings().find(ahead.getFirst()).orElseThrow().items()).isNotEmpty();
        }
    }
}
