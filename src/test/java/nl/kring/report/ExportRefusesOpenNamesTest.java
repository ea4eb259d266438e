package nl.kring.report;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.MinutesParagraph;
import nl.kring.interchange.Importer;
import nl.kring.service.MeetingService;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule "no export while the minutes hold possible names not yet judged" is ExportService's own: every caller (the
 * command line, the minutes editor) meets it there, and nothing is written when it refuses.
 */
class ExportRefusesOpenNamesTest {
    static final LocalDate MEETING = LocalDate.parse("2026-11-26");

    @TempDir
    Path tmp;

    @Test
    void exportRefusesWhileNamesAreOpenAndExportsOnceEachIsJudged() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            Importer.store(store, DemoData.demoData());
            // the demo asks about no name the vault knows (issue 11); a stranger in the minutes is asked about
            assertThat(MinutesSuspects.open(store, MEETING)).isEmpty();
            AgendaItem first = store.meetings().find(MEETING).orElseThrow().items().getFirst();
            List<MinutesParagraph> minutes = new ArrayList<>(first.minutes());
            minutes.add(MinutesParagraph.general("Ook buurvrouw Annet Zwart belde."));
            new MeetingService(store).saveMinutes(MEETING, List.of(
                    new MeetingService.ItemMinutes(first.caseNumber(), minutes, first.decisions())));
            var open = MinutesSuspects.open(store, MEETING);
            assertThat(open).isNotEmpty();
            int entries = store.audit().entries().size();
            Path out = tmp.resolve("out");
            assertThatThrownBy(() -> ExportService.exportMeeting(store, MEETING, out, Map.of(), (d, t, f) -> { }))
                    .isInstanceOfSatisfying(ExportService.OpenPossibleNames.class,
                            e -> assertThat(e.open()).containsExactlyInAnyOrderElementsOf(open))
                    // the refusal names counts and the date, never the possible names themselves
                    .satisfies(e -> open.forEach(o -> assertThat(e.getMessage()).doesNotContain(o.text())));
            assertThat(out).doesNotExist();
            assertThat(store.audit().entries()).hasSize(entries);

            for (var s : open) {
                store.suspects().record(MEETING, s.text(), SuspectDecisionRepository.Kind.DISMISSED, null);
            }
            var result = ExportService.exportMeeting(store, MEETING, out, Map.of(), (d, t, f) -> { });
            assertThat(result.files()).isNotEmpty();
        }
    }
}
