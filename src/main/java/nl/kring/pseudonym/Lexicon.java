package nl.kring.pseudonym;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Dutch words, folded: the OpenTaal word list (≈390,000 entries, BSD licence, see NOTICE-opentaal.txt),
 * kept as one sorted byte blob with offsets (≈6 MB) and loaded once on first use; plus a list of common
 * given names. Tells whether a token is an ordinary word ("bakker", "jong"), a capitalised proper name
 * (names, places) or unknown.
 */
final class Lexicon {

    static final int WORD = 1;
    static final int PROPER = 2;

    private final byte[] blob;
    private final int[] offsets; // n + 1 entries
    private final byte[] flags;
    private final Set<String> firstNames;
    private final Set<String> surnames;
    private final Set<String> domainTerms;
    /** Place names (places.txt) by their first folded word: each the folded words and which of them are capitalised. */
    private final Map<String, List<Place>> places;
    /** Every folded word of a place name ("amsterdam", "haag" of "Den Haag"). */
    private final Set<String> placeWords;

    /** A place name of places.txt: its folded words, and whether each is written with a capital. */
    record Place(String[] words, boolean[] capital) {
    }

    private Lexicon(byte[] blob, int[] offsets, byte[] flags, Set<String> firstNames, Set<String> surnames,
                    Set<String> domainTerms, List<String> placeLines) {
        this.blob = blob;
        this.offsets = offsets;
        this.flags = flags;
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.domainTerms = domainTerms;
        this.places = new HashMap<>();
        this.placeWords = new HashSet<>();
        for (String line : placeLines) {
            List<String> words = new ArrayList<>();
            List<Boolean> caps = new ArrayList<>();
            int i = 0;
            while (i < line.length()) {
                if (!Character.isLetterOrDigit(line.charAt(i))) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < line.length() && Character.isLetterOrDigit(line.charAt(i))) {
                    i++;
                }
                String w = line.substring(from, i);
                words.add(Fold.fold(w.toLowerCase(Locale.ROOT)));
                caps.add(Character.isUpperCase(w.charAt(0)));
            }
            if (words.isEmpty()) {
                continue;
            }
            boolean[] capital = new boolean[caps.size()];
            for (int k = 0; k < capital.length; k++) {
                capital[k] = caps.get(k);
            }
            places.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Place(words.toArray(String[]::new), capital));
            placeWords.addAll(words);
        }
    }

    /** The place names whose first folded word is {@code folded}; empty when none. */
    List<Place> placesStartingWith(String folded) {
        return places.getOrDefault(folded, List.of());
    }

    /** A folded word of some place name: "amsterdam", "utrecht", "haag". */
    boolean isPlaceWord(String folded) {
        return placeWords.contains(folded);
    }

    private static final class Holder {
        static final Lexicon INSTANCE = load();
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** An ordinary lower-case Dutch word. */
    boolean isWord(String folded) {
        return (flags(folded) & WORD) != 0;
    }

    /**
     * In the list at all, as a word or a proper name, or a term of the field (domain-terms.txt: "Wvggz", "FACT"), which
     * minutes capitalise and which was flagged as a possible person, then masked as "[persoon]" in an inzage copy.
     */
    boolean isKnown(String folded) {
        return flags(folded) != 0 || domainTerms.contains(folded);
    }

    /** A term of the field (domain-terms.txt: "wmo", "fact", "cjg"). */
    boolean isDomainTerm(String folded) {
        return domainTerms.contains(folded);
    }

    boolean isFirstName(String folded) {
        return firstNames.contains(folded);
    }

    /** A common surname (surnames.txt, written for Kring): a capitalised one is probably an unknown person. */
    boolean isSurname(String folded) {
        return surnames.contains(folded);
    }

    /** Every ordinary lower-case word of the list, folded (for property tests of the name rules). */
    List<String> words() {
        List<String> out = new ArrayList<>(flags.length);
        for (int i = 0; i < flags.length; i++) {
            if ((flags[i] & WORD) != 0) {
                out.add(new String(blob, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    int flags(String folded) {
        int lo = 0;
        int hi = flags.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, folded);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return flags[mid];
            }
        }
        return 0;
    }

    private int compare(int entry, String key) {
        int from = offsets[entry];
        int len = offsets[entry + 1] - from;
        int n = Math.min(len, key.length());
        for (int i = 0; i < n; i++) {
            int a = blob[from + i] & 0xff;
            int b = key.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return len - key.length();
    }

    private static Lexicon load() {
        byte[] raw;
        try (InputStream in = Lexicon.class.getResourceAsStream("wordlist-nl.txt.gz")) {
            if (in == null) {
                throw new IllegalStateException("wordlist-nl.txt.gz missing from the classpath");
            }
            raw = new GZIPInputStream(in, 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int lines = 0;
        for (byte b : raw) {
            if (b == '\n') {
                lines++;
            }
        }
        ByteArrayOutputStream blob = new ByteArrayOutputStream(raw.length - 2 * lines);
        int[] offsets = new int[lines + 1];
        byte[] flags = new byte[lines];
        int n = 0;
        int lineStart = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                if (i - lineStart >= 2) {
                    flags[n] = (byte) (raw[lineStart] - '0');
                    offsets[n] = blob.size();
                    blob.write(raw, lineStart + 1, i - lineStart - 1);
                    n++;
                }
                lineStart = i + 1;
            }
        }
        offsets[n] = blob.size();
        int[] off = Arrays.copyOf(offsets, n + 1);
        byte[] fl = Arrays.copyOf(flags, n);
        return new Lexicon(blob.toByteArray(), off, fl, loadNames("first-names.txt"), loadNames("surnames.txt"),
                loadNames("domain-terms.txt"), loadLines("places.txt"));
    }

    private static List<String> loadLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static Set<String> loadNames(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                return names;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        names.add(Fold.fold(w.toLowerCase(Locale.ROOT)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
