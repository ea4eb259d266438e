package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.Role;
import nl.kring.domain.RightsRequest;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request's registration, extension and closing are each one transaction with the audit entry, on a real vault. */
class RequestServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    @Test
    void whenTheAuditEntryCannotBeWrittenNoRequestIsRegisteredExtendedOrClosed() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            new CaseService(store).save(CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing"), true, false);
            RequestService requests = new RequestService(store);
            RightsRequest open = requests.register("2026-020", RequestType.INZAGE, TODAY.minusDays(3), Requester.CLIENT, TODAY);
            int entries = store.audit().entries().size();

            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.REQUEST);
            assertThatThrownBy(() -> requests.register("2026-020", RequestType.CORRECTIE, TODAY, Requester.CLIENT, TODAY))
                    .isNotInstanceOf(Refused.class);
            assertThatThrownBy(() -> requests.extend(open.id(), "gegevens bij vier partners opvragen", TODAY))
                    .isNotInstanceOf(Refused.class);
            assertThatThrownBy(() -> requests.close(open.id(), RequestStatus.HANDLED, "afschrift meegegeven", TODAY))
                    .isNotInstanceOf(Refused.class);

            assertThat(store.requests().forCase("2026-020")).singleElement().satisfies(r -> {
                assertThat(r.isOpen()).isTrue();
                assertThat(r.isExtended()).isFalse();
            });
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aRequestForACaseThatIsGoneIsRefusedInTypes() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            assertThatThrownBy(() -> new RequestService(store).register("2026-099", RequestType.INZAGE, TODAY,
                    Requester.CLIENT, TODAY)).isInstanceOfSatisfying(RequestService.Gone.class,
                    e -> assertThat(e.caseNumber()).isEqualTo("2026-099"));
            assertThatThrownBy(() -> new RequestService(store).close(42, RequestStatus.HANDLED, "klaar", TODAY))
                    .isInstanceOfSatisfying(RequestService.Gone.class, e -> assertThat(e.caseNumber()).isNull());
        }
    }
}
