package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.List;

/** The result of recognising one text: mentions (sorted, non-overlapping) and suspects (sorted). */
public record Recognition(String text, List<Mention> mentions, List<Suspect> suspects) {

    public Recognition {
        mentions = List.copyOf(mentions);
        suspects = List.copyOf(suspects);
    }

    /** The text with every mention replaced by its marker. */
    public String pseudonymized() {
        StringBuilder sb = new StringBuilder(text.length() + 16 * mentions.size());
        int at = 0;
        for (Mention m : mentions) {
            sb.append(text, at, m.start()).append(m.marker());
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
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
