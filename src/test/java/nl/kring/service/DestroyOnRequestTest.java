package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.RightsRequests;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Destroying a case on its request for destruction: the erasure and its two audit entries, all or nothing. */
class DestroyOnRequestTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private static RightsRequest caseWithRequest(Store store) {
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        new CaseService(store).save(CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing"), true, false);
        return new RequestService(store).register("2026-020", RequestType.VERNIETIGING, TODAY.minusDays(3),
                Requester.CLIENT, TODAY);
    }

    @Test
    void theCaseGoesAndTheTrailSaysSoWithoutContent() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            RightsRequest r = caseWithRequest(store);
            new RequestService(store).destroyOnRequest(r.id(), "2026-020", TODAY);
            assertThat(store.cases().find("2026-020")).isEmpty();
            assertThat(store.requests().forCase("2026-020")).isEmpty();
            var last = store.audit().entries().reversed().subList(0, 2);
            assertThat(last).extracting(AuditLog.Entry::action).containsExactly("PURGE", "REQUEST");
            assertThat(last).extracting(AuditLog.Entry::detail).noneMatch(d -> d.contains("Kranenburg") || d.contains("Jozef"));
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheCaseAndItsRequestStay() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            RightsRequest r = caseWithRequest(store);
            int entries = store.audit().entries().size();
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.PURGE);
            assertThatThrownBy(() -> new RequestService(store).destroyOnRequest(r.id(), "2026-020", TODAY))
                    .isNotInstanceOf(Refused.class);
            assertThat(store.cases().find("2026-020")).isPresent();
            assertThat(store.requests().forCase("2026-020")).singleElement().satisfies(q -> assertThat(q.isOpen()).isTrue());
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aRequestGoneOrNotYetClosableIsRefusedInTypesAndNothingIsDestroyed() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            RightsRequest r = caseWithRequest(store);
            assertThatThrownBy(() -> new RequestService(store).destroyOnRequest(r.id() + 1, "2026-020", TODAY))
                    .isInstanceOf(RequestService.Gone.class);
            assertThatThrownBy(() -> new RequestService(store).destroyOnRequest(r.id(), "2026-020", TODAY.minusDays(4)))
                    .isInstanceOfSatisfying(RightsRequests.RuleException.class,
                            e -> assertThat(e.violation()).isEqualTo(RightsRequests.Violation.HANDLED_BEFORE_RECEIVED));
            assertThat(store.cases().find("2026-020")).isPresent();
        }
    }

    @Test
    void whileAMinutesEditorHoldsUnsavedMinutesNoCaseIsDestroyedNeitherOnRequestNorPastRetention() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            RightsRequest r = caseWithRequest(store);
            Services services = new Services(store);
            int entries = store.audit().entries().size();
            services.unsavedMinutes().set(true);
            assertThatThrownBy(() -> services.requests().destroyOnRequest(r.id(), "2026-020", TODAY))
                    .isInstanceOf(UnsavedMinutes.DestructionRefused.class);
            var report = services.retention().due(TODAY);
            assertThatThrownBy(() -> services.purge(report)).isInstanceOf(UnsavedMinutes.DestructionRefused.class);
            assertThat(store.cases().find("2026-020")).isPresent();
            assertThat(store.audit().entries()).hasSize(entries);

            services.unsavedMinutes().set(false);
            services.requests().destroyOnRequest(r.id(), "2026-020", TODAY);
            assertThat(store.cases().find("2026-020")).isEmpty();
        }
    }

    @Test
    void theScopeCountsWhatTheDestructionWouldTakeWithoutChangingAnything() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            caseWithRequest(store);
            int entries = store.audit().entries().size();
            RequestService.DestructionScope scope = new RequestService(store).destructionScope("2026-020");
            assertThat(scope.requests()).isEqualTo(1);
            assertThat(scope.agendaItems()).isZero();
            assertThat(scope.disclosures()).isZero();
            assertThat(store.cases().find("2026-020")).isPresent();
            assertThat(store.audit().entries()).hasSize(entries);
        }
    }
}
