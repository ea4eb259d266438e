package nl.kring.report;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        List<CaseFile> cases = ExportService.casesFor(store, meeting);
        Recognizer recognizer = ExportService.recognizer(store, cases, store.partners().all(), ExportService.places(meeting));
        return open(meeting, cases, recognizer, store.suspects().forMeeting(date).keySet());
    }

    /** The open suspects of a meeting's minutes and decisions, given the texts already decided on (keys as stored). */
    public static List<Open> open(Meeting meeting, Recognizer recognizer, Set<String> decided) {
        return open(meeting, List.of(), recognizer, decided);
    }

    /**
     * The open suspects of every free text of the meeting that goes out ({@link #outgoing}), given the texts already
     * decided on (keys as stored).
     */
    public static List<Open> open(Meeting meeting, Collection<CaseFile> cases, Recognizer recognizer, Set<String> decided) {
        Map<String, Open> acc = new LinkedHashMap<>();
        for (Source s : outgoing(meeting, cases)) {
            collect(s.caseNumber(), recognizer.recognize(s.text()).suspects(), decided, acc);
        }
        return new ArrayList<>(acc.values());
    }

    /**
     * One free text that leaves the vault with a meeting's reports.
     *
     * @param caseNumber the agenda item's case; {@link #MEETING} for the meeting's own texts (the location)
     * @param where      what the text is, in Dutch ("verslag", "besluit", "leefgebied Financiën", "locatie" …)
     */
    public record Source(String caseNumber, String where, String text) {
    }

    /** The "case number" of texts of the meeting itself (its location). */
    public static final String MEETING = "";

    /**
     * Every free text that goes out with a meeting's reports (docs/product.md: minutes, decisions, leefgebied notes,
     * disclosure texts, withdrawal reasons, the location; also the legal texts the verslag prints), non-blank, in
     * agenda order. {@code cases}: the cases on the agenda (others are ignored); their leefgebied notes and legal texts
     * are included.
     */
    public static List<Source> outgoing(Meeting meeting, Collection<CaseFile> cases) {
        Map<String, CaseFile> byNumber = new HashMap<>();
        cases.forEach(c -> byNumber.put(c.number(), c));
        List<Source> out = new ArrayList<>();
        add(out, MEETING, "locatie", meeting.location());
        for (AgendaItem item : meeting.items()) {
            String n = item.caseNumber();
            for (MinutesParagraph p : item.minutes()) {
                add(out, n, "verslag", p.text());
            }
            for (Decision d : item.decisions()) {
                add(out, n, "besluit", d.action());
            }
            for (Disclosure d : item.disclosures()) {
                add(out, n, "verstrekking", d.why());
                add(out, n, "verstrekking", d.whyNotInformed());
                add(out, n, "verstrekking", d.decidedBy());
                if (d.withdrawal() != null) {
                    add(out, n, "intrekking", d.withdrawal().reason());
                }
            }
            CaseFile c = byNumber.get(n);
            if (c != null) {
                for (Map.Entry<LifeDomain, DomainAssessment> e : c.domains().entrySet()) {
                    add(out, n, "leefgebied " + e.getKey().label(), e.getValue().note());
                }
                add(out, n, "evident belang", c.evidentInterest());
                add(out, n, "lichter middel", c.lighterMeansConsidered());
                if (c.consent() != null) {
                    add(out, n, "toestemming", c.consent().by());
                }
                if (c.informed() != null) {
                    add(out, n, "geïnformeerd", c.informed().reason());
                }
            }
        }
        return out;
    }

    private static void add(List<Source> out, String caseNumber, String where, String text) {
        if (text != null && !text.isBlank()) {
            out.add(new Source(caseNumber, where, text));
        }
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
            pattern.append(Pattern.quote(words[i]));
        }
        pattern.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(pattern.toString()).matcher(text)
                .replaceAll(Matcher.quoteReplacement(replacement));
    }
}
