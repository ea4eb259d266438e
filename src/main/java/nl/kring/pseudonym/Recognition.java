package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.List;

/** The result of recognising one text: mentions (sorted, non-overlapping) and suspects (sorted). */
public record Recognition(String text, List<Mention> mentions, List<Suspect> suspects) {

    public Recognition {
        mentions = List.copyOf(mentions);
        suspects = List.copyOf(suspects);
    }

    /**
     * The text with every mention replaced by its marker, and without invisible characters (Unicode category Cf:
     * zero-width space and joiner, bidi controls; soft hyphens), which could hide a name from a reader's search.
     */
    public String pseudonymized() {
        StringBuilder sb = new StringBuilder(text.length() + 16 * mentions.size());
        int at = 0;
        for (Mention m : mentions) {
            appendVisible(sb, text, at, m.start());
            sb.append(m.marker());
            at = m.end();
        }
        appendVisible(sb, text, at, text.length());
        return sb.toString();
    }

    /** The text without invisible characters (Unicode category Cf and soft hyphens); the same string when it has none. */
    public static String withoutInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Fold.invisible(text.charAt(i))) {
                StringBuilder sb = new StringBuilder(text.length());
                appendVisible(sb, text, 0, text.length());
                return sb.toString();
            }
        }
        return text;
    }

    private static void appendVisible(StringBuilder sb, String text, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            if (Fold.invisible(text.charAt(i))) {
                sb.append(text, run, i);
                run = i + 1;
            }
        }
        sb.append(text, run, to);
    }

    public List<Replacement> replacements() {
        List<Replacement> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<String> cases = m.caseNumbers();
            out.add(new Replacement(m.start(), m.end(), text.substring(m.start(), m.end()), m.marker(), m.kind(),
                    String.join("/", cases), cases, m.ambiguous(), m.approximate()));
        }
        return out;
    }
}
