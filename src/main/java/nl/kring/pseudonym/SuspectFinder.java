package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Capitalised words that look like the name of a person nobody told the engine about: after a title
 * or a word such as "buurman" (dr. Pieters, buurman Henk Smit), a common given name in mid-sentence,
 * or a capitalised word in mid-sentence that is neither a Dutch word nor a known name or place.
 */
final class SuspectFinder {

    static final Set<String> PERSON_CUES = Set.of("buurman", "buurvrouw", "buren", "broer", "zus", "zuster", "zoon",
            "dochter", "vader", "moeder", "oom", "tante", "neef", "nicht", "opa", "oma", "vriend", "vriendin",
            "partner", "ex", "expartner", "echtgenoot", "echtgenote", "collega", "huisbaas", "hospita", "verhuurder",
            "kennis", "stiefvader", "stiefmoeder", "schoonzoon", "schoondochter", "kleinzoon", "kleindochter",
            "familielid", "mentor", "bewindvoerder", "curator", "melder", "familie", "zwager", "schoonzus");

    /** Words that may open a surname in a suspect ("mevrouw van Leeuwen", "Wim de Ruiter"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "den", "der", "van", "von", "ten", "ter", "te",
            "el", "al", "ben", "da", "dos", "du", "le", "la", "vd", "vander", "vanden");

    private final Tokens tk;
    private final Lexicon lex;
    private final boolean[] consumed;
    private final List<Suspect> suspects;
    /** Start offsets of the mentions found before this finder runs. */
    private final Set<Integer> mentionStarts = new HashSet<>();

    /** The reason of a capitalised mid-sentence word that is no Dutch word and no known name. */
    static final String CAPITALISED = "woord met hoofdletter dat op een naam lijkt";

    SuspectFinder(Tokens tk, Lexicon lex, boolean[] consumed, List<Mention> mentions, List<Suspect> suspects) {
        for (Mention m : mentions) {
            mentionStarts.add(m.start());
        }
        this.tk = tk;
        this.lex = lex;
        this.consumed = consumed;
        this.suspects = suspects;
    }

    void run() {
        boolean[] flagged = new boolean[tk.n];
        List<Suspect> earlier = new ArrayList<>(suspects);
        earlier.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int x = 0;
        for (int i = 0; i < tk.n && x < earlier.size(); i++) {
            while (x < earlier.size() && earlier.get(x).end() <= tk.start[i]) {
                x++;
            }
            if (x < earlier.size() && earlier.get(x).start() < tk.end[i]) {
                flagged[i] = true;
            }
        }
        for (int i = 0; i < tk.n; i++) {
            if (!tk.isWord(i) || consumed[i] || flagged[i]) {
                continue;
            }
            String f = tk.fold[i];
            if (tk.mixedScript[i]) {
                // "Jаnsen" with a Cyrillic а: nobody writes that by accident
                suspects.add(new Suspect(tk.start[i], tk.end[i], tk.tokenText(i), "woord met letters uit verschillende schriften"));
                continue;
            }
            int nameStart = -1;
            int from = -1;
            String reason = null;
            int cueEnd = cueEnd(i);
            if (cueEnd >= 0) {
                int k = tk.nameNext(cueEnd);
                if (k >= 0 && tk.nl[k] == 0 && isNameLike(k)) {
                    nameStart = k;
                    boolean title = tk.is(i, Tokens.TITLE) || f.equals("de");
                    from = title ? i : k;
                    reason = title ? "titel met een onbekende naam" : "persoon die niet op de agenda staat";
                }
            }
            if (nameStart < 0 && tk.caps[i] == Tokens.CAP) {
                boolean start = tk.sentenceStart(i);
                if (lex.isFirstName(f) && (!start || followedByName(i))) {
                    nameStart = i;
                    from = i;
                    reason = "voornaam van iemand die niet op de agenda staat";
                } else if (!start && f.length() >= 3 && !lex.isKnown(f) && !lex.isKnown(stripS(f))) {
                    nameStart = i;
                    from = i;
                    reason = CAPITALISED;
                } else if (!start && NAME_PARTICLES.contains(f) && particleSurname(i)) {
                    // "Volgens De Boer", "met Van Dijk": a capitalised particle in mid-sentence before a listed surname
                    nameStart = i;
                    from = i;
                    reason = "achternaam van iemand die niet op de agenda staat";
                } else if (lex.isSurname(f) && lonePersonSurname(i, start)) {
                    nameStart = i;
                    from = i;
                    reason = "achternaam van iemand die niet op de agenda staat";
                }
            }
            if (nameStart < 0) {
                continue;
            }
            int end = extend(nameStart);
            boolean afterTitle = from < nameStart && tk.is(from, Tokens.TITLE);
            // after a title a surname that ends like a street ("meneer Westerveld", "mevrouw Blokdijk") is a person;
            // only a word that ends in an unmistakable street word is a street there
            if ((afterTitle ? NameMatcher.isPlainStreetWord(tk.fold[end]) : NameMatcher.isStreetWord(tk.fold[end]))
                    || streetAfter(end)) {
                i = end;
                continue; // "Jan van Galenstraat", "Vleutenseweg"
            }
            suspects.add(new Suspect(tk.start[from], tk.end[end], tk.text.substring(tk.start[from], tk.end[end]), reason));
            i = end;
        }
        suspects.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** Words before a capitalised word that make it a place, a building or a thing: "op de Dam", "de Post". */
    private static final Set<String> NOT_A_PERSON_BEFORE = Set.of("de", "het", "een", "op", "in", "naar", "uit", "te",
            "bij", "aan", "vanuit", "richting", "nabij", "bakkerij", "apotheek", "supermarkt", "winkel", "cafe",
            "restaurant", "garage", "school", "stichting", "firma", "bedrijf", "praktijk");

    /**
     * A capitalised common surname with nothing that makes it a place or a thing ("Volgens Smit is er een
     * huurachterstand"). At the start of a sentence only when it is not an ordinary word ("Smit belde", not
     * "Groen licht") and a lower-case word follows.
     */
    private boolean lonePersonSurname(int i, boolean sentenceStart) {
        int before = i - 1;
        if (tk.isWord(before) && tk.nl[i] == 0 && NOT_A_PERSON_BEFORE.contains(tk.fold[before])) {
            return false;
        }
        if (sentenceStart) {
            int k = tk.nameNext(i);
            return !lex.isWord(tk.fold[i]) && k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && tk.caps[k] == Tokens.LOWER;
        }
        return true;
    }

    /** Capitalised particle i is followed by a capitalised listed surname, with nothing before i that makes a place. */
    private boolean particleSurname(int i) {
        int before = i - 1;
        if (tk.isWord(before) && NOT_A_PERSON_BEFORE.contains(tk.fold[before])) {
            return false; // "in De Bilt", "bij De Waag"
        }
        int k = tk.nameNext(i);
        while (k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && tk.caps[k] == Tokens.LOWER && NAME_PARTICLES.contains(tk.fold[k])) {
            k = tk.nameNext(k); // "Van der Meer"
        }
        return k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && !consumed[k] && tk.caps[k] == Tokens.CAP
                && lex.isSurname(tk.fold[k]);
    }

    /**
     * Capitalised word k after a particle ends a possible name instead of continuing it (issue 12, fifth round: where
     * does a name end?): an organisation ("Meneer Pronk van Veilig Thuis", "van GGD"), or a place or an ordinary word
     * that is no listed surname ("Meneer Pronk van Zeist"); "Molenaar van Dam", "Stam van Leeuwen" go on.
     */
    static boolean notANameAfterParticle(Tokens tk, Lexicon lex, int k) {
        String f = tk.fold[k];
        if (organisationName(tk, lex, k)) {
            return true;
        }
        return !lex.isSurname(f) && (!lex.placesStartingWith(f).isEmpty() || lex.isWord(f));
    }

    /**
     * Token a starts the name of an organisation written without an article: an acronym in capitals ("GGD", "UWV"), a
     * term of the field, also in two words ("Veilig Thuis" for veiligthuis).
     */
    static boolean organisationName(Tokens tk, Lexicon lex, int a) {
        if (!tk.isWord(a) || tk.caps[a] == Tokens.LOWER) {
            return false;
        }
        String f = tk.fold[a];
        if (tk.caps[a] == Tokens.UPPER && tk.end[a] - tk.start[a] >= 2 || lex.isDomainTerm(f)) {
            return true;
        }
        int b = tk.nameNext(a);
        return b >= 0 && tk.nl[b] == 0 && tk.isWord(b) && tk.caps[b] != Tokens.LOWER && lex.isDomainTerm(f + tk.fold[b]);
    }

    private boolean streetAfter(int end) {
        int k = end;
        for (int steps = 0; steps < 3; steps++) {
            k = tk.nameNext(k);
            if (k < 0 || tk.nl[k] > 0 || !tk.isWord(k)) {
                return false;
            }
            if (NameMatcher.isStreetWord(tk.fold[k])) {
                return true;
            }
            if (!NAME_PARTICLES.contains(tk.fold[k]) && tk.caps[k] == Tokens.LOWER) {
                return false;
            }
        }
        return false;
    }

    private static String stripS(String f) {
        return f.endsWith("s") && f.length() > 3 ? f.substring(0, f.length() - 1) : f;
    }

    /** Last token of a title or person word starting at i, or -1. */
    private int cueEnd(int i) {
        String f = tk.fold[i];
        int last;
        if (f.equals("de") && tk.isWord(i + 1) && tk.fold[i + 1].equals("heer")) {
            last = i + 1;
        } else if (tk.is(i, (byte) (Tokens.TITLE | Tokens.CUE))) {
            last = i;
        } else {
            return -1;
        }
        if (tk.is(i, Tokens.TITLE) && tk.isPunct(last + 1, '.') && tk.gap[last + 1] == 0) {
            last++;
        }
        if (tk.isPunct(last + 1, ',') && tk.gap[last + 1] == 0) {
            last++;
        }
        return last;
    }

    private boolean isNameLike(int k) {
        if (!tk.isWord(k) || consumed[k]) {
            return false;
        }
        if (tk.caps[k] == Tokens.CAP) {
            return !tk.sentenceStart(k);
        }
        // "mevrouw van Leeuwen"
        if (NAME_PARTICLES.contains(tk.fold[k])) {
            int k2 = tk.nameNext(k);
            return k2 >= 0 && tk.nl[k2] == 0 && isNameLike(k2);
        }
        return false;
    }

    /**
     * A capitalised word follows: an unknown one, or the start of a mention ("Karim [cliënt …]": another first name
     * before a client's surname, left readable before the marker, is a question for the chair).
     */
    private boolean followedByName(int i) {
        int k = tk.nameNext(i);
        return k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && tk.caps[k] == Tokens.CAP
                && (!consumed[k] || mentionStarts.contains(tk.start[k]));
    }

    private int extend(int s) {
        int end = s;
        while (true) {
            if (tk.end[end] - tk.start[end] == 1 && tk.caps[end] != Tokens.LOWER && tk.isPunct(end + 1, '.')
                    && tk.gap[end + 1] == 0) {
                // "Mw. K. Hofstra", "J.P. Balk": an initial and its dot, then more of the name
                int k = tk.nameNext(end + 1);
                if (k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && !consumed[k] && tk.caps[k] != Tokens.LOWER
                        && tk.gap[k] <= 1) {
                    end = k;
                    continue;
                }
            }
            int k = tk.nameNext(end);
            if (k < 0 || tk.nl[k] > 0 || !tk.isWord(k) || consumed[k]) {
                int h = tk.hyphenNext(end);
                if (h >= 0 && !consumed[h] && tk.caps[h] == Tokens.CAP) {
                    end = h;
                    continue;
                }
                break;
            }
            if (tk.caps[k] == Tokens.CAP && !tk.sentenceStart(k)) {
                end = k;
            } else if (NAME_PARTICLES.contains(tk.fold[k])) {
                int k2 = k;
                while (true) {
                    int k3 = tk.nameNext(k2);
                    if (k3 >= 0 && tk.nl[k3] == 0 && tk.isWord(k3) && !consumed[k3]
                            && NAME_PARTICLES.contains(tk.fold[k3]) && tk.caps[k3] == Tokens.LOWER) {
                        k2 = k3;
                    } else {
                        break;
                    }
                }
                int k3 = tk.nameNext(k2);
                if (k3 >= 0 && tk.nl[k3] == 0 && tk.isWord(k3) && !consumed[k3] && tk.caps[k3] == Tokens.CAP
                        && !notANameAfterParticle(tk, lex, k3)) {
                    end = k3;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return end;
    }
}
