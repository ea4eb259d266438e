package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A person whose name the engine knows: a client, a relative of a client, or a professional. */
final class Person {

    enum Role { CLIENT, RELATIVE, PROFESSIONAL, MELDER }

    /** One part of a surname: "de Jong" in "Visser-de Jong". Prefix words are optional in the text. */
    record Component(String[] prefix, String[] core, String joined) {
        String prefixInitials() {
            StringBuilder sb = new StringBuilder();
            for (String p : prefix) {
                sb.append(p.charAt(0));
            }
            return sb.toString();
        }
    }

    static final Set<String> PARTICLES = Set.of("de", "den", "der", "van", "von", "vander", "vanden", "het", "t",
            "te", "ten", "ter", "la", "le", "du", "da", "di", "dos", "das", "del", "della", "el", "al", "ben", "bin",
            "op", "in", "aan", "uit", "s", "d", "l", "mc", "mac", "o", "lo", "zu", "y",
            // Berber and Arabic: "Aït Haddou", "Ibn Ali", "Ould Mohamed" (issue 12, fourth round)
            "ait", "ibn", "ould", "bint");

    /** Particles written with a hyphen before the surname proper: "Al-Hassan", "El-Amrani", "Aït-Haddou". */
    static final Set<String> HYPHENED_ARTICLES = Set.of("al", "el", "ait", "ben", "ibn", "bin", "abu", "abou", "ould");

    static final Set<String> TITLES = Set.of("dhr", "mw", "mevr", "mevrouw", "meneer", "heer", "mr", "dr", "drs",
            "ir", "prof", "mej", "mejuffrouw", "juffrouw", "juf", "ing");

    /** A title of address (dhr., mw., mevrouw, dr., ...); "heer" only after "de". */
    static boolean isTitle(String folded) {
        return TITLES.contains(folded) && !folded.equals("heer");
    }

    /**
     * Compiled once, not per call (issue 17: a person is built for every client, relative and melder of the vault
     * at every export). {@code SPACES} is {@code [\s]+}, the same as {@code \s+}.
     */
    private static final Pattern SPACES = Pattern.compile("[\\s]+");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s\\-]+");
    private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:()\"]");
    private static final Pattern INITIALS_ONLY = Pattern.compile("(\\p{L}\\.){2,}");
    private static final Pattern NOT_NAME_LETTER = Pattern.compile("[^\\p{L}\\p{M}']");

    final int id;
    final Role role;
    final String caseNumber;
    final String relation;
    final Target target;
    final Set<String> given = new LinkedHashSet<>();
    /** Every name word as written, folded, before {@link Fold#nameKey}: "hoek" (key "huk"), "jongh" (key "jong"). */
    final Set<String> written = new HashSet<>();
    final Set<String> initials = new LinkedHashSet<>();
    final List<Component> components = new ArrayList<>();

    Person(int id, Role role, String caseNumber, String relation) {
        this.id = id;
        this.role = role;
        this.caseNumber = caseNumber;
        this.relation = relation;
        this.target = role == Role.PROFESSIONAL ? null : new Target(caseNumber, role == Role.CLIENT ? null : relation);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String w : SPACES.split(s.trim())) {
            String f = Fold.fold(PUNCTUATION.matcher(w).replaceAll(""));
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    void addGivenNames(String names, boolean forInitials) {
        if (names == null) {
            return;
        }
        StringBuilder ini = new StringBuilder();
        for (String w : SPACES_OR_HYPHENS.split(names.trim())) {
            if (INITIALS_ONLY.matcher(w).matches()) {
                // "A.F.T.H.": initials only
                for (int i = 0; i < w.length(); i += 2) {
                    ini.append(Fold.fold(w.substring(i, i + 1)));
                }
                continue;
            }
            String clean = NOT_NAME_LETTER.matcher(w).replaceAll("");
            if (clean.isEmpty()) {
                continue;
            }
            String f = Fold.fold(clean.toLowerCase(Locale.ROOT));
            if (clean.length() == 1 || (clean.endsWith(".") && clean.length() <= 2)) {
                ini.append(f.charAt(0));
                continue;
            }
            given.add(Fold.nameKey(f));
            written.add(f);
            ini.append(f.charAt(0));
        }
        if (forInitials && !ini.isEmpty()) {
            initials.add(ini.toString());
            initials.add(ini.substring(0, 1));
        }
    }

    void addInitials(String letters) {
        if (!letters.isEmpty()) {
            initials.add(letters);
            initials.add(letters.substring(0, 1));
        }
    }

    /** Initials with the surname's initial after them: "G.B." and "GB" for Gerrit Bakker. */
    void addInitialsWithSurname() {
        String si = surnameInitial();
        if (si == null) {
            return;
        }
        String pre = components.get(0).prefixInitials();
        for (String ini : List.copyOf(initials)) {
            initials.add(ini + si);
            if (!pre.isEmpty()) {
                initials.add(ini + pre + si); // "Y.A.H." for Youssef Aït Haddou, "J.V.D.B." for Jan van den Berg
            }
        }
    }

    /** First letter of the surname proper ("Y" for Yılmaz, "V" for de Vries): "mevrouw Y." */
    String surnameInitial() {
        if (surnameInitial != null) {
            return surnameInitial;
        }
        return components.isEmpty() ? null : components.get(0).core()[0].substring(0, 1);
    }

    /**
     * The surname's first letter as written (folded), not as its name key: "D" of Djwalapersad (key "jwalapersad"),
     * "O" of Oemrawsingh (key "umrawsingh"); issue 12, fifth round ("RKD" for Rajesh Kumar Djwalapersad).
     */
    private String surnameInitial;

    /** prefix may be null; surname may be a double name "Visser-de Jong". */
    void addSurname(String prefix, String surname) {
        if (surname == null || surname.isBlank()) {
            return;
        }
        List<String> pre = words(prefix);
        String[] parts = HYPHEN.split(surname.trim());
        boolean first = true;
        List<String> carried = new ArrayList<>();
        for (int pi = 0; pi < parts.length; pi++) {
            String part = parts[pi];
            List<String> alone = words(part);
            if (pi < parts.length - 1 && alone.size() == 1 && HYPHENED_ARTICLES.contains(alone.get(0))) {
                // "Al-Hassan", "El-Amrani": the Arabic article before a hyphen is the prefix of what follows (issue 12,
                // fifth round), so "Hassan" alone, "Alhassan" and "El Hassan" are the name and "Al" alone is no name
                carried.add(alone.get(0));
                continue;
            }
            // "D'Souza": the apostrophe separates a particle
            List<String> w = words(part.replace('\'', ' ').replace('\u2019', ' '));
            List<String> p = new ArrayList<>();
            if (first) {
                p.addAll(pre);
            }
            p.addAll(carried);
            carried.clear();
            first = false;
            int k = 0;
            while (k < w.size() - 1 && PARTICLES.contains(w.get(k))) {
                p.add(w.get(k));
                k++;
            }
            List<String> core = w.subList(k, w.size()).stream().map(Fold::nameKey).toList();
            written.addAll(w.subList(k, w.size()));
            if (core.isEmpty()) {
                continue;
            }
            if (components.isEmpty() && !w.get(k).isEmpty()) {
                surnameInitial = w.get(k).substring(0, 1);
            }
            String joined = p.isEmpty() && core.size() == 1 ? null : String.join("", p) + String.join("", core);
            components.add(new Component(p.toArray(String[]::new), core.toArray(String[]::new), joined));
        }
    }

    /**
     * "Peter de Vries", "Truus", "M. Bos", "mevrouw Jansen", "Sanne de Wit": given names (or initials),
     * then from the first particle or the last word on, the surname.
     */
    void addFullName(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> raw = new ArrayList<>(List.of(SPACES.split(name.trim())));
        boolean hadTitle = false;
        while (!raw.isEmpty()) {
            String f = Fold.fold(raw.get(0).replace(".", ""));
            if (TITLES.contains(f) || (f.equals("de") && raw.size() > 1
                    && Fold.fold(raw.get(1).replace(".", "")).equals("heer"))) {
                raw.remove(0);
                hadTitle = true;
            } else {
                break;
            }
        }
        if (raw.isEmpty()) {
            return;
        }
        if (raw.size() == 1) {
            if (hadTitle) {
                addSurname(null, raw.get(0));
            } else {
                addGivenNames(raw.get(0), true);
            }
            return;
        }
        int surnameAt = raw.size() - 1;
        for (int i = 1; i < raw.size() - 1; i++) {
            if (PARTICLES.contains(Fold.fold(raw.get(i)))) {
                surnameAt = i;
                break;
            }
        }
        StringBuilder initialLetters = new StringBuilder();
        List<String> givenWords = new ArrayList<>();
        for (String w : raw.subList(0, surnameAt)) {
            String letters = w.replace(".", "");
            if (w.contains(".") && letters.length() <= 3 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                initialLetters.append(Fold.fold(letters));
            } else {
                givenWords.add(w);
            }
        }
        if (!givenWords.isEmpty()) {
            addGivenNames(String.join(" ", givenWords), true);
        }
        addInitials(initialLetters.toString());
        addSurname(null, String.join(" ", raw.subList(surnameAt, raw.size())));
    }

    @Override
    public String toString() {
        return role + " " + caseNumber + " " + given + " " + components.stream()
                .map(c -> String.join(" ", c.prefix()) + "|" + String.join(" ", c.core())).toList();
    }
}
