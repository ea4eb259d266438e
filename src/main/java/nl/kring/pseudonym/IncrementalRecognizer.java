package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-recognition while the chair types. The text is cut into paragraphs at blank lines (no mention
 * spans a blank line); each paragraph's result is kept from the previous call, so a keystroke costs
 * one paragraph. Not thread-safe: one per editor; call {@link #update} from one thread at a time.
 */
public final class IncrementalRecognizer {

    private final Recognizer recognizer;
    private Map<String, Recognition> previous = new HashMap<>();

    IncrementalRecognizer(Recognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The recognition of the whole text, equal to {@code recognizer.recognize(text)}. */
    public Recognition update(String text) {
        Map<String, Recognition> current = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Suspect> suspects = new ArrayList<>();
        int len = text.length();
        int at = 0;
        while (at < len) {
            int end = paragraphEnd(text, at);
            String para = text.substring(at, end);
            Recognition r = current.get(para);
            if (r == null) {
                r = previous.get(para);
                if (r == null) {
                    r = recognizer.recognize(para);
                }
                current.put(para, r);
            }
            for (Mention m : r.mentions()) {
                mentions.add(new Mention(m.start() + at, m.end() + at, m.kind(), m.targets(), m.approximate()));
            }
            for (Suspect s : r.suspects()) {
                suspects.add(new Suspect(s.start() + at, s.end() + at, s.text(), s.reason()));
            }
            at = end;
        }
        previous = current;
        return new Recognition(text, mentions, suspects);
    }

    /** End of the paragraph starting at from: just after the next blank line (or the text's end). */
    private static int paragraphEnd(String text, int from) {
        int len = text.length();
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < len && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                j++;
            }
            if (j < len && text.charAt(j) == '\n') {
                while (j < len && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                return j;
            }
            i = text.indexOf('\n', i + 1);
        }
        return len;
    }
}
