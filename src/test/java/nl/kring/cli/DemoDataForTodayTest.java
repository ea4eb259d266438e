package nl.kring.cli;

import nl.kring.demo.DemoData;
import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Evaluation;
import nl.kring.domain.Meeting;
import nl.kring.interchange.Importer;
import nl.kring.interchange.Interchange;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's --demo is as fresh on any day as on the day it was written: last meeting recent, next one planned. */
class DemoDataForTodayTest {
    @TempDir
    Path tmp;

    @Test
    void onTheDayItWasWrittenTheDatesStayAndTheNextMeetingIsPlanned() {
        Interchange d = DemoData.demoDataFor(LocalDate.of(2026, 11, 28));
        assertThat(d.meetings()).extracting(Meeting::date).contains(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 3));
        assertThat(d.cases()).extracting(CaseFile::number)
                .containsExactlyElementsOf(DemoData.demoData().cases().stream().map(CaseFile::number).toList());
    }

    @Test
    void onTheFridayAfterTheLastMeetingTheNextOneIsStillAhead() {
        LocalDate friday = LocalDate.of(2026, 12, 4); // issue 13: the planned meeting was "yesterday", Overzicht had none
        List<LocalDate> dates = DemoData.demoDataFor(friday).meetings().stream().map(Meeting::date).sorted().toList();
        assertThat(dates.getLast()).isAfter(friday).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(dates.get(dates.size() - 2)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void monthsLaterTheDemoLooksTheSameRelativeToToday() throws Exception {
        LocalDate today = LocalDate.of(2027, 9, 15); // a Wednesday, ten months on
        Interchange d = DemoData.demoDataFor(today);
        List<LocalDate> dates = d.meetings().stream().map(Meeting::date).sorted().toList();
        assertThat(dates).allSatisfy(m -> assertThat(m.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY));
        LocalDate held = dates.get(dates.size() - 2);
        LocalDate planned = dates.getLast();
        assertThat(held).isBefore(today).isAfter(today.minusDays(14));
        assertThat(planned).isAfter(today).isEqualTo(held.plusWeeks(1));
        Meeting next = d.meetings().stream().max(Comparator.comparing(Meeting::date)).orElseThrow();
        assertThat(next.items()).isNotEmpty().allSatisfy(i -> assertThat(i.minutes()).isEmpty());

        // two restrictions are overdue for evaluation today, and the rest of the demo is not stale
        assertThat(d.cases().stream().filter(c -> Evaluation.isOverdue(c, today)).map(CaseFile::number))
                .containsExactlyInAnyOrder("2026-004", "2026-010");
        // the moved data is still valid: it imports into a vault
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            Importer.store(store, d);
            assertThat(store.meetings().dates()).hasSize(dates.size());
        }
    }
}
