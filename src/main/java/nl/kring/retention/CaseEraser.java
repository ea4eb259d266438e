package nl.kring.retention;

import nl.kring.domain.CaseFile;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.ExportService;
import nl.kring.report.MinutesSuspects;
import nl.kring.store.FreeTextRepository.Text;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Destroys cases so that their clients leave no name behind. Deleting a case cascades its own record (agenda items
 * with minutes and decisions, disclosures, requests), but the client (names, relatives, address, BSN, date of birth,
 * phone) may also be written in another case's minutes, decisions, disclosure notes, leefgebied notes or legal texts.
 * Once the case is gone the recogniser no longer knows the name, so the next export would print it. So every such
 * mention is replaced by the marker the engine gives it ({@code [cliënt 2026-017]}, {@code [adres cliënt 2026-017]},
 * {@code [BSN]} ...: a number that resolves to nobody any more), and the chair's decisions on possible names that
 * name the client are applied to their meeting's minutes and removed.
 *
 * <p>Mentions are found with the export's own recogniser (every client of the vault, the attendees as professionals),
 * so that a mention of a living client or a professional is not taken for the destroyed one, and exactly what the
 * export would have replaced by the destroyed case's number is replaced. No JavaFX: the retention purge (command line
 * and app) and destruction on request share it.
 */
public final class CaseEraser {
    private CaseEraser() {
    }

    /** What erasing changed outside the destroyed cases' own records. Counts only, for a content-free audit entry. */
    public record Counts(int paragraphs, int decisions, int meetings, int disclosureNotes, int caseTexts,
                         int otherCases, int nameDecisions) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        public boolean isEmpty() {
            return texts() == 0 && nameDecisions == 0;
        }

        /** Texts changed: paragraphs, decisions, disclosure notes and case texts. */
        public int texts() {
            return paragraphs + decisions + disclosureNotes + caseTexts;
        }

        /** "3 paragraphs and 1 decision in 2 meetings, 1 disclosure note, 2 texts of 1 other case"; "" when none. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (paragraphs + decisions > 0) {
                String what = paragraphs > 0 && decisions > 0
                        ? plural(paragraphs, "paragraph") + " and " + plural(decisions, "decision")
                        : paragraphs > 0 ? plural(paragraphs, "paragraph") : plural(decisions, "decision");
                parts.add(what + " in " + plural(meetings, "meeting"));
            }
            if (disclosureNotes > 0) {
                parts.add(plural(disclosureNotes, "disclosure note"));
            }
            if (caseTexts > 0) {
                parts.add(plural(caseTexts, "text") + " of " + plural(otherCases, "other case"));
            }
            return String.join(", ", parts);
        }

        /**
         * The tail of the PURGE audit entry: "; scrubbed 3 paragraphs in 2 meetings; removed 1 name decision", "" when
         * the client was mentioned nowhere else.
         */
        public String auditDetail() {
            String s = texts() > 0 ? "; scrubbed " + summary() : "";
            return nameDecisions > 0 ? s + "; removed " + plural(nameDecisions, "name decision") : s;
        }

        private static String plural(int n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }

    /**
     * The outcome.
     *
     * @param perCase the cases erased (those that still existed), each with what mentioned its client
     * @param total   all changes together (a text that named two erased clients counts once)
     */
    public record Erasure(Map<String, Counts> perCase, Counts total) {
        public boolean erased(String caseNumber) {
            return perCase.containsKey(caseNumber);
        }
    }

    /**
     * Deletes the cases (those that exist) and scrubs their clients from every other record. Call it inside
     * {@code Store.transaction} with the store the transaction gives: the deletion and every rewrite then stand or
     * fall together, with the caller's audit entries. The caller marks the session written afterwards.
     */
    public static Erasure erase(Store tx, Collection<String> caseNumbers) {
        Plan plan = plan(tx, caseNumbers);
        for (String n : plan.doomed) {
            if (!tx.cases().delete(n)) {
                throw new IllegalStateException("case " + n + " vanished during its destruction");
            }
        }
        for (Change c : plan.changes.values()) {
            tx.freeTexts().rewrite(c.text, c.scrubbed);
        }
        for (Removal r : plan.removals) {
            tx.suspects().forget(r.meeting, r.decision.text());
        }
        // the erased rows and the texts as they were stay in H2's unused chunks until overwritten: at the close, the
        // file is written anew with only the live data
        tx.session().compactAtClose();
        return plan.erasure();
    }

    /** What {@link #erase} would change for one case, without changing anything: for the chair's confirmation. */
    public static Counts preview(Store store, String caseNumber) {
        return plan(store, List.of(caseNumber)).erasure().perCase().getOrDefault(caseNumber, Counts.NONE);
    }

    // ---- the plan: everything is read and decided first, then written ----

    private record Change(Text text, String scrubbed, Set<String> cases) {
    }

    private record Removal(LocalDate meeting, SuspectDecisionRepository.Decision decision, String substitute,
                           Set<String> cases) {
    }

    private static final class Plan {
        final List<String> doomed = new ArrayList<>();
        /** By position in the list of texts, so a text changed twice (engine, then a name decision) is one change. */
        final Map<Integer, Change> changes = new LinkedHashMap<>();
        final List<Removal> removals = new ArrayList<>();

        Erasure erasure() {
            Map<String, Counts> per = new LinkedHashMap<>();
            for (String n : doomed) {
                per.put(n, count(c -> c.contains(n)));
            }
            return new Erasure(per, count(c -> true));
        }

        private Counts count(Predicate<Set<String>> concerns) {
            int paragraphs = 0;
            int decisions = 0;
            int caseTexts = 0;
            Set<LocalDate> meetings = new HashSet<>();
            Set<Long> notes = new HashSet<>();
            Set<String> cases = new HashSet<>();
            for (Change c : changes.values()) {
                if (!concerns.test(c.cases)) {
                    continue;
                }
                Text t = c.text;
                switch (t.place()) {
                    case MINUTES -> paragraphs++;
                    case DECISION -> decisions++;
                    case DISCLOSURE_WHY, DISCLOSURE_WHY_NOT_INFORMED, DISCLOSURE_WITHDRAWAL_REASON -> notes.add(t.rowId());
                    // a proposed note counts as a note; its ids are another table's, kept apart by their sign
                    case PROPOSAL_WHY, PROPOSAL_WHY_NOT_INFORMED -> notes.add(-t.rowId());
                    case DOMAIN_NOTE, INFORMED_REASON, EVIDENT_INTEREST, LIGHTER_MEANS -> {
                        caseTexts++;
                        cases.add(t.caseNumber());
                    }
                }
                if (t.place().inMinutes()) {
                    meetings.add(t.meetingDate());
                }
            }
            int nameDecisions = (int) removals.stream().filter(r -> concerns.test(r.cases)).count();
            return new Counts(paragraphs, decisions, meetings.size(), notes.size(), caseTexts, cases.size(), nameDecisions);
        }
    }

    private static Plan plan(Store s, Collection<String> caseNumbers) {
        Plan plan = new Plan();
        List<CaseFile> all = s.cases().all();
        Set<String> wanted = new LinkedHashSet<>(caseNumbers);
        for (CaseFile c : all) {
            if (wanted.contains(c.number())) {
                plan.doomed.add(c.number());
            }
        }
        if (plan.doomed.isEmpty()) {
            return plan;
        }
        Set<String> doomed = Set.copyOf(plan.doomed);
        Recognizer recognizer = ExportService.recognizer(all, s.partners().all());

        // 1. Every mention the engine attributes to a destroyed client (also when ambiguous with someone else).
        List<Text> texts = s.freeTexts().all().stream().filter(t -> !doomed.contains(t.caseNumber())).toList();
        for (int i = 0; i < texts.size(); i++) {
            Text t = texts.get(i);
            Set<String> hit = new LinkedHashSet<>();
            String scrubbed = scrub(recognizer.recognize(t.text()), doomed, hit);
            if (!hit.isEmpty()) {
                plan.changes.put(i, new Change(t, scrubbed, hit));
            }
        }

        // 2. The chair's decisions on possible names that name a destroyed client: judgements about a text that must
        // no longer exist. What they decided is applied to their meeting's minutes and decisions first (as the export
        // would apply it), so the text does go, and no possible name reappears undecided to block the next export.
        Map<LocalDate, List<Removal>> byMeeting = new LinkedHashMap<>();
        for (LocalDate date : s.meetings().dates()) {
            for (SuspectDecisionRepository.Decision d : s.suspects().forMeeting(date).values()) {
                Set<String> hit = new LinkedHashSet<>();
                String scrubbedText = scrub(recognizer.recognize(d.text()), doomed, hit);
                if (d.replacement() != null) {
                    for (String n : doomed) {
                        if (namesCase(d.replacement(), n)) {
                            hit.add(n);
                        }
                    }
                }
                if (hit.isEmpty()) {
                    continue;
                }
                boolean confirmed = d.kind() != SuspectDecisionRepository.Kind.DISMISSED && d.replacement() != null;
                Removal r = new Removal(date, d, confirmed ? d.replacement() : scrubbedText, hit);
                plan.removals.add(r);
                byMeeting.computeIfAbsent(date, k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<LocalDate, List<Removal>> e : byMeeting.entrySet()) {
            // longest first, as the export does, so "buurman Kees" goes before "Kees"
            List<Removal> removals = e.getValue().stream()
                    .sorted(Comparator.comparingInt((Removal r) -> r.decision.text().length()).reversed()).toList();
            for (int i = 0; i < texts.size(); i++) {
                Text t = texts.get(i);
                if (!t.place().inMinutes() || !e.getKey().equals(t.meetingDate())) {
                    continue;
                }
                Change before = plan.changes.get(i);
                String text = before == null ? t.text() : before.scrubbed;
                Set<String> hit = new LinkedHashSet<>(before == null ? Set.of() : before.cases);
                for (Removal r : removals) {
                    String replaced = MinutesSuspects.replaceWhole(text, r.decision.text(), r.substitute);
                    if (!replaced.equals(text)) {
                        hit.addAll(r.cases);
                        text = replaced;
                    }
                }
                if (!text.equals(t.text())) {
                    plan.changes.put(i, new Change(t, text, hit));
                }
            }
        }
        return plan;
    }

    /** The text with every mention of a doomed case replaced by its marker; {@code hit} gets the cases found. */
    private static String scrub(Recognition rec, Set<String> doomed, Set<String> hit) {
        StringBuilder sb = null;
        int at = 0;
        String text = rec.text();
        for (Mention m : rec.mentions()) {
            List<String> cases = m.caseNumbers().stream().filter(doomed::contains).toList();
            if (cases.isEmpty()) {
                continue; // a living client's name stays as typed: the export replaces it while the case exists
            }
            hit.addAll(cases);
            if (sb == null) {
                sb = new StringBuilder(text.length() + 32);
            }
            sb.append(text, at, m.start()).append(m.marker());
            at = m.end();
        }
        return sb == null ? text : sb.append(text, at, text.length()).toString();
    }

    /** Whether a marker such as "[buurman van cliënt 2026-017]" refers to the case (not to 2026-0171). */
    static boolean namesCase(String text, String caseNumber) {
        int from = 0;
        while (true) {
            int i = text.indexOf(caseNumber, from);
            if (i < 0) {
                return false;
            }
            int end = i + caseNumber.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
            from = i + 1;
        }
    }
}
