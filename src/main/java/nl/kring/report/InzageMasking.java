package nl.kring.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Partner;
import nl.kring.domain.Referrer;
import nl.kring.pseudonym.Kind;
import nl.kring.pseudonym.KnownClient;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.NameWords;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.pseudonym.Suspect;
import nl.kring.pseudonym.Target;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.vault.Sha256;

/**
 * What a client's inzage copy withholds (AVG art. 15(4), BW 7:456): the copy shows the client's own data in full, but
 * the rights of others come first for their data. Every free text of the copy passes {@link #mask}: the melder (each
 * part of the name and of the organisation, any whitespace between) becomes {@code [melder]}, the client's relatives
 * {@code [familielid]}, other clients {@code [andere cliënt]}, unknown persons (the recogniser's possible names and
 * the chair's own {@code [persoon]} judgements) {@code [persoon]} (a text the chair judged the melder
 * {@code [melder]}), an address that is not the client's {@code [adres]},
 * and a professional's name their function and organisation. Possible names the chair dismissed stay as written.
 * <p>
 * Each replacement is a {@link Passage} with a stable id (where it is, and what it withholds), so that the chair can
 * review them before the copy is written and leave one unmasked: the ids given as {@code unmasked} are kept as
 * written and reported as such. The same input always yields the same ids.
 */
public final class InzageMasking {

    /** Why a passage was withheld; the marker the copy shows instead. */
    public enum Category {
        MELDER("[melder]"),
        FAMILIELID("[familielid]"),
        ANDERE_CLIENT("[andere cliënt]"),
        PERSOON("[persoon]"),
        ADRES("[adres]"),
        /** A professional's name, replaced by their function and organisation. */
        PROFESSIONAL(null);

        private final String marker;

        Category(String marker) {
            this.marker = marker;
        }

        public String marker() {
            return marker;
        }
    }

    /**
     * One withheld passage.
     *
     * @param id       stable key: {@code where#fingerprint#k} (see {@link #id})
     * @param where    where in the copy, in words ("Overleg 26 november 2026, alinea 2")
     * @param original the text as stored
     * @param marker   what the copy shows instead
     * @param unmasked true when the chair chose to show the original
     */
    public record Passage(String id, String where, String original, String marker, Category category, boolean unmasked) {
    }

    private static final String GAP = "[\\s\\u00A0\\u2007\\u202F]+";
    /** "Dorpsstraat 5", "Laan van Nieuw Oost-Indië 12a", "Kerkweg 3-II": a street with a house number. */
    private static final Pattern STREET = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'\\-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|steeg|"
                    + "pad|park|markt|baan|wal|plantsoen|erf|ring|straatweg|allee|boulevard)" + GAP + "\\d{1,5}"
                    + "(?:[\\s\\-]?[a-zA-Z]\\b|-[IVX]+\\b|-\\d{1,3}\\b)?"
                    + "(?:,?" + GAP + "\\d{4}" + GAP + "?[A-Z]{2}\\b)?(?:" + GAP + "(?:in" + GAP + ")?\\p{Lu}\\p{L}+)?");
    private static final Pattern POSTCODE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4}" + GAP + "?[A-Z]{2}(?![\\p{L}\\p{N}])"
            + "(?:" + GAP + "\\p{Lu}\\p{L}+)?");

    private record Rule(Pattern pattern, Category category, String marker) {
    }

    private record Hit(int start, int end, Category category, String marker) {
        boolean overlaps(int s, int e) {
            return s < end && start < e;
        }
    }

    private final String ownCase;
    private final Recognizer recognizer;
    private final List<Rule> decided = new ArrayList<>();
    private final List<Rule> professionals = new ArrayList<>();
    private final Set<String> dismissed = new LinkedHashSet<>();
    private final Set<String> unmasked;
    private final List<Passage> passages = new ArrayList<>();
    private final Set<String> wheres = new LinkedHashSet<>();
    /** Words of the partners' names ("Rivierstad" of "GGD Vangnet Rivierstad"): public, never an unknown person. */
    private final Set<String> partnerWords = new HashSet<>();

    /**
     * @param own       the client's case
     * @param allCases  every case of the vault (other clients are recognised and masked)
     * @param partners  the partner register: attendees are professionals, named by function and organisation
     * @param decisions the chair's judgements on possible names in the meetings that discussed the case
     * @param unmasked  ids of passages the chair chose to show as written
     */
    public InzageMasking(CaseFile own, Collection<CaseFile> allCases, Collection<Partner> partners,
                         Collection<SuspectDecisionRepository.Decision> decisions, Set<String> unmasked) {
        Objects.requireNonNull(own, "own");
        this.ownCase = own.number();
        this.unmasked = unmasked == null ? Set.of() : Set.copyOf(unmasked);
        List<CaseFile> cases = new ArrayList<>(allCases == null ? List.of() : allCases);
        if (cases.stream().noneMatch(c -> c.number().equals(own.number()))) {
            cases.add(own);
        }
        List<String> professionalNames = new ArrayList<>();
        List<String> partnerNames = new ArrayList<>();
        Referrer ownMelder = own.referrer();
        for (Partner p : partners == null ? List.<Partner>of() : partners) {
            partnerNames.add(p.name());
            for (Attendee a : p.attendees()) {
                if (a.name() == null || a.name().isBlank()) {
                    continue;
                }
                // the client's own melder stays the melder even when a professional of the register made the
                // melding: the copy must not tell the client who reported them
                if (ownMelder == null || !NameWords.isProfessional(ownMelder.name(), List.of(a.name()))) {
                    professionalNames.add(a.name());
                }
                String function = a.function() == null || a.function().isBlank() ? "medewerker" : a.function().strip();
                professionals.add(new Rule(phrase(a.name(), true), Category.PROFESSIONAL,
                        "[" + function + ", " + p.name() + "]"));
            }
        }
        // every melder of the vault by each part of the name and of the organisation, the one rule the partner
        // reports use too (ExportService.recognizer); the client's own melder also when it is a partner organisation
        List<String> knownPartners = ownMelder == null || ownMelder.organisation() == null ? partnerNames
                : partnerNames.stream().filter(n -> !sameWords(n, ownMelder.organisation())).toList();
        for (String n : knownPartners) {
            for (String w : words(n).split(" ")) {
                if (w.length() >= 3) {
                    partnerWords.add(w);
                }
            }
        }
        Recognizer.Builder builder = Recognizer.builder().clients(KnownClient.of(cases))
                .partnerNames(knownPartners)
                .meldersOf(cases).professionals(professionalNames);
        this.recognizer = builder.build();
        List<SuspectDecisionRepository.Decision> sorted = new ArrayList<>(decisions == null ? List.of() : decisions);
        sorted.sort((a, b) -> b.text().length() - a.text().length());
        for (SuspectDecisionRepository.Decision d : sorted) {
            String key = SuspectDecisionRepository.key(d.text());
            if (key.isEmpty()) {
                continue;
            }
            if (d.kind() == SuspectDecisionRepository.Kind.DISMISSED) {
                dismissed.add(key.toLowerCase(Locale.ROOT));
            } else if (d.kind() == SuspectDecisionRepository.Kind.MELDER) {
                // the chair judged it the melder: [melder], as the recorded melder (issue 11)
                decided.add(new Rule(phrase(key, false), Category.MELDER, Category.MELDER.marker()));
            } else {
                decided.add(new Rule(phrase(key, false), Category.PERSOON, Category.PERSOON.marker()));
            }
        }
    }

    /** The same words, case, diacritics and punctuation aside. */
    private static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static String words(String s) {
        return Normalizer.normalize(clean(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A whole-word, whitespace-tolerant pattern for a phrase; case-insensitive when asked. */
    private static Pattern phrase(String text, boolean ignoreCase) {
        String[] words = clean(text).strip().split("[\\s\\u00A0\\u2007\\u202F]+");
        StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                p.append(GAP);
            }
            p.append(Pattern.quote(words[i]));
        }
        p.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(p.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /** Unicode format characters (zero-width space/joiner, bidi controls) and soft hyphens removed. */
    public static String clean(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cf}\\u00AD]", "");
    }

    /**
     * The text as the client's copy shows it. {@code where} names the place in the copy and must be unique per text
     * (it is the first part of each passage's id).
     */
    public String mask(String where, String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        if (!wheres.add(where)) {
            throw new IllegalArgumentException("duplicate place in the copy: " + where);
        }
        String s = clean(text);
        List<Hit> keep = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        Recognition rec = recognizer.recognize(s);
        // The client's own name and identifiers first: a melder or relative with the same surname never masks them.
        for (Mention m : rec.mentions()) {
            if (category(m) == null) {
                keep.add(new Hit(m.start(), m.end(), null, null));
            }
        }
        for (Mention m : rec.mentions()) {
            if (m.kind() == Kind.MELDER) {
                addHit(hits, keep, new Hit(m.start(), m.end(), Category.MELDER, Category.MELDER.marker()));
            }
        }
        // a professional's name in full before the chair's judgements: "Kwakkelstein" judged a person does not make
        // "P. Kwakkelstein" of the GGZ "P. [persoon]"
        for (Rule r : professionals) {
            add(hits, keep, r, s);
        }
        for (Rule r : decided) {
            add(hits, keep, r, s);
        }
        for (Mention m : rec.mentions()) {
            Category c = category(m);
            if (c != null) {
                addHit(hits, keep, new Hit(m.start(), m.end(), c, c.marker()));
            }
        }
        for (Pattern p : List.of(STREET, POSTCODE)) {
            Matcher mt = p.matcher(s);
            while (mt.find()) {
                addHit(hits, keep, new Hit(mt.start(), mt.end(), Category.ADRES, Category.ADRES.marker()));
            }
        }
        for (Suspect sus : rec.suspects()) {
            if (dismissed.contains(SuspectDecisionRepository.key(sus.text()).toLowerCase(Locale.ROOT))
                    || partnerWords.containsAll(List.of(words(sus.text()).split(" ")))) {
                continue; // dismissed by the chair, or a place or partner every reader knows ("GGD Rivierstad")
            }
            addHit(hits, keep, new Hit(sus.start(), sus.end(), Category.PERSOON, Category.PERSOON.marker()));
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        withMelderContext(s, hits, keep);
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Hit h : hits) {
            String original = s.substring(h.start(), h.end());
            String id = id(where, h.category(), original, seen);
            boolean show = unmasked.contains(id);
            passages.add(new Passage(id, where, original, h.marker(), h.category(), show));
            out.append(s, at, h.start()).append(show ? original : h.marker());
            at = h.end();
        }
        return out.append(s, at, s.length()).toString();
    }

    private static final String SP = "[\\s\\u00A0\\u2007\\u202F]+";
    /** A title or role word, with its article, right before a withheld melder: "de wijkagent [melder]", "dr. [melder]". */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?:(?<![\\p{L}])(?:[Dd]e|[Hh]et|[Ee]en|[Oo]nze|[Uu]w|[Hh]aar|"
            + "[Zz]ijn|[Hh]un)" + SP + ")?(?<![\\p{L}.])(\\p{L}[\\p{L}\\-]*\\.?)" + SP + "$");
    /** What the melder is, in brackets right after the withheld melder: "[melder] (huisarts)". */
    private static final Pattern BRACKETS_AFTER = Pattern.compile("^[\\s\\u00A0]*\\(([^()\\n]{1,80})\\)");
    /** An apposition right after the withheld melder: "[melder], wijkagent van het basisteam Oost, belde". */
    private static final Pattern APPOSITION_AFTER = Pattern.compile("^," + "[\\s\\u00A0]*(?:(?:de|het)" + SP + ")?"
            + "(\\p{L}[\\p{L}\\-]*)(?:" + SP + "(?:van|bij|namens|uit)" + SP + "[^,.;()\\n]{1,60})?(?=[\\s\\u00A0]*[,.;)])");

    /**
     * The words around a withheld melder that say who they are go with them (docs/inzage.md, "The melder's role"): a
     * role word or title right before ("de wijkagent", "dr."), a bracket right after that names a role ("(huisarts)",
     * "(GGZ)"), an apposition with a role word ("…, wijkagent van het basisteam Oost,"). Otherwise "[melder] (huisarts)
     * belde" tells the client who reported them. A melder hit grows over such words only where they are no other
     * hit's or the client's own data; a melder hit it meets (the organisation's words) is taken into it.
     */
    private static void withMelderContext(String s, List<Hit> hits, List<Hit> keep) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.category() != Category.MELDER) {
                continue;
            }
            int start = h.start();
            int end = h.end();
            for (boolean grew = true; grew; ) {
                grew = false;
                Matcher b = ROLE_BEFORE.matcher(s.substring(0, start));
                if (b.find() && NameWords.isRoleWord(b.group(1)) && free(b.start(), start, hits, keep, h)) {
                    start = b.start();
                    grew = true;
                }
                String rest = s.substring(end);
                Matcher br = BRACKETS_AFTER.matcher(rest);
                if (br.find() && (anyRoleWord(br.group(1)) || overlapsMelder(end + br.start(1), end + br.end(1), hits, h))
                        && free(end, end + br.end(), hits, keep, h)) {
                    end += br.end();
                    grew = true;
                    continue;
                }
                Matcher ap = APPOSITION_AFTER.matcher(rest);
                if (ap.find() && NameWords.isRoleWord(ap.group(1)) && free(end, end + ap.end(), hits, keep, h)) {
                    end += ap.end();
                    grew = true;
                }
            }
            if (start != h.start() || end != h.end()) {
                int from = start;
                int to = end;
                hits.removeIf(o -> o != h && o.category() == Category.MELDER && o.overlaps(from, to));
                hits.set(hits.indexOf(h), new Hit(start, end, Category.MELDER, Category.MELDER.marker()));
                i = hits.indexOf(hits.stream().filter(o -> o.start() == from).findFirst().orElseThrow());
            }
        }
    }

    private static boolean anyRoleWord(String text) {
        for (String w : text.split("[^\\p{L}.\\-]+")) {
            if (!w.isEmpty() && NameWords.isRoleWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsMelder(int from, int to, List<Hit> hits, Hit self) {
        return hits.stream().anyMatch(o -> o != self && o.category() == Category.MELDER && o.overlaps(from, to));
    }

    /** No other data than melder hits and no kept (own) data in [from, to). */
    private static boolean free(int from, int to, List<Hit> hits, List<Hit> keep, Hit self) {
        return keep.stream().noneMatch(k -> k.overlaps(from, to))
                && hits.stream().noneMatch(o -> o != self && o.category() != Category.MELDER && o.overlaps(from, to));
    }

    /** A whole value that belongs to someone else (a relative's name in the client's data): one passage. */
    public String maskWhole(String where, String value, Category category) {
        if (value == null || value.isBlank()) {
            return value;
        }
        if (!wheres.add(where)) {
            throw new IllegalArgumentException("duplicate place in the copy: " + where);
        }
        String id = id(where, category, clean(value).strip(), new HashMap<>());
        boolean show = unmasked.contains(id);
        passages.add(new Passage(id, where, clean(value).strip(), category.marker(), category, show));
        return show ? clean(value).strip() : category.marker();
    }

    /**
     * A passage's id: its place, a fingerprint of what it withholds (category and text) and which occurrence of that
     * text in that place it is. An unmask the chair stored stays with that text: when the minutes are edited and
     * another name comes first, the id does not move to it (a position alone would), and when the text itself
     * changes the unmask lapses and the passage is withheld again.
     */
    private static String id(String where, Category category, String original, Map<String, Integer> seen) {
        String key = category.name() + ":" + original.strip().toLowerCase(Locale.ROOT);
        int k = seen.merge(key, 1, Integer::sum);
        return where + "#" + HexFormat.of().formatHex(Sha256.of(key.getBytes(StandardCharsets.UTF_8)), 0, 6) + "#" + k;
    }

    /** Null: the client's own name or identifier, kept. */
    private Category category(Mention m) {
        if (m.kind() == Kind.MELDER) {
            return Category.MELDER;
        }
        boolean own = false;
        boolean ownRelative = false;
        for (Target t : m.targets()) {
            if (t.caseNumber().equals(ownCase)) {
                if (t.isClient()) {
                    own = true;
                } else {
                    ownRelative = true;
                }
            }
        }
        if (own) {
            return null;
        }
        if (ownRelative) {
            return Category.FAMILIELID;
        }
        return switch (m.kind()) {
            case ADDRESS -> Category.ADRES;
            case RELATIVE_NAME -> m.targets().stream().allMatch(Target::isClient) ? Category.ANDERE_CLIENT : Category.PERSOON;
            default -> Category.ANDERE_CLIENT;
        };
    }

    private static void add(List<Hit> hits, List<Hit> keep, Rule r, String s) {
        Matcher mt = r.pattern().matcher(s);
        while (mt.find()) {
            addHit(hits, keep, new Hit(mt.start(), mt.end(), r.category(), r.marker()));
        }
    }

    private static void addHit(List<Hit> hits, List<Hit> keep, Hit h) {
        for (Hit k : keep) {
            if (k.overlaps(h.start(), h.end())) {
                return;
            }
        }
        for (Hit o : hits) {
            if (o.overlaps(h.start(), h.end())) {
                return;
            }
        }
        hits.add(h);
    }

    /** Every passage met so far, in the order of the copy. */
    public List<Passage> passages() {
        return List.copyOf(passages);
    }

    /** How many passages the copy withholds (unmasked ones not counted), per category. */
    public Map<Category, Integer> withheld() {
        Map<Category, Integer> out = new EnumMap<>(Category.class);
        for (Passage p : passages) {
            if (!p.unmasked()) {
                out.merge(p.category(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** How many passages the copy withholds. */
    public int maskedCount() {
        return (int) passages.stream().filter(p -> !p.unmasked()).count();
    }
}
