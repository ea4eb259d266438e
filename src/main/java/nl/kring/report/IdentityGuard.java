package nl.kring.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.domain.Attendee;
import nl.kring.domain.Bsn;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Partner;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.pseudonym.FileNumbers;
import nl.kring.pseudonym.NameWords;

/**
 * The report writer's own safety net behind the caller's {@link Pseudonymiser}: masks, in free text bound for a
 * partner report, the verslag or the rooster, every identity field the vault holds for the cases of the export
 * (client names and aliases, relatives, legal representative, address and postcode, BSN in any grouping, phone,
 * date of birth) and the melder's name and organisation. It is deliberately blunt (literal, case-insensitive, whole
 * words, with and without diacritics): it may over-mask a common word that equals a surname, it never lets a known
 * identity field through. It does not find names it was not told about: that is the pseudonymiser's job.
 */
final class IdentityGuard {
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern NINE_DIGITS = Pattern.compile(
            "(?<![\\d])(\\d{9}|\\d{3}[ .]\\d{3}[ .]\\d{3}|\\d{4}\\.\\d{2}\\.\\d{3})(?![\\d])");
    private static final DateTimeFormatter DUTCH_LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Nl.LOCALE);

    /**
     * A pattern and its mask. {@code anchor}: a lower-case literal every match contains, checked first so the regex
     * only runs on text that can match ("" = needs a digit).
     */
    private static final class Rule {
        private final Supplier<String> regex;
        private final int flags;
        private Pattern pattern;
        private final String replacement;
        private final String anchor;
        private final DigitAlternatives alternatives;

        Rule(Pattern pattern, String replacement, String anchor) {
            this(null, 0, pattern, replacement, anchor, null);
        }

        /**
         * Written and compiled when a text first passes its anchor (issue 17: most clients' addresses never occur in an
         * export, and writing every client's expression grew with the vault).
         */
        Rule(Supplier<String> regex, int flags, String replacement, String anchor) {
            this(regex, flags, null, replacement, anchor, null);
        }

        Rule(Supplier<String> regex, int flags, Pattern pattern, String replacement, String anchor,
             DigitAlternatives alternatives) {
            this.regex = regex;
            this.flags = flags;
            this.pattern = pattern;
            this.replacement = replacement;
            this.anchor = anchor;
            this.alternatives = alternatives;
        }

        Pattern pattern() {
            if (pattern == null && regex != null) {
                pattern = Pattern.compile(regex.get(), flags);
            }
            return pattern;
        }

        String replacement() {
            return replacement;
        }

        DigitAlternatives alternatives() {
            return alternatives;
        }

        boolean mayMatch(String lower, boolean hasDigit) {
            return anchor == null || (anchor.isEmpty() ? hasDigit : lower.contains(anchor));
        }

        /** Whether {@link #mayMatch} depends on a literal only ({@link Anchors} finds the rules it lets through). */
        boolean anchored() {
            return anchor != null && !anchor.isEmpty();
        }
    }

    /**
     * The rules with a literal anchor (three per client address), by anchor: per text, the anchors it contains are
     * found by looking up each of its substrings of an anchor's length, instead of testing every client's anchors
     * against it (issue 17: that test grew with the vault for every text of an export). It lets through exactly the
     * rules {@link Rule#mayMatch} lets through; the rules still run in their order.
     */
    private static final class Anchors {
        private final Map<String, List<Integer>> byAnchor = new HashMap<>();
        private final int[] lengths;
        private final BitSet unanchored = new BitSet();

        /** {@code indexed} false: every rule is a candidate, and {@link Rule#mayMatch} alone decides (as before). */
        Anchors(List<Rule> rules, boolean indexed) {
            SortedSet<Integer> lens = new TreeSet<>();
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                if (indexed && r.anchored()) {
                    byAnchor.computeIfAbsent(r.anchor, k -> new ArrayList<>()).add(i);
                    lens.add(r.anchor.length());
                } else {
                    unanchored.set(i);
                }
            }
            lengths = lens.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The indices of the rules that may match in a text with this lower-case form, in rule order. */
        BitSet candidates(String lower) {
            BitSet out = (BitSet) unanchored.clone();
            for (int len : lengths) {
                for (int i = 0; i + len <= lower.length(); i++) {
                    List<Integer> found = byAnchor.get(lower.substring(i, i + len));
                    if (found != null) {
                        for (int r : found) {
                            out.set(r);
                        }
                    }
                }
            }
            return out;
        }
    }

    /**
     * The numbers of every client of the vault (BSN, phone, date of birth) as one alternation, but run per text with
     * only the alternatives that can match there (issue 17: one regex of 2,500 BSNs tried at every digit of every
     * text made the export grow with the vault). Each alternative has a key: digits that every match of it contains
     * without another digit in between (the BSN's nine, the phone number without its leading 0, the year of birth).
     * A match consists of digits and separators only, so its digits lie side by side in the text's digits; an
     * alternative whose key is not among them cannot match anywhere in the text, and leaving it out of the alternation
     * changes no match (an alternation tries its alternatives in order and takes the first that matches). An
     * alternative without a usable key (a number with letters in it) is always kept.
     */
    static final class DigitAlternatives {
        /** Written when first needed: most clients' numbers never occur in an export (issue 17). */
        private final List<Supplier<String>> regexes = new ArrayList<>();
        private final Map<String, List<Integer>> byKey = new HashMap<>();
        private final SortedSet<Integer> keyLengths = new TreeSet<>();
        private final List<Integer> keyless = new ArrayList<>();
        private final Map<List<Integer>, Pattern> compiled = new HashMap<>();
        private final boolean indexed;

        DigitAlternatives(boolean indexed) {
            this.indexed = indexed;
        }

        void add(Supplier<String> regex, String key) {
            int i = regexes.size();
            regexes.add(regex);
            if (key == null || key.isEmpty() || !key.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                keyless.add(i);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                keyLengths.add(key.length());
            }
        }

        boolean isEmpty() {
            return regexes.isEmpty();
        }

        /** The alternation of the alternatives that can match in a text with these ASCII digits; null: none can. */
        Pattern patternFor(String digits) {
            SortedSet<Integer> hit = new TreeSet<>(keyless);
            if (!indexed) {
                for (int i = 0; i < regexes.size(); i++) {
                    hit.add(i);
                }
            } else {
                for (int len : keyLengths) {
                    for (int i = 0; i + len <= digits.length(); i++) {
                        List<Integer> found = byKey.get(digits.substring(i, i + len));
                        if (found != null) {
                            hit.addAll(found);
                        }
                    }
                }
            }
            if (hit.isEmpty()) {
                return null;
            }
            return compiled.computeIfAbsent(List.copyOf(hit), which -> {
                StringBuilder alternation = new StringBuilder();
                for (int i : which) {
                    alternation.append(alternation.isEmpty() ? "" : "|").append(regexes.get(i).get());
                }
                return Pattern.compile("(?<!\\d)(?:" + alternation + ")(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            });
        }
    }
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Compiled once: the guard is built over every client of the vault (issue 17). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");
    private static final Pattern POSTCODE = Pattern.compile("(\\d{4})\\s?([A-Za-z]{2})(?![\\p{L}])");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s.\\-]+");
    private static final Pattern MARKER = Pattern.compile("\\[[^\\[\\]\\n]*\\]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private final List<Rule> rules;
    private final Anchors anchors;
    /** Folded name (tokens joined by single spaces) → mask; longest names are tried first. */
    private final Map<String, String> names = new HashMap<>();
    private final int maxNameTokens;
    private int hits;

    /** The clients' file numbers (issue 12), found as the recogniser finds them; null when none. */
    private final FileNumbers fileNumbers;

    private IdentityGuard(List<Rule> rules, Map<String, String> nameReplacements,
                          FileNumbers fileNumbers, boolean indexed) {
        this.rules = rules;
        this.anchors = new Anchors(rules, indexed);
        this.fileNumbers = fileNumbers.isEmpty() ? null : fileNumbers;
        int max = 0;
        for (Map.Entry<String, String> e : nameReplacements.entrySet()) {
            List<String> tokens = tokens(e.getKey());
            if (!tokens.isEmpty()) {
                names.putIfAbsent(String.join(" ", tokens), e.getValue());
                max = Math.max(max, tokens.size());
            }
        }
        this.maxNameTokens = max;
    }

    static IdentityGuard of(Collection<CaseFile> cases) {
        return of(cases, List.of());
    }

    /**
     * As {@link #of(Collection)}; a melder who is a professional of these partners, or whose organisation is one of
     * them, is that professional or partner and not masked (the recogniser's rule, issue 11: no false "[melder]").
     */
    static IdentityGuard of(Collection<CaseFile> cases, Collection<Partner> partners) {
        return of(cases, partners, true);
    }

    /**
     * {@code indexed} false: every number rule runs as one alternation of all clients' numbers on every text with a
     * digit, and every address rule's anchor is tested against every text, as before issue 17; only for the tests
     * that hold the indexed guard to the same output.
     */
    static IdentityGuard of(Collection<CaseFile> cases, Collection<Partner> partners, boolean indexed) {
        List<String> professionals = partners.stream().flatMap(p -> p.attendees().stream())
                .map(Attendee::name).filter(Objects::nonNull).toList();
        Set<String> partnerNames = new HashSet<>();
        for (Partner p : partners) {
            partnerNames.add(String.join(" ", tokens(p.name())));
        }
        List<Rule> rules = new ArrayList<>();
        DigitAlternatives bsns = new DigitAlternatives(indexed);
        DigitAlternatives phones = new DigitAlternatives(indexed);
        DigitAlternatives births = new DigitAlternatives(indexed);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        for (CaseFile c : cases) {
            String client = "[cliënt " + c.number() + "]";
            Client cl = c.client();
            if (cl != null) {
                for (FileNumber f : cl.fileNumbers()) {
                    numbers.computeIfAbsent(c.number(), k -> new ArrayList<>()).add(f.number());
                }
                addAddress(rules, cl.address(), "[adres cliënt " + c.number() + "]");
                if (cl.bsn() != null && !Bsn.normalize(cl.bsn()).isEmpty()) {
                    String bsn = Bsn.normalize(cl.bsn());
                    bsns.add(() -> digits(bsn, "[\\s.\\-]?"), bsn);
                }
                addPhone(phones, cl.phone());
                addBirthDate(births, cl.birthDate());
                // relatives and the representative before the client: "Peter de Vries" is the son, not the client
                for (Relative r : cl.relatives()) {
                    String rel = r.relation() == null || r.relation().isBlank() ? "familielid" : r.relation().strip();
                    String repl = "[" + rel + " van cliënt " + c.number() + "]";
                    addName(names, r.name(), repl, 3);
                    addName(names, firstToken(r.name()), repl, 3);
                }
                addName(names, cl.legalRepresentative(), "[wettelijk vertegenwoordiger van cliënt " + c.number() + "]", 3);
                String prefix = blankToEmpty(cl.prefix());
                String surname = blankToEmpty(cl.surname());
                String fullSurname = (prefix + " " + surname).strip();
                List<String> given = new ArrayList<>();
                if (cl.firstNames() != null) {
                    given.add(cl.firstNames().strip());
                    for (String t : WHITESPACE.split(cl.firstNames().strip())) {
                        given.add(t);
                    }
                }
                if (cl.roepnaam() != null) {
                    given.add(cl.roepnaam().strip());
                }
                for (String g : given) {
                    addName(names, g + " " + fullSurname, client, 3);
                    addName(names, g, client, 3);
                }
                addName(names, fullSurname, client, 2);
                addName(names, surname, client, 3);
                for (String alias : cl.aliases()) {
                    addName(names, alias, client, 2);
                }
            }
            Referrer m = c.referrer();
            if (m != null) {
                // a generic role word ("Buurvrouw", "Wijkagent") in the melder field names nobody (issue 11)
                if (!NameWords.isRoleWord(m.name())
                        && !NameWords.isProfessional(m.name(), professionals)) {
                    addName(names, m.name(), "[melder]", 2);
                }
                if (!NameWords.isRoleWord(m.organisation())
                        && (m.organisation() == null || !partnerNames.contains(String.join(" ", tokens(m.organisation()))))) {
                    addName(names, m.organisation(), "[melder]", 2);
                }
            }
        }
        // one pass per kind over all cases of the export; only text with a digit is scanned
        addDigitRule(rules, bsns, "[BSN]");
        addDigitRule(rules, phones, "[telefoon]");
        addDigitRule(rules, births, "[geboortedatum]");
        rules.add(new Rule(NINE_DIGITS, null, "")); // any other BSN-shaped number that passes the 11-proef
        // a partner's file number, however written: the minimum length is the recogniser's (issue 12)
        return new IdentityGuard(rules, names,
                new FileNumbers(numbers, FileNumber.MIN_KEY), indexed);
    }

    /** The text with every known identity field masked. */
    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        // zero-width and bidi characters and soft hyphens would hide a name from the patterns (issue 11)
        String s = Normalizer.normalize(NameWords.withoutInvisible(text), Normalizer.Form.NFC);
        if (fileNumbers != null) {
            int[] found = {0};
            s = fileNumbers.mask(s, found);
            hits += found[0];
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean hasDigit = s.chars().anyMatch(Character::isDigit);
        String digits = null; // the ASCII digits of s as it is now (a mask may bring in a case number's)
        BitSet candidates = anchors.candidates(lower);
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
            Rule rule = rules.get(r);
            if (!rule.mayMatch(lower, hasDigit)) {
                continue;
            }
            Pattern pattern = rule.pattern();
            if (rule.alternatives() != null) {
                if (digits == null) {
                    digits = asciiDigits(s);
                }
                pattern = rule.alternatives().patternFor(digits);
                if (pattern == null) {
                    continue;
                }
            }
            Matcher m = pattern.matcher(s);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String repl = rule.replacement();
                if (repl == null) {
                    if (!Bsn.isValid(m.group(1))) {
                        continue;
                    }
                    repl = "[BSN]";
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(repl));
                hits++;
                changed = true;
            }
            if (changed) {
                m.appendTail(sb);
                s = sb.toString();
                digits = null;
            }
        }
        return maskNames(s);
    }

    private static String asciiDigits(String s) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                d.append(ch);
            }
        }
        return d.toString();
    }

    /**
     * Word n-grams (longest first) looked up among the folded names; the words may be separated by white space, dots
     * and hyphens only ("J. de Graaf", "Jan-Willem").
     */
    private String maskNames(String s) {
        if (names.isEmpty()) {
            return s;
        }
        List<int[]> words = new ArrayList<>();
        // words inside a marker ("[buurvrouw van cliënt 2026-010]") are the marker's, never a name to mask
        boolean[] inMarker = new boolean[s.length()];
        Matcher mk = MARKER.matcher(s);
        while (mk.find()) {
            Arrays.fill(inMarker, mk.start(), mk.end(), true);
        }
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            if (!inMarker[m.start()]) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < words.size(); ) {
            int matched = 0;
            String repl = null;
            StringBuilder key = new StringBuilder();
            int limit = Math.min(maxNameTokens, words.size() - i);
            List<String> candidates = new ArrayList<>(limit);
            for (int n = 1; n <= limit; n++) {
                int[] w = words.get(i + n - 1);
                if (n > 1 && !SEPARATOR.matcher(s.substring(words.get(i + n - 2)[1], w[0])).matches()) {
                    break;
                }
                if (n > 1) {
                    key.append(' ');
                }
                key.append(fold(s.substring(w[0], w[1])));
                candidates.add(key.toString());
            }
            for (int n = candidates.size(); n >= 1; n--) {
                String r = names.get(candidates.get(n - 1));
                if (r != null) {
                    matched = n;
                    repl = r;
                    break;
                }
            }
            if (matched == 1 && lowerCaseOrdinaryWord(s, words.get(i))) {
                matched = 0; // "ik ben niet gek" for a client called Ben: a word written as a word is a word (issue 11)
            }
            if (matched == 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            int from = words.get(i)[0];
            int to = words.get(i + matched - 1)[1];
            out.append(s, copied, from).append(repl);
            copied = to;
            hits++;
            i += matched;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    private static boolean lowerCaseOrdinaryWord(String s, int[] word) {
        String w = s.substring(word[0], word[1]);
        return Character.isLowerCase(w.charAt(0)) && NameWords.isOrdinaryWord(w);
    }

    private static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(name, Normalizer.Form.NFC));
        while (m.find()) {
            out.add(fold(m.group()));
        }
        return out;
    }

    /** How many masks were applied so far (to warn the chair that the pseudonymiser missed something). */
    int hits() {
        return hits;
    }

    // ------------------------------------------------------------------ building

    private static void addName(Map<String, String> names, String name, String replacement, int minLength) {
        if (name == null) {
            return;
        }
        String n = Normalizer.normalize(WHITESPACE.matcher(name.strip()).replaceAll(" "), Normalizer.Form.NFC);
        if (n.codePointCount(0, n.length()) < minLength) {
            return;
        }
        // the pattern is built from the keys: the name as written and without diacritics; the lookup folds both
        names.putIfAbsent(n.toLowerCase(Locale.ROOT), replacement);
        names.putIfAbsent(fold(n), replacement);
    }

    private static void addAddress(List<Rule> rules, String address, String replacement) {
        if (address == null || address.isBlank()) {
            return;
        }
        String a = address.strip();
        String firstWord = firstToken(a).toLowerCase(Locale.ROOT);
        rules.add(new Rule(() -> NOT_WORD_BEFORE + flexibleLiteral(a) + NOT_WORD_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, replacement, firstWord));
        int comma = a.indexOf(',');
        if (comma > 0) {
            String street = a.substring(0, comma).strip();
            if (street.length() >= 4) {
                rules.add(new Rule(() -> NOT_WORD_BEFORE + flexibleLiteral(street) + NOT_WORD_AFTER,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, replacement, firstWord));
            }
        }
        Matcher pc = POSTCODE.matcher(a);
        if (pc.find()) {
            String regex = NOT_WORD_BEFORE + pc.group(1) + "\\s?" + pc.group(2) + NOT_WORD_AFTER;
            rules.add(new Rule(() -> regex,
                    Pattern.CASE_INSENSITIVE, replacement, pc.group(1)));
        }
    }

    private static void addDigitRule(List<Rule> rules, DigitAlternatives alternatives, String replacement) {
        if (!alternatives.isEmpty()) {
            rules.add(new Rule(null, 0, null, replacement, "", alternatives));
        }
    }

    private static void addPhone(DigitAlternatives phones, String phone) {
        if (phone == null) {
            return;
        }
        String d = NON_DIGIT.matcher(phone).replaceAll("");
        if (d.length() < 6) {
            return;
        }
        String sep = "[\\s.\\-()/]*";
        if (d.startsWith("0") && !d.startsWith("00")) {
            // +31 6 12345678, 0031 6 …, before the national form
            phones.add(() -> "(?:\\+|00)31" + sep + "(?:\\(0\\)" + sep + ")?" + digits(d.substring(1), sep), d.substring(1));
        }
        phones.add(() -> digits(d, sep), d);
    }

    private static void addBirthDate(DigitAlternatives births, LocalDate d) {
        if (d == null) {
            return;
        }
        String year = String.valueOf(d.getYear());
        // every form holds the year's digits side by side
        births.add(() -> {
            String day = "0?" + d.getDayOfMonth();
            String month = "0?" + d.getMonthValue();
            String numeric = day + "\\s?[-/.]\\s?" + month + "\\s?[-/.]\\s?" + year;
            String iso = year + "-" + twoDigits(d.getMonthValue()) + "-" + twoDigits(d.getDayOfMonth());
            String longForm = flexibleLiteral(DUTCH_LONG.format(d));
            return iso + "|" + numeric + "|" + longForm;
        }, year);
    }

    /** "07", "12": as {@code String.format("%02d")}, which cost more than the rest of a client's rules (issue 17). */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** A regex for the digits in order, with optional separators between them. */
    private static String digits(String digits, String sep) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                p.append(sep);
            }
            p.append(digits.charAt(i));
        }
        return p.toString();
    }

    private static String flexibleLiteral(String s) {
        String[] tokens = WHITESPACE.split(s.strip());
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                p.append("\\s+");
            }
            p.append(Pattern.quote(tokens[i]));
        }
        return p.toString();
    }

    /** The text up to its first white space ({@code \\s}, as {@link #WHITESPACE}), without running a regex. */
    private static String firstToken(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** Lower case without diacritics (dotless ı as i): "Yılmaz", "YILMAZ" and "Yilmaz" fold alike. */
    private static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return stripDiacritics(s).toLowerCase(Locale.ROOT).replace('ı', 'i');
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String stripDiacritics(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
}
