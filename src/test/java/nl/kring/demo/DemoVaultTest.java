package nl.kring.demo;

import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestType;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

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
}
