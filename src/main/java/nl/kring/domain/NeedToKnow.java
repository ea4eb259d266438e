package nl.kring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides, for a reader, what each piece of text of a meeting becomes (docs/product.md, "Need-to-know in
 * every output"). Pure: no I/O, no clock. Used by {@link CaseViewer} (bekijk als, the presentation window) and by
 * every report (partner reports, the verslag, the rooster).
 *
 * <p>A reader is described by its roles ({@code null}: the chair, who reads everything), the partner it reads for
 * (whose own actions it reads in full; null on a presentation) and the case numbers it may know (the cases whose
 * kring includes it; {@code null}: all, the chair).
 *
 * <ul>
 * <li><b>Paragraphs</b> ({@link #mayRead}): a leefgebied follows the matrix (VOLLEDIG only); ALGEMEEN reaches every
 * kring member of the item; an unclassified paragraph reaches the chair's verslag only, never a partner.</li>
 * <li><b>Decisions</b> ({@link #actionVisible}): the owner reads its action in full; another kring member reads the
 * text only when the decision's category is ALGEMEEN or VOLLEDIG for its role; otherwise it reads "actie van
 * &lt;partner&gt;, uiterlijk &lt;date&gt;".</li>
 * <li><b>Markers</b> ({@link #markers}): a marker that could be several clients becomes the item's own case when that
 * case is one of them, else only the candidates the reader may know, else {@code [persoon]} ({@code [adres]} for an
 * address); a bare case number the reader may not know becomes {@code [andere casus]}.</li>
 * <li><b>Recipients</b> ({@link #recipients}): every kring partner of an item on the agenda, present or not.</li>
 * <li><b>Police information</b> ({@link #mayRead(RelevanceMatrix, PoliceRule, Collection, MinutesParagraph)},
 * {@link #noteVisible}, {@link #actionVisible(RelevanceMatrix, PoliceRule, Collection, String, Decision)}): a
 * paragraph, leefgebied note or decision marked "van de politie" reaches, on top of the rules above, only an audience
 * all of whose roles the keten agreed ({@link PoliceRule}), a decision's owner included; the chair always.</li>
 * </ul>
 */
public final class NeedToKnow {
    /** Replaces a mention none of whose candidates the reader may know. */
    public static final String PERSON = "[persoon]";
    /** Replaces an address none of whose candidates the reader may know. */
    public static final String ADDRESS = "[adres]";
    /** Replaces a bare case number the reader may not know. */
    public static final String OTHER_CASE = "[andere casus]";

    private static final String NUMBER = "(?:19|20)\\d{2}-\\d{3,4}";
    private static final Pattern MARKER = Pattern.compile("\\[([^\\[\\]\\n]{1,400})\\]");
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "(adres cliënt|cliënt|[^\\[\\]/]{1,80}? van cliënt) (" + NUMBER + "(?:/" + NUMBER + ")*)");
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}-])" + NUMBER + "(?![\\p{N}])");

    private NeedToKnow() {
    }

    // ------------------------------------------------------------------ paragraphs

    /** The audience a paragraph was given. */
    public enum ParagraphAudience { UNCLASSIFIED, ALGEMEEN, LEEFGEBIED }

    public static ParagraphAudience audience(MinutesParagraph p) {
        return p.general() ? ParagraphAudience.ALGEMEEN
                : p.category() == null ? ParagraphAudience.UNCLASSIFIED : ParagraphAudience.LEEFGEBIED;
    }

    /**
     * Whether a reader of the item (a kring member, or everyone present) reads the paragraph.
     *
     * @param roles null for the chair; an empty group reads nothing
     */
    public static boolean mayRead(RelevanceMatrix matrix, Collection<Role> roles, MinutesParagraph p) {
        if (roles == null) {
            return true;
        }
        if (roles.isEmpty()) {
            return false;
        }
        return switch (audience(p)) {
            case UNCLASSIFIED -> false;
            case ALGEMEEN -> true;
            case LEEFGEBIED -> Visibilities.of(matrix, roles, p.category()) == Visibility.VOLLEDIG;
        };
    }

    /**
     * As {@link #mayRead(RelevanceMatrix, Collection, MinutesParagraph)}, and a paragraph from the police only when the
     * police rule admits every role of the reader.
     */
    public static boolean mayRead(RelevanceMatrix matrix, PoliceRule police, Collection<Role> roles, MinutesParagraph p) {
        return mayRead(matrix, roles, p) && (!p.police() || police.admits(roles));
    }

    /**
     * Whether the reader reads a leefgebied's note, given that it reads the leefgebied in full: always, unless the note
     * came from the police and the police rule does not admit every role of the reader.
     *
     * @param roles null for the chair
     */
    public static boolean noteVisible(PoliceRule police, Collection<Role> roles, DomainAssessment a) {
        return a == null || !a.policeNote() || police.admits(roles);
    }

    /** How many paragraphs of the meeting are unclassified (they go to the chair's verslag only). */
    public static int unclassified(Meeting meeting) {
        int n = 0;
        for (AgendaItem item : meeting.items()) {
            for (MinutesParagraph p : item.minutes()) {
                if (p.unclassified() && p.text() != null && !p.text().isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ decisions

    /**
     * Whether the reader reads the decision's action text; when not, it reads "actie van &lt;partner&gt;, uiterlijk
     * &lt;date&gt;" (who and when are for every kring member).
     *
     * @param roles    null for the chair
     * @param readerId the partner the reader reads for; null on a presentation (nobody's own action there)
     */
    public static boolean actionVisible(RelevanceMatrix matrix, Collection<Role> roles, String readerId, Decision d) {
        if (roles == null) {
            return true;
        }
        if (readerId != null && readerId.equals(d.owner())) {
            return true;
        }
        if (roles.isEmpty()) {
            return false;
        }
        if (d.general()) {
            return true;
        }
        return d.category() != null && Visibilities.of(matrix, roles, d.category()) == Visibility.VOLLEDIG;
    }

    /**
     * As {@link #actionVisible(RelevanceMatrix, Collection, String, Decision)}, and an action from the police only when
     * the police rule admits every role of the reader: also its owner reads it only then (issue 15; the owner still
     * reads that it has an action and when it is due, and asks the chair).
     *
     * @param roles null for the chair
     */
    public static boolean actionVisible(RelevanceMatrix matrix, PoliceRule police, Collection<Role> roles,
                                        String readerId, Decision d) {
        return actionVisible(matrix, roles, readerId, d) && (!d.police() || police.admits(roles));
    }

    // ------------------------------------------------------------------ recipients

    /**
     * The partners that get a report of the meeting: every kring partner of every item, in order of first appearance,
     * present or not.
     */
    public static List<String> recipients(Meeting meeting, Function<String, ? extends Collection<String>> kringOfCase) {
        Set<String> out = new LinkedHashSet<>();
        for (AgendaItem item : meeting.items()) {
            Collection<String> kring = kringOfCase.apply(item.caseNumber());
            if (kring != null) {
                out.addAll(kring);
            }
        }
        return List.copyOf(out);
    }

    /** The case numbers of the meeting whose kring includes the partner. */
    public static Set<String> casesOf(String partnerId, Map<String, ? extends Collection<String>> kringByCase) {
        Set<String> out = new LinkedHashSet<>();
        kringByCase.forEach((c, kring) -> {
            if (kring.contains(partnerId)) {
                out.add(c);
            }
        });
        return out;
    }

    // ------------------------------------------------------------------ markers

    /**
     * Rewrites the case-number markers of an already pseudonymised text for a reader.
     *
     * @param itemCase    the case of the agenda item the text belongs to (null: none)
     * @param readerKnows which case numbers the reader may know; null: every one (the chair, text unchanged)
     */
    public static String markers(String text, String itemCase, Predicate<String> readerKnows) {
        if (text == null || text.isEmpty() || readerKnows == null) {
            return text;
        }
        Predicate<String> knows = c -> c.equals(itemCase) || readerKnows.test(c);
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = MARKER.matcher(text);
        int at = 0;
        while (m.find()) {
            String rewritten = marker(m.group(1), itemCase, knows);
            if (rewritten == null) {
                continue; // not a case marker: its numbers, if any, are handled as bare numbers below
            }
            out.append(bareNumbers(text.substring(at, m.start()), knows)).append(rewritten);
            at = m.end();
        }
        out.append(bareNumbers(text.substring(at), knows));
        return out.toString();
    }

    /** One marker's inside rewritten, or null when it is not a case marker. */
    private static String marker(String inside, String itemCase, Predicate<String> knows) {
        // alternatives "cliënt A/B", "adres cliënt A", "zoon van cliënt A", joined by " of "
        record Target(String label, String caseNumber) {
        }
        List<Target> targets = new ArrayList<>();
        Matcher a = ALTERNATIVE.matcher(inside);
        int at = 0;
        while (a.find()) {
            if (a.start() != at) {
                return null;
            }
            for (String c : a.group(2).split("/")) {
                targets.add(new Target(a.group(1), c));
            }
            at = a.end();
            if (at < inside.length()) {
                if (!inside.startsWith(" of ", at)) {
                    return null;
                }
                at += 4;
                a.region(at, inside.length());
            }
        }
        if (targets.isEmpty() || at != inside.length()) {
            return null;
        }
        boolean ownAmong = itemCase != null && targets.stream().anyMatch(t -> t.caseNumber().equals(itemCase));
        List<Target> kept = targets.stream()
                .filter(t -> ownAmong ? t.caseNumber().equals(itemCase) : knows.test(t.caseNumber())).toList();
        if (kept.isEmpty()) {
            return targets.stream().allMatch(t -> t.label().equals("adres cliënt")) ? ADDRESS : PERSON;
        }
        Map<String, Set<String>> byLabel = new LinkedHashMap<>();
        for (Target t : kept) {
            byLabel.computeIfAbsent(t.label(), k -> new LinkedHashSet<>()).add(t.caseNumber());
        }
        List<String> parts = new ArrayList<>();
        byLabel.forEach((label, cases) -> parts.add(label + " " + String.join("/", cases)));
        return "[" + String.join(" of ", parts) + "]";
    }

    private static String bareNumbers(String text, Predicate<String> knows) {
        Matcher m = BARE_NUMBER.matcher(text);
        StringBuilder out = null;
        int at = 0;
        while (m.find()) {
            if (knows.test(m.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, at, m.start()).append(OTHER_CASE);
            at = m.end();
        }
        return out == null ? text : out.append(text, at, text.length()).toString();
    }
}
