package nl.kring.store;

import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.RightsRequests;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests of the data subject stored in a real encrypted vault. */
class RightsRequestRepositoryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    static CaseFile caseFile(String number) {
        return new CaseFile(number, new Client("Anna", null, null, "Verbeek", List.of(), null, null, null, null, List.of(),
                null, false), null, LocalDate.of(2026, 10, 1), Phase.SCREENING, null, null, null, null, null, null, null,
                List.of("ggd"));
    }

    static void fill(Store store) {
        store.partners().save(new Partner("ggd", "GGD", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()));
        store.cases().save(caseFile("2026-017"));
        store.cases().save(caseFile("2026-018"));
    }

    @Test
    void aRegisteredRequestIsOpenWithItsDeadlineAndSurvivesALock() throws Exception {
        Path vault = dir.resolve("v");
        long id;
        try (Store store = TestVaults.create(vault)) {
            fill(store);
            RightsRequest r = store.requests().register("2026-017", RequestType.INZAGE, LocalDate.of(2026, 10, 31),
                    Requester.LEGAL_REPRESENTATIVE, TODAY);
            id = r.id();
            assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(r.handledOn()).isNull();
            store.requests().register("2026-018", RequestType.CORRECTIE, LocalDate.of(2026, 10, 20), Requester.CLIENT, TODAY);
        }
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.requests().forCase("2026-017")).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(id);
                assertThat(r.type()).isEqualTo(RequestType.INZAGE);
                assertThat(r.requestedBy()).isEqualTo(Requester.LEGAL_REPRESENTATIVE);
                assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2026, 10, 31));
                assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
                assertThat(r.isOverdue(TODAY)).isFalse();
                assertThat(r.isOverdue(LocalDate.of(2026, 12, 1))).isTrue();
            });
            // all open requests of the vault, the nearest deadline first
            assertThat(store.requests().open()).extracting(RightsRequest::caseNumber).containsExactly("2026-018", "2026-017");
        }
    }

    @Test
    void registeringRefusesAFutureDateAndAnUnknownCaseAndStoresNothing() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            fill(store);
            assertThatThrownBy(() -> store.requests().register("2026-017", RequestType.AFSCHRIFT, TODAY.plusDays(1),
                    Requester.CLIENT, TODAY)).isInstanceOfSatisfying(RightsRequests.RuleException.class,
                    e -> assertThat(e.violation()).isEqualTo(RightsRequests.Violation.RECEIVED_IN_FUTURE));
            assertThatThrownBy(() -> store.requests().register("2026-999", RequestType.AFSCHRIFT, TODAY, Requester.CLIENT, TODAY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-999");
            assertThat(store.requests().forCase("2026-017")).isEmpty();
            assertThat(store.requests().open()).isEmpty();
        }
    }

    @Test
    void aRequestIsClosedOnceARefusalKeepsItsReasonAndWithoutAReasonNothingChanges() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            fill(store);
            RightsRequest destroy = store.requests().register("2026-017", RequestType.VERNIETIGING, LocalDate.of(2026, 11, 3),
                    Requester.CLIENT, TODAY);
            assertThatThrownBy(() -> store.requests().close(destroy.id(), RequestStatus.REFUSED, TODAY, " ", TODAY))
                    .isInstanceOfSatisfying(RightsRequests.RuleException.class,
                            e -> assertThat(e.violation()).isEqualTo(RightsRequests.Violation.REFUSAL_NEEDS_REASON));
            assertThat(store.requests().find(destroy.id()).orElseThrow().isOpen()).isTrue();

            RightsRequest refused = store.requests().close(destroy.id(), RequestStatus.REFUSED, TODAY,
                    "wettelijke bewaarplicht: lopende Wvggz-procedure", TODAY);
            assertThat(store.requests().find(destroy.id()).orElseThrow()).isEqualTo(refused).satisfies(r -> {
                assertThat(r.status()).isEqualTo(RequestStatus.REFUSED);
                assertThat(r.handledOn()).isEqualTo(TODAY);
                assertThat(r.outcomeNote()).isEqualTo("wettelijke bewaarplicht: lopende Wvggz-procedure");
            });
            assertThatThrownBy(() -> store.requests().close(destroy.id(), RequestStatus.HANDLED, TODAY, null, TODAY))
                    .isInstanceOfSatisfying(RightsRequests.RuleException.class,
                            e -> assertThat(e.violation()).isEqualTo(RightsRequests.Violation.NOT_OPEN));
            assertThat(store.requests().find(destroy.id()).orElseThrow().status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(store.requests().open()).isEmpty();
        }
    }

    @Test
    void requestsGoWithTheirCaseAndOnlyWithTheirCase() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            fill(store);
            store.meetings().save(new Meeting(LocalDate.of(2026, 11, 26), "zaal 2", LocalTime.of(9, 0), List.of(),
                    List.of(AgendaItem.of("2026-017"), AgendaItem.of("2026-018"))));
            store.disclosures().record("2026-017", new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("ggd"),
                    DisclosureBasis.EVIDENT_BELANG, "acuut", "niet bereikbaar", "voorzitter", TODAY));
            store.requests().register("2026-017", RequestType.VERNIETIGING, TODAY, Requester.CLIENT, TODAY);
            store.requests().register("2026-018", RequestType.INZAGE, TODAY, Requester.CLIENT, TODAY);

            assertThat(store.cases().delete("2026-017")).isTrue();

            assertThat(store.requests().forCase("2026-017")).isEmpty();
            assertThat(store.disclosures().forCase("2026-017")).isEmpty();
            assertThat(store.meetings().find(LocalDate.of(2026, 11, 26)).orElseThrow().items())
                    .extracting(AgendaItem::caseNumber).containsExactly("2026-018");
            assertThat(store.requests().forCase("2026-018")).hasSize(1);
            assertThat(store.verify()).isEmpty();
        }
    }
}
