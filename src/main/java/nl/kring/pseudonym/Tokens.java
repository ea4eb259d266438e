package nl.kring.pseudonym;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A text cut once into words (letter runs), numbers (digit runs) and single punctuation characters,
 * with the whitespace between them summarised (how many chars, how many newlines). Words carry their
 * folded form and capitalisation. A name broken over a line end ("Ver-⏎meulen", "Vermeu⏎len") is
 * joined into one word when the joined form is a known name.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    static final byte LOWER = 0;
    static final byte CAP = 1;
    static final byte UPPER = 2;

    private static final Set<String> ABBREVIATIONS = Set.of("dhr", "mw", "mevr", "dr", "mr", "drs", "ir", "prof",
            "mej", "st", "ca", "bijv", "evt", "nr", "tel", "geb", "vs", "ds", "ing", "bc", "ma", "msc", "resp");

    /** Word classes, looked up once per word: see {@link #cls}. */
    static final byte TITLE = 1;
    static final byte PARTICLE = 2;
    static final byte CUE = 4;
    private static final Map<String, Byte> CLASSES = new HashMap<>();

    static {
        for (String t : Person.TITLES) {
            if (!t.equals("heer")) {
                CLASSES.merge(t, TITLE, (a, b) -> (byte) (a | b));
            }
        }
        for (String p : Person.PARTICLES) {
            CLASSES.merge(p, PARTICLE, (a, b) -> (byte) (a | b));
        }
        for (String c : SuspectFinder.PERSON_CUES) {
            CLASSES.merge(c, CUE, (a, b) -> (byte) (a | b));
        }
    }

    final String text;
    int n;
    byte[] cls = new byte[64];
    int[] start = new int[64];
    int[] end = new int[64];
    byte[] type = new byte[64];
    byte[] caps = new byte[64];
    char[] punct = new char[64];
    String[] fold = new String[64];
    /** The fold as name key (see {@link Fold#nameKey}); null for non-words. */
    String[] key = new String[64];
    int[] gap = new int[64];
    int[] nl = new int[64];
    boolean[] joined = new boolean[64];
    /** The word mixes Latin letters with Cyrillic or Greek ones ("Jаnsen" with a Cyrillic а): a possible name. */
    boolean[] mixedScript = new boolean[64];

    Tokens(String text, Predicate<String> isNameKey) {
        this.text = text;
        int len = text.length();
        int i = 0;
        int gapStart = 0;
        int newlines = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Fold.invisible(c)) {
                // invisible characters between words count as nothing (inside a word, see below)
                if (c == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            int g = i - gapStart;
            if (Character.isLetter(c) || (Character.isHighSurrogate(c) && i + 1 < len
                    && Character.isLetter(text.codePointAt(i)))) {
                int j = i;
                while (j < len) {
                    char d = text.charAt(j);
                    if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if (Fold.invisible(d)) {
                        // "Jan\u200bsen", "Ver\u00admeulen": the word goes on when a letter follows the invisible run
                        int k = j + 1;
                        while (k < len && Fold.invisible(text.charAt(k))) {
                            k++;
                        }
                        if (k < len && Character.isLetter(text.charAt(k))) {
                            j = k;
                        } else {
                            break;
                        }
                    } else if (Character.isSurrogate(d) && Character.isLetter(text.codePointAt(j))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                addWord(i, j, g, newlines, isNameKey);
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < len && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                add(NUM, i, j, g, newlines, text.substring(i, j), LOWER, '\0');
                i = j;
            } else {
                add(PUNCT, i, i + 1, g, newlines, null, LOWER, normalizePunct(c));
                i++;
            }
            gapStart = i;
            newlines = 0;
        }
    }

    private static char normalizePunct(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '`', '\u00b4', '\u02bc' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u201c', '\u201d', '\u201e' -> '"';
            default -> c;
        };
    }

    private void addWord(int from, int to, int g, int newlines, Predicate<String> isNameKey) {
        String f = Fold.fold(text, from, to);
        // a word broken over a line end: "Ver-\nmeulen" or "Vermeu\nlen"
        if (newlines == 1 && n >= 1) {
            int prev = n - 1;
            if (type[prev] == PUNCT && punct[prev] == '-' && gap[prev] == 0 && n >= 2 && type[prev - 1] == WORD
                    && isLowerStart(from)) {
                String joinedFold = fold[prev - 1] + f;
                if (isNameKey.test(Fold.nameKey(joinedFold))) {
                    n -= 2;
                    int s = start[n];
                    add(WORD, s, to, gap[n], nl[n], joinedFold, caps[n], '\0');
                    joined[n - 1] = true;
                    return;
                }
            } else if (type[prev] == WORD && isLowerStart(from) && !isNameKey.test(key[prev])
                    && !isNameKey.test(Fold.nameKey(f))) {
                String joinedFold = fold[prev] + f;
                if (isNameKey.test(Fold.nameKey(joinedFold))) {
                    n -= 1;
                    add(WORD, start[n], to, gap[n], nl[n], joinedFold, caps[n], '\0');
                    joined[n - 1] = true;
                    return;
                }
            }
        }
        add(WORD, from, to, g, newlines, f, capsOf(from, to), '\0');
    }

    private boolean mixesScripts(int from, int to) {
        boolean latin = false;
        boolean other = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                latin = true;
            } else if (Fold.cyrillicOrGreek(c)) {
                other = true;
            }
        }
        return latin && other;
    }

    private boolean isLowerStart(int at) {
        return Character.isLowerCase(text.charAt(at));
    }

    private byte capsOf(int from, int to) {
        char first = text.charAt(from);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return LOWER;
        }
        if (to - from == 1) {
            return CAP;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return CAP;
            }
        }
        return UPPER;
    }

    private void add(byte t, int s, int e, int g, int newlines, String f, byte cap, char p) {
        if (n == start.length) {
            int cap2 = n * 2;
            start = Arrays.copyOf(start, cap2);
            end = Arrays.copyOf(end, cap2);
            type = Arrays.copyOf(type, cap2);
            caps = Arrays.copyOf(caps, cap2);
            punct = Arrays.copyOf(punct, cap2);
            fold = Arrays.copyOf(fold, cap2);
            key = Arrays.copyOf(key, cap2);
            gap = Arrays.copyOf(gap, cap2);
            nl = Arrays.copyOf(nl, cap2);
            joined = Arrays.copyOf(joined, cap2);
            mixedScript = Arrays.copyOf(mixedScript, cap2);
            cls = Arrays.copyOf(cls, cap2);
        }
        start[n] = s;
        end[n] = e;
        type[n] = t;
        caps[n] = cap;
        punct[n] = p;
        fold[n] = f;
        key[n] = t == WORD ? Fold.nameKey(f) : null;
        gap[n] = g;
        nl[n] = newlines;
        joined[n] = false;
        mixedScript[n] = t == WORD && mixesScripts(s, e);
        Byte c = t == WORD && f.length() <= 13 ? CLASSES.get(f) : null;
        cls[n] = c == null ? 0 : c;
        n++;
    }

    boolean is(int i, byte wordClass) {
        return (cls[i] & wordClass) != 0;
    }

    boolean isWord(int i) {
        return i >= 0 && i < n && type[i] == WORD;
    }

    boolean isNum(int i) {
        return i >= 0 && i < n && type[i] == NUM;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < n && type[i] == PUNCT && punct[i] == c;
    }

    /** Token i+1 follows token i within a name: only spaces, at most one newline. -1 otherwise. */
    int nameNext(int i) {
        int j = i + 1;
        return j < n && gap[j] > 0 && nl[j] <= 1 ? j : -1;
    }

    /** Token i+1 directly attached to i (no whitespace). */
    boolean attached(int i) {
        return i + 1 < n && gap[i + 1] == 0;
    }

    /** "X-Y": returns Y's index when token i is followed by an attached '-' and an attached word. */
    int hyphenNext(int i) {
        if (isPunct(i + 1, '-') && gap[i + 1] == 0 && isWord(i + 2) && (gap[i + 2] == 0 || nl[i + 2] == 1)) {
            return i + 2;
        }
        return -1;
    }

    /** A single letter directly followed by a dot: "J." */
    boolean isInitial(int i) {
        return isWord(i) && end[i] - start[i] == 1 && isPunct(i + 1, '.') && gap[i + 1] == 0;
    }

    /** Whether word i begins a sentence or a line (so its capital says nothing). */
    boolean sentenceStart(int i) {
        int k = i;
        while (k > 0 && nl[k] == 0 && type[k - 1] == PUNCT && "(\"'[-•*".indexOf(punct[k - 1]) >= 0) {
            k--;
        }
        if (k == 0 || nl[k] > 0) {
            return true;
        }
        int p = k - 1;
        if (type[p] != PUNCT) {
            return false;
        }
        char c = punct[p];
        if (c == '!' || c == '?' || c == ':' || c == ';') {
            return true;
        }
        if (c == '.') {
            if (isWord(p - 1) && gap[p] == 0) {
                String w = fold[p - 1];
                return !(w.length() == 1 || ABBREVIATIONS.contains(w));
            }
            return true;
        }
        return false;
    }

    String tokenText(int i) {
        return text.substring(start[i], end[i]);
    }
}
