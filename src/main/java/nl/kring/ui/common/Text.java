package nl.kring.ui.common;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers for search and identifiers. */
public final class Text {
    private Text() {
    }

    /** Lower case without diacritics, so "clientverdeling" finds "Cliëntverdeling". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT);
    }

    /** "GGD Regio Rivierstad" → "ggd-regio-rivierstad". */
    public static String slug(String s, int max) {
        String f = fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (f.length() > max) {
            f = f.substring(0, max).replaceAll("-+$", "");
        }
        return f;
    }

    /** Search terms of a query: folded, split on white space. */
    public static String[] terms(String query) {
        String q = fold(query).strip();
        return q.isEmpty() ? new String[0] : q.split("\\s+");
    }

    public static boolean matchesAll(String foldedHaystack, String[] terms) {
        for (String t : terms) {
            if (!foldedHaystack.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
