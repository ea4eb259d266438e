package nl.kring.report;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.pseudonym.Suspect;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The possible names (suspects) in a meeting's minutes that the chair has not yet dismissed or confirmed. A meeting's
 * reports are not made while any is open: the minutes editor disables its export button and {@code kring export}
 * refuses. The same recogniser as the export is used (every client of the vault, the partners' attendees as
 * professionals), so the editor, the command line and the reports agree on what is a suspect.
 */
public final class MinutesSuspects {
    private MinutesSuspects() {
    }

    /** A suspect text that still needs the chair's decision, with the agenda item it occurs in and how often. */
    public record Open(String caseNumber, String text, String reason, int count) {
    }

    /** The open suspects of the stored minutes of the meeting on {@code date}. */
    public static List<Open> open(Store store, LocalDate date) {
        Meeting meeting = store.meetings().find(date)
                .orElseThrow(() -> new IllegalArgumentException("there is no meeting on " + date));
        Recognizer recognizer = ExportService.recognizer(store.cases().all(), store.partners().all());
        return open(meeting, recognizer, store.suspects().forMeeting(date).keySet());
    }

    /** The open suspects of a meeting's minutes, given the texts already decided on (keys as stored). */
    public static List<Open> open(Meeting meeting, Recognizer recognizer, Set<String> decided) {
        Map<String, Open> acc = new LinkedHashMap<>();
        for (AgendaItem item : meeting.items()) {
            for (MinutesParagraph p : item.minutes()) {
                if (p.text() != null && !p.text().isBlank()) {
                    collect(item.caseNumber(), recognizer.recognize(p.text()).suspects(), decided, acc);
                }
            }
        }
        return new ArrayList<>(acc.values());
    }

    /** Adds the undecided suspects of one recognised text to {@code acc}, one entry per item and text. */
    public static void collect(String caseNumber, Collection<Suspect> suspects, Set<String> decided, Map<String, Open> acc) {
        for (Suspect s : suspects) {
            String key = SuspectDecisionRepository.key(s.text());
            if (key.isEmpty() || decided.contains(key)) {
                continue;
            }
            acc.merge(caseNumber + "\n" + key, new Open(caseNumber, key, s.reason(), 1),
                    (a, b) -> new Open(a.caseNumber(), a.text(), a.reason(), a.count() + 1));
        }
    }

    /** As {@link #collect(String, Collection, Set, Map)} for a whole recognition. */
    public static void collect(String caseNumber, Recognition recognition, Set<String> decided, Map<String, Open> acc) {
        collect(caseNumber, recognition.suspects(), decided, acc);
    }

    /**
     * Replaces every whole-word occurrence of {@code target} in {@code text} (letters or digits on neither side; any
     * run of whitespace inside the target matches any run in the text) by {@code replacement}.
     */
    public static String replaceWhole(String text, String target, String replacement) {
        String key = SuspectDecisionRepository.key(target);
        if (key.isEmpty() || text.isEmpty()) {
            return text;
        }
        StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = key.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                pattern.append("\\s+");
            }
            pattern.append(java.util.regex.Pattern.quote(words[i]));
        }
        pattern.append("(?![\\p{L}\\p{N}])");
        return java.util.regex.Pattern.compile(pattern.toString()).matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
    }
}
