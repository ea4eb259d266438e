package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-recognition while the chair types, equal to {@code recognizer.recognize(text)} after any edit (a property test
 * checks this). The text is recognised in chunks, keeping the result of every chunk from the previous call: a
 * keystroke re-recognises one chunk of at most {@link #MAX_CHUNK} characters, a 5 MB paste is recognised chunk by
 * chunk with progress and can be abandoned between chunks. Chunks end at a blank line (the recogniser never looks
 * across one); a longer run of text is cut at the end of a sentence, preferably at a line end, so a name
 * ("dhr. J. de Vries", "Ver-⏎meulen") is never cut in two. Boundaries depend only on the text near them, so after
 * an edit the chunks further on line up again with the cached ones.
 * Not thread-safe: one instance per editor paragraph, used from one thread.
 */
public final class IncrementalRecognizer {
    static final int MAX_CHUNK = 2500;

    /** Reports progress in characters; returns false to abandon the run. */
    public interface Progress {
        boolean advance(long doneChars, long totalChars);
    }

    private final Recognizer recognizer;
    private Map<String, Recognition> previous = new HashMap<>();

    IncrementalRecognizer(Recognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The recognition of the whole text. */
    public Recognition update(String text) {
        return update(text, null);
    }

    /** The recognition of the whole text, or null when {@code progress} asked to stop. */
    public Recognition update(String text, Progress progress) {
        Map<String, Recognition> current = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Suspect> suspects = new ArrayList<>();
        long toDo = 0;
        List<int[]> chunks = chunks(text);
        for (int[] c : chunks) {
            if (!previous.containsKey(text.substring(c[0], c[1]))) {
                toDo += c[1] - c[0];
            }
        }
        long done = 0;
        for (int[] c : chunks) {
            int at = c[0];
            String chunk = text.substring(at, c[1]);
            Recognition r = current.get(chunk);
            if (r == null) {
                r = previous.get(chunk);
                if (r == null) {
                    if (progress != null && !progress.advance(done, toDo)) {
                        return null;
                    }
                    r = recognizer.recognize(chunk);
                    done += chunk.length();
                }
                current.put(chunk, r);
            }
            for (Mention m : r.mentions()) {
                mentions.add(new Mention(m.start() + at, m.end() + at, m.kind(), m.targets(), m.approximate()));
            }
            for (Suspect s : r.suspects()) {
                suspects.add(new Suspect(s.start() + at, s.end() + at, s.text(), s.reason()));
            }
        }
        if (progress != null && toDo > 0) {
            progress.advance(toDo, toDo);
        }
        previous = current;
        return new Recognition(text, mentions, suspects);
    }

    /** Chunk boundaries [start, end) covering the text. */
    public static List<int[]> chunks(String text) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        int len = text.length();
        while (at < len) {
            int end = chunkEnd(text, at);
            out.add(new int[] {at, end});
            at = end;
        }
        return out;
    }

    static int chunkEnd(String t, int from) {
        int len = t.length();
        int limit = Math.min(len, from + MAX_CHUNK);
        int blank = blankLineEnd(t, from, limit);
        if (blank > 0) {
            return blank;
        }
        if (limit == len) {
            return len;
        }
        int min = from + MAX_CHUNK / 2;
        int lineEnd = -1;
        int sentence = -1;
        int space = -1;
        for (int i = limit - 1; i >= min; i--) {
            char ch = t.charAt(i);
            if (ch == '\n' && lineEnd < 0 && endsSentence(t, i, from)) {
                lineEnd = i + 1;
                break;
            }
            if (ch == ' ' && sentence < 0 && i + 1 < len && Character.isUpperCase(t.charAt(i + 1)) && endsSentence(t, i, from)) {
                sentence = i + 1;
            }
            if ((ch == ' ' || ch == '\n') && space < 0 && i > from && Character.isLowerCase(t.charAt(i - 1))
                    && i + 1 < len && Character.isLowerCase(t.charAt(i + 1)) && lowerWordBefore(t, i, from) >= 5) {
                space = i + 1;
            }
        }
        if (lineEnd > 0) {
            return lineEnd;
        }
        if (sentence > 0) {
            return sentence;
        }
        if (space > 0) {
            return space;
        }
        for (int i = limit - 1; i >= min; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** True when the whitespace at {@code ws} follows ".", "!", "?", ":" or ";" after a word of five or more letters. */
    private static boolean endsSentence(String t, int ws, int from) {
        int p = ws - 1;
        while (p > from && t.charAt(p) == '\r') {
            p--;
        }
        if (p <= from) {
            return false;
        }
        char c = t.charAt(p);
        if (c != '.' && c != '!' && c != '?' && c != ':' && c != ';') {
            return false;
        }
        return lowerWordBefore(t, p, from) >= 5;
    }

    /** Length of the run of lower-case letters just before {@code end}. */
    private static int lowerWordBefore(String t, int end, int from) {
        int n = 0;
        for (int i = end - 1; i >= from && Character.isLowerCase(t.charAt(i)); i--) {
            n++;
        }
        return n;
    }

    /** The end of the first blank line (and the whitespace after it) that starts in [from, limit), or -1. */
    private static int blankLineEnd(String text, int from, int limit) {
        int len = text.length();
        int i = text.indexOf('\n', from);
        while (i >= 0 && i < limit) {
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
        return -1;
    }
}
