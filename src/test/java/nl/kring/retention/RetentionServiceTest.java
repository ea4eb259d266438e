package nl.kring.retention;

import nl.kring.store.VaultPolicy;
import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.domain.Retention;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention service on a real encrypted vault: what is due, and a purge that leaves only a content-free note. */
class RetentionServiceTest {
    static final String SURNAME = "Hoogerbrugge";
    static final LocalDate OLD_MEETING = LocalDate.of(2024, 2, 1);
    static final LocalDate EMPTY_MEETING = LocalDate.of(2024, 3, 7);
    static final LocalDate RECENT_MEETING = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    static CaseFile caseFile(String number, Phase phase, LocalDate closedOn, String surname) {
        Client client = new Client("Geertruida", "Truus", null, surname, List.of("Truus H."), LocalDate.of(1958, 7, 1),
                "111222333", "Molenweg 3, Rivierstad", "06-55554444", List.of(new Relative("Kees " + surname, "zoon")),
                null, false);
        return new CaseFile(number, client, new Referrer("Buurvrouw Jansen", null, false), LocalDate.of(2023, 5, 1), phase,
                null, null, null, "zelfverwaarlozing", null, null, closedOn, List.of("ggd"));
    }

    Store fill() throws Exception {
        Store store = TestVaults.create(dir.resolve("vault"));
        store.partners().save(new Partner("ggd", "GGD", Role.GGD, Tier.KERN, LocalDate.of(2020, 1, 1), null, List.of()));
        store.cases().save(caseFile("2023-004", Phase.AFGESLOTEN, LocalDate.of(2024, 6, 3), SURNAME)); // due 2026-06-03
        store.cases().save(caseFile("2023-005", Phase.TRAJECT_EVALUATIE, null, "Brinkhorst"));      // open
        store.cases().save(caseFile("2025-001", Phase.AFGESLOTEN, LocalDate.of(2025, 12, 1), "Veenstra")); // not yet
        Disclosure d = new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("ggd"), DisclosureBasis.EVIDENT_BELANG,
                "huurachterstand " + SURNAME, "niet bereikbaar", "voorzitter", OLD_MEETING);
        store.meetings().save(new Meeting(OLD_MEETING, "GGD", null, List.of(), List.of(
                new AgendaItem("2023-004", 10, List.of(new MinutesParagraph(null, "Mevrouw " + SURNAME + " opent niet.")),
                        List.of(new Decision("huisbezoek", "ggd", OLD_MEETING.plusDays(7))), List.of(d)),
                AgendaItem.of("2023-005"))));
        store.meetings().save(new Meeting(EMPTY_MEETING, "GGD", null, List.of(), List.of()));
        store.meetings().save(new Meeting(RECENT_MEETING, "GGD", null, List.of(), List.of(AgendaItem.of("2023-005"))));
        return store;
    }

    @Test
    void listsWhatIsDueWithTheReason() throws Exception {
        try (Store store = fill()) {
            var report = new RetentionService(store).due(TODAY);
            assertThat(report.cases()).containsExactly(
                    new Retention.Due("2023-004", LocalDate.of(2024, 6, 3), LocalDate.of(2026, 6, 3)));
            assertThat(report.meetings()).extracting(Retention.MeetingDue::meetingDate).containsExactly(EMPTY_MEETING);
            // the old meeting still holds the open case 2023-005 (and 2023-004, until it is purged)
            assertThat(report.heldMeetings()).singleElement().satisfies(m -> {
                assertThat(m.meetingDate()).isEqualTo(OLD_MEETING);
                assertThat(m.heldBy()).containsExactly("2023-004", "2023-005");
            });
        }
    }

    @Test
    void purgeRemovesTheDataAndLeavesAContentFreeAuditNote() throws Exception {
        try (Store store = fill()) {
            RetentionService service = new RetentionService(store);
            var result = service.purge(service.due(TODAY));
            assertThat(result.cases()).containsExactly("2023-004");
            assertThat(result.meetings()).containsExactly(EMPTY_MEETING);

            assertThat(store.cases().exists("2023-004")).isFalse();
            assertThat(store.disclosures().forCase("2023-004")).isEmpty();
            assertThat(store.meetings().find(EMPTY_MEETING)).isEmpty();
            // the item of the purged case left the old meeting, with its minutes; the open case's item stays
            Meeting old = store.meetings().find(OLD_MEETING).orElseThrow();
            assertThat(old.items()).extracting(AgendaItem::caseNumber).containsExactly("2023-005");
            assertThat(store.cases().exists("2023-005")).isTrue();
            assertThat(store.cases().exists("2025-001")).isTrue();

            var purges = store.audit().entries().stream().filter(e -> e.action().equals("PURGE")).toList();
            assertThat(purges).extracting(e -> e.subject()).containsExactly("2023-004", EMPTY_MEETING.toString());
            assertThat(purges.get(0).detail()).isEqualTo("retention as of 2026-11-28: closed 2024-06-03, period P2Y");
            assertThat(purges.get(1).detail()).isEqualTo("retention as of 2026-11-28: meeting record, period P2Y");
            for (var e : store.audit().entries()) {
                assertThat(String.valueOf(e.subject()) + e.detail()).doesNotContain(SURNAME, "Geertruida", "Truus",
                        "111222333", "Molenweg", "06-55554444", "Jansen", "huurachterstand");
            }
            assertThat(store.verify()).isEmpty();

            // nothing left to purge on the same day
            assertThat(service.due(TODAY).isEmpty()).isTrue();
        }
    }

    @Test
    void aMeetingGoesOnceTheCasesOnItsAgendaHaveGone() throws Exception {
        try (Store store = fill()) {
            // run as on 2029-01-04, two years after the last case closes (a purge judges on today or earlier)
            RetentionService service = new RetentionService(store, Clock.fixed(
                    Instant.parse("2029-01-04T12:00:00Z"), ZoneOffset.UTC));
            service.purge(service.due(TODAY));
            assertThat(service.due(TODAY).heldMeetings()).singleElement()
                    .satisfies(m -> assertThat(m.heldBy()).containsExactly("2023-005"));
            // the last case closes; two years later its meeting of 2024 goes with it, at the check after
            CaseFile open = store.cases().find("2023-005").orElseThrow();
            store.cases().save(new CaseFile(open.number(), open.client(), open.referrer(), open.reportedOn(),
                    Phase.AFGESLOTEN, open.domains(), open.consent(), open.informed(), open.evidentInterest(),
                    open.lighterMeansConsidered(), null, LocalDate.of(2027, 1, 4), open.kring()));
            LocalDate later = LocalDate.of(2029, 1, 4);
            var first = service.due(later);
            assertThat(first.cases()).extracting(Retention.Due::caseNumber).containsExactly("2023-005", "2025-001");
            assertThat(first.meetings()).isEmpty();
            service.purge(first);
            var second = service.due(later);
            assertThat(second.meetings()).extracting(Retention.MeetingDue::meetingDate)
                    .containsExactly(OLD_MEETING, RECENT_MEETING);
            service.purge(second);
            assertThat(store.meetings().dates()).isEmpty();
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void purgeTakesOnlyWhatIsStillDueAndWhatWasListed() throws Exception {
        try (Store store = fill()) {
            RetentionService service = new RetentionService(store);
            var report = service.due(TODAY);
            // reopened after the chair saw the list: it is not purged
            CaseFile c = store.cases().find("2023-004").orElseThrow();
            store.cases().save(new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), Phase.TRAJECT_EVALUATIE,
                    c.domains(), c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), null, null,
                    c.kring()));
            var result = service.purge(report);
            assertThat(result.cases()).isEmpty();
            assertThat(result.meetings()).containsExactly(EMPTY_MEETING);
            assertThat(store.cases().exists("2023-004")).isTrue();
            // a report for a day on which nothing was due purges nothing
            var none = service.purge(service.due(LocalDate.of(2024, 1, 1)));
            assertThat(none.total()).isZero();
        }
    }

    @Test
    void thePeriodsComeFromTheVaultSettings() throws Exception {
        try (Store store = fill()) {
            new VaultPolicy(36, 12, 4).save(store.settings());
            var report = new RetentionService(store).due(TODAY);
            assertThat(report.cases()).isEmpty(); // 2024-06-03 + 3 years is later
            assertThat(report.policy()).isEqualTo(new VaultPolicy(36, 12, 4));
            assertThat(report.meetings()).extracting(Retention.MeetingDue::meetingDate).containsExactly(EMPTY_MEETING);
            assertThat(VaultPolicy.load(store.settings()).casePeriod().toString()).isEqualTo("P3Y");
            // an unreadable value falls back to the default, it does not stop the app
            store.settings().put(VaultPolicy.CASE_MONTHS, "twee jaar");
            store.settings().put(VaultPolicy.EVALUATION_WEEKS, "0");
            assertThat(VaultPolicy.load(store.settings())).isEqualTo(new VaultPolicy(24, 12, 6));
            assertThatThrownBy(() -> new VaultPolicy(0, 24, 6)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
