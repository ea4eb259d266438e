package nl.kring.store;

import nl.kring.TestVaults;
import nl.kring.cli.DemoCommand;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.interchange.Importer;
import nl.kring.interchange.Interchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import writes new cases and meetings in batches of bound statements (CaseRepository/MeetingRepository
 * insertNew). What lands in the vault must be exactly what saving them one by one writes, for a new vault, a
 * repeated import (everything already there) and an import that adds to part of what is there.
 */
class BatchedImportTest {
    @TempDir
    Path tmp;

    @Test
    void aBatchedImportStoresWhatSavingOneByOneStores() throws Exception {
        Interchange data = withDisclosure(DemoCommand.demoData());
        Snapshot expected;
        try (Store store = TestVaults.create(tmp.resolve("one-by-one"))) {
            oneByOne(store, data);
            expected = Snapshot.of(store);
        }
        try (Store store = TestVaults.create(tmp.resolve("batched"))) {
            Importer.store(store, data);
            assertThat(Snapshot.of(store)).isEqualTo(expected);
            assertThat(expected.cases()).hasSize(data.cases().size());
            assertThat(expected.meetings()).hasSize(data.meetings().size());
            assertThat(expected.disclosures()).isNotEmpty();

            // the same file again: every case and meeting is already there and is replaced, no note is doubled
            Importer.store(store, data);
            assertThat(Snapshot.of(store)).isEqualTo(expected);
            assertThat(store.audit().verify()).isEmpty();
        }
    }

    @Test
    void anImportOverPartOfTheDataReplacesWhatIsThereAndAddsTheRest() throws Exception {
        Interchange data = withDisclosure(DemoCommand.demoData());
        Snapshot expected;
        try (Store store = TestVaults.create(tmp.resolve("one-by-one"))) {
            oneByOne(store, data);
            expected = Snapshot.of(store);
        }
        int half = data.meetings().size() / 2;
        Interchange first = new Interchange(data.partners(), data.cases().subList(0, data.cases().size()),
                data.meetings().subList(0, half));
        try (Store store = TestVaults.create(tmp.resolve("twice"))) {
            Importer.store(store, first);
            Importer.store(store, data);
            assertThat(Snapshot.of(store)).isEqualTo(expected);
        }
    }

    /** The path the import took before batching, and that an edit still takes. */
    private static void oneByOne(Store store, Interchange data) {
        store.transaction(s -> {
            for (Partner p : data.partners()) {
                s.partners().save(p);
            }
            for (CaseFile c : data.cases()) {
                s.cases().save(c);
            }
            for (Meeting m : data.meetings()) {
                s.meetings().save(m);
            }
        });
    }

    /** The demo data with a disclosure note on the first agenda item of the last meeting. */
    private static Interchange withDisclosure(Interchange data) {
        List<Meeting> meetings = new ArrayList<>(data.meetings());
        Meeting m = meetings.getLast();
        AgendaItem item = m.items().getFirst();
        Disclosure d = new Disclosure(List.of(LifeDomain.VEILIGHEID), List.of(data.partners().getFirst().id()),
                DisclosureBasis.EVIDENT_BELANG, "acuut gevaar", "niet bereikbaar", "voorzitter", m.date());
        List<AgendaItem> items = new ArrayList<>(m.items());
        items.set(0, new AgendaItem(item.caseNumber(), item.durationMinutes(), item.minutes(), item.decisions(), List.of(d)));
        meetings.set(meetings.size() - 1, new Meeting(m.date(), m.location(), m.start(), m.present(), items));
        return new Interchange(data.partners(), data.cases(), meetings);
    }

    private record Snapshot(List<Partner> partners, List<CaseFile> cases, Map<LocalDate, Meeting> meetings,
                            List<String> disclosures) {
        static Snapshot of(Store store) {
            Map<LocalDate, Meeting> meetings = new TreeMap<>();
            for (LocalDate d : store.meetings().dates()) {
                meetings.put(d, store.meetings().find(d).orElseThrow());
            }
            List<String> disclosures = store.disclosures().all().stream()
                    .map(e -> e.caseNumber() + " " + e.meetingDate() + " " + e.disclosure()).sorted().toList();
            return new Snapshot(store.partners().all(), store.cases().all(), meetings, disclosures);
        }
    }
}
