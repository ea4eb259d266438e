package nl.kring.service;

import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made in Kring writes what changed and nothing else (issue 16): a check-in, one item's minutes, a new order
 * or a new item leave the other items' rows (their ids and contents) and every disclosure note as they were. Read
 * straight from the tables of a real encrypted vault.
 */
class NarrowMeetingWritesTest {
    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;

    Store store;
    MeetingService meetings;

    @BeforeEach
    void meetingWithThreeItemsAndANote() throws Exception {
        store = TestVaults.create(dir.resolve("v"));
        store.partners().save(new Partner("ggd", "GGD Rivierstad", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null,
                List.of(new Attendee("ggd-1", "A. de Vries", "sociaal verpleegkundige", null, null))));
        store.partners().save(new Partner("woco", "Woonstad", Role.WONINGCORPORATIE, Tier.KERN, LocalDate.of(2025, 1, 1),
                null, List.of(new Attendee("woco-1", "B. Jansen", "consulent", null, null))));
        CaseService cases = new CaseService(store);
        for (String n : List.of("2026-020", "2026-021", "2026-022", "2026-023")) {
            CaseFile j = CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing");
            cases.save(new CaseFile(n, j.client(), j.referrer(), j.reportedOn(), j.phase(), j.domains(), j.consent(),
                    j.informed(), j.evidentInterest(), j.lighterMeansConsidered(), j.evaluationDue(), j.closedOn(),
                    List.of("ggd", "woco")), true, false);
        }
        meetings = new MeetingService(store);
        meetings.create(new Meeting(MEETING, "GGD", LocalTime.of(9, 0), List.of(), List.of()));
        meetings.saveAgenda(MEETING, "GGD", LocalTime.of(9, 0), List.of(new MeetingService.Planned("2026-020", 10),
                new MeetingService.Planned("2026-021", 15), new MeetingService.Planned("2026-022", 20)));
        meetings.saveMinutes(MEETING, List.of(
                minutes("2026-020", "huur betaald"), minutes("2026-021", "gesprek met de huisarts"),
                minutes("2026-022", "nog geen contact")));
        new DisclosureService(store).record("2026-021", MEETING, DisclosureServiceTest.toWoco("M. Bos"));
        var withdrawn = new DisclosureService(store).record("2026-022", MEETING, DisclosureServiceTest.toWoco("M. Bos"));
        new DisclosureService(store).withdraw(withdrawn.id(), MEETING, "dubbel vastgelegd");
    }

    @AfterEach
    void lock() throws Exception {
        store.close();
    }

    static MeetingService.ItemMinutes minutes(String caseNumber, String text) {
        return new MeetingService.ItemMinutes(caseNumber, List.of(new MinutesParagraph(LifeDomain.HUISVESTING, text)),
                List.of(new Decision("bellen", "ggd", MEETING.plusDays(7))));
    }

    /** Every row of the agenda, its minutes and decisions, and the disclosure notes, ids included. */
    List<String> rows(String... cases) {
        String in = "('" + String.join("','", cases) + "')";
        var dsl = store.session().dsl();
        List<String> out = new ArrayList<>();
        dsl.fetch("SELECT id, case_number, duration_minutes FROM agenda_item WHERE case_number IN " + in + " ORDER BY id")
                .forEach(r -> out.add("item " + r.intoList()));
        dsl.fetch("SELECT p.* FROM minutes_paragraph p JOIN agenda_item a ON a.id = p.agenda_item_id WHERE a.case_number IN "
                + in + " ORDER BY p.id").forEach(r -> out.add("paragraph " + r.intoList()));
        dsl.fetch("SELECT d.* FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id WHERE a.case_number IN "
                + in + " ORDER BY d.id").forEach(r -> out.add("decision " + r.intoList()));
        dsl.fetch("SELECT * FROM disclosure ORDER BY id").forEach(r -> out.add("disclosure " + r.intoList()));
        return out;
    }

    @Test
    void aCheckInWritesThePresenceOnly() {
        List<String> before = rows("2026-020", "2026-021", "2026-022");
        meetings.setPresent(MEETING, List.of("ggd-1", "woco-1"), "check-in woco-1 (woco)");
        assertThat(rows("2026-020", "2026-021", "2026-022")).isEqualTo(before);
        assertThat(store.meetings().find(MEETING).orElseThrow().present()).containsExactly("ggd-1", "woco-1");
    }

    @Test
    void oneItemsMinutesSavedLeaveTheOtherItemsRowsAndTheNotesAlone() {
        List<String> others = rows("2026-021", "2026-022");
        List<String> first = rows("2026-020");
        // As the minutes editor saves: every item, one of them changed.
        meetings.saveMinutes(MEETING, List.of(minutes("2026-020", "huur betaald, schuldhulp gestart"),
                minutes("2026-021", "gesprek met de huisarts"), minutes("2026-022", "nog geen contact")));
        assertThat(rows("2026-021", "2026-022")).isEqualTo(others);
        assertThat(rows("2026-020")).isNotEqualTo(first);
        assertThat(store.meetings().find(MEETING).orElseThrow().items().getFirst().minutes().getFirst().text())
                .isEqualTo("huur betaald, schuldhulp gestart");
        assertThat(store.disclosures().forCase("2026-022")).singleElement().satisfies(e -> assertThat(e.withdrawn()).isTrue());
    }

    @Test
    void aNewOrderANewItemAndARemovedItemKeepTheRowsOfTheItemsThatStay() {
        List<String> staying = rows("2026-020", "2026-021");
        meetings.saveAgenda(MEETING, "GGD", LocalTime.of(9, 0), List.of(new MeetingService.Planned("2026-021", 15),
                new MeetingService.Planned("2026-023", 10), new MeetingService.Planned("2026-020", 10)));
        Meeting m = store.meetings().find(MEETING).orElseThrow();
        assertThat(m.items()).extracting(i -> i.caseNumber()).containsExactly("2026-021", "2026-023", "2026-020");
        assertThat(rows("2026-020", "2026-021")).as("ids, minutes, decisions and every note").isEqualTo(staying);
        assertThat(store.disclosures().forCase("2026-022")).as("a note stays when its item leaves the agenda").hasSize(1);
    }
}
