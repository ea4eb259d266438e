package nl.kring.report;

import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

import java.time.LocalDate;

/**
 * For tests that export: the chair's review first, as the export demands (ExportService refuses while possible names
 * are open). Each open possible name is dismissed ("geen naam"), which leaves the text as it was.
 */
public final class JudgedMinutes {
    private JudgedMinutes() {
    }

    public static void dismissAll(Store store, LocalDate meeting) {
        for (var s : MinutesSuspects.open(store, meeting)) {
            store.suspects().record(meeting, s.text(), SuspectDecisionRepository.Kind.DISMISSED, null);
        }
    }
}
