package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partners' own numbers for the clients (issue 12: a GGD dossiernummer, a huurdersnummer, a CJIB number), found in
 * free text however they are written: "2024-0815", "2024 0815", "20240815", "2024.08.15", with a label before it
 * ("dossiernr. 2024-0815", "cliëntnr 2024-0815") or without, in upper or lower case, with invisible characters
 * (zero-width space, soft hyphen) between the characters, with digits of another script (fullwidth "２０２４") and
 * letters that look Latin (a Cyrillic "А"). A number is compared by its key: its letters and digits only, upper case,
 * folded. A match starts and ends at a word boundary: "482131" is not "48213", nor is "X48213".
 *
 * <p>Shared by the recogniser (a mention of the case, {@link Kind#FILE_NUMBER}) and the report writer's identity
 * guard (the second net), so that both find the same numbers.
 */
public final class FileNumbers {
    /** The marker of a client's file number in every output. */
    public static final String MARKER = "[dossiernummer]";
    /** A separator run longer than this ends the number ("2024 -- 0815" is still one; a paragraph break never). */
    private static final int MAX_SEPARATORS = 3;

    /** Key → case numbers. */
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    /** A text range and the cases whose number it is. */
    public record Match(int start, int end, Set<String> cases) {
    }

    /**
     * @param numbers case number → that client's file numbers as typed; a number whose key is shorter than
     *                {@code minKey} or holds no digit is left out (it would mask ordinary numbers)
     */
    public FileNumbers(Map<String, ? extends Collection<String>> numbers, int minKey) {
        for (Map.Entry<String, ? extends Collection<String>> e : numbers.entrySet()) {
            for (String n : e.getValue()) {
                String k = key(n);
                if (k.length() < minKey || k.chars().noneMatch(ch -> ch >= '0' && ch <= '9')) {
                    continue;
                }
                keys.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.getKey());
                for (int i = 1; i <= k.length(); i++) {
                    prefixes.add(k.substring(0, i));
                }
            }
        }
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The letters and digits of a number, folded and upper case: its identity for matching. */
    public static String key(CharSequence number) {
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            String u = unit(number.charAt(i));
            if (alnum(u)) {
                sb.append(u);
            }
        }
        return sb.toString();
    }

    static final String SEP = " ";
    /** A letter of another script inside a number: matches any letter of a key. */
    static final String ANY_LETTER = "?";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /**
     * One character as a unit of a number: its folded letters or digit (upper case), {@code ""} for an invisible
     * character, {@link #SEP} for a separator (white space on one line, dash, dot, slash), null for anything else.
     */
    static String unit(char c) {
        if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
            return String.valueOf(c);
        }
        if (c >= 'a' && c <= 'z') {
            return String.valueOf((char) (c - 32));
        }
        if (Fold.invisible(c)) {
            return "";
        }
        if (Character.isDigit(c)) {
            return String.valueOf((char) ('0' + Character.digit(c, 10)));
        }
        if (Character.isLetter(c)) {
            String f = Fold.fold(String.valueOf(c));
            StringBuilder sb = new StringBuilder(f.length());
            for (int i = 0; i < f.length(); i++) {
                char x = f.charAt(i);
                if (x >= 'a' && x <= 'z') {
                    sb.append((char) (x - 32));
                } else if (x >= '0' && x <= '9') {
                    sb.append(x);
                } else {
                    // a letter of another script that does not fold to a Latin one ("PЛ-0900"): it stands for any
                    // letter, so that a number is not let through by one odd letter in it
                    return ANY_LETTER;
                }
            }
            return sb.toString();
        }
        if (c == '\n' || c == '\r') {
            return null;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == '/'
                || c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
            return SEP;
        }
        return null;
    }

    /** Every client's file number in the text, left to right, the longest at each place. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (keys.isEmpty()) {
            return out;
        }
        int n = text.length();
        // the text as units: per character its folded letters/digits, a separator, nothing or a break
        String[] units = new String[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            units[i] = unit(text.charAt(i));
            any |= units[i] != null && !units[i].isEmpty() && !SEP.equals(units[i]);
        }
        if (!any) {
            return out;
        }
        int i = 0;
        while (i < n) {
            if (!alnum(units[i]) || !wordStart(units, i)) {
                i++;
                continue;
            }
            int end = longestAt(units, i);
            if (end < 0) {
                i++;
                continue;
            }
            out.add(new Match(i, end, casesOf(units, i, end)));
            i = end;
        }
        return out;
    }

    private static final Pattern MARKER_TEXT = Pattern.compile("\\[[^\\[\\]\\n]*\\]");

    /**
     * The text with every client's file number replaced by {@link #MARKER}; {@code hits[0]} counts them. A marker
     * already in the text ("[cliënt 2026-017]") is left whole, also where a partner's number equals a case number.
     */
    public String mask(String text, int[] hits) {
        List<Match> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        List<int[]> markers = new ArrayList<>();
        Matcher mk = MARKER_TEXT.matcher(text);
        while (mk.find()) {
            markers.add(new int[] {mk.start(), mk.end()});
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Match m : found) {
            if (markers.stream().anyMatch(r -> r[0] < m.end() && m.start() < r[1])) {
                continue;
            }
            sb.append(text, at, m.start()).append(MARKER);
            at = m.end();
            hits[0]++;
        }
        return sb.append(text, at, text.length()).toString();
    }

    static boolean alnum(String u) {
        return u != null && !u.isEmpty() && !SEP.equals(u);
    }

    /** The previous visible unit is not a letter or digit (invisible characters skipped). */
    static boolean wordStart(String[] units, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (units[k] != null && units[k].isEmpty()) {
                continue;
            }
            return !alnum(units[k]);
        }
        return true;
    }

    /**
     * The unit after the run of separators (and invisible characters) at k, or -1 when the run is longer than {@link
     * #MAX_SEPARATORS} or no letter or digit follows it: there the number ends. Also {@link IdentityKeys}'s reading.
     */
    static int afterSeparators(String[] units, int k) {
        int n = units.length;
        int seps = 0;
        int j = k;
        while (j < n && units[j] != null && (units[j].isEmpty() || SEP.equals(units[j]))) {
            seps += units[j].isEmpty() ? 0 : 1;
            j++;
        }
        return seps > MAX_SEPARATORS || j >= n || !alnum(units[j]) ? -1 : j;
    }

    /** The end (exclusive) of the longest number starting at i that ends at a word boundary, or -1. */
    private int longestAt(String[] units, int i) {
        return walk(units, i, "", -1);
    }

    /** Extends the key read so far ({@code acc}) from unit k on; returns the best end found, else {@code best}. */
    private int walk(String[] units, int k, String acc, int best) {
        int n = units.length;
        while (k < n) {
            String u = units[k];
            if (u == null) {
                break;
            }
            if (u.isEmpty()) {
                k++;
                continue;
            }
            if (SEP.equals(u)) {
                int j = afterSeparators(units, k);
                if (j < 0) {
                    break;
                }
                k = j;
                continue;
            }
            if (ANY_LETTER.equals(u)) {
                for (int l = 0; l < LETTERS.length(); l++) {
                    String next = acc + LETTERS.charAt(l);
                    if (prefixes.contains(next)) {
                        best = Math.max(best, ended(units, k + 1, next) ? k + 1 : -1);
                        best = Math.max(best, walk(units, k + 1, next, best));
                    }
                }
                return best;
            }
            acc = acc + u;
            if (!prefixes.contains(acc)) {
                break;
            }
            k++;
            if (ended(units, k, acc)) {
                best = Math.max(best, k);
            }
        }
        return best;
    }

    private boolean ended(String[] units, int k, String acc) {
        return keys.containsKey(acc) && wordEnd(units, k);
    }

    private static boolean wordEnd(String[] units, int k) {
        for (int j = k; j < units.length; j++) {
            if (units[j] != null && units[j].isEmpty()) {
                continue;
            }
            return !alnum(units[j]);
        }
        return true;
    }

    /** The cases of the key read from i to end; with a letter of another script, of every key it can be. */
    private Set<String> casesOf(String[] units, int from, int to) {
        List<String> read = new ArrayList<>();
        read.add("");
        for (int i = from; i < to; i++) {
            if (!alnum(units[i])) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String r : read) {
                if (ANY_LETTER.equals(units[i])) {
                    for (int l = 0; l < LETTERS.length(); l++) {
                        if (prefixes.contains(r + LETTERS.charAt(l))) {
                            next.add(r + LETTERS.charAt(l));
                        }
                    }
                } else {
                    next.add(r + units[i]);
                }
            }
            read = next;
        }
        Set<String> cases = new LinkedHashSet<>();
        for (String r : read) {
            cases.addAll(keys.getOrDefault(r, Set.of()));
        }
        return cases;
    }
}
