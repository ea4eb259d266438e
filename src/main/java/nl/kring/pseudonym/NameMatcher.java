package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds names of known people in a tokenised text. Every word is looked up once in the name index
 * (exact, possessive -s stripped, or one edit away); around each hit the longest name of that person
 * is parsed: optional title, given names or initials, surname (prefix optional, double names,
 * joined), reversed order ("Vries, J.P. de") and possessive. The parse is then accepted or rejected
 * on context (capitalisation against the Dutch word list, a different surname following a first name,
 * a street name, a place after "in"...). The longest accepted name wins; several people with the same
 * longest name make an ambiguous mention; a professional's name is left alone.
 */
final class NameMatcher {

    private static final int NONE = 0;
    private static final int EXACT = 1;
    private static final int POSS = 2;
    private static final int FUZZY = 3;

    private static final Set<String> ARTICLES = Set.of("de", "den", "der");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el");
    /** A business before a surname makes it the business's name: "Bakkerij Bos", "Apotheek De Haan". */
    private static final Set<String> BUSINESSES = Set.of("bakkerij", "apotheek", "garage", "slagerij", "kapsalon",
            "cafe", "café", "restaurant", "firma", "fa", "supermarkt", "drogisterij", "boekhandel", "hotel", "pension",
            "snackbar", "makelaardij", "bloemisterij", "bloemenwinkel", "schoenmakerij", "stomerij", "reisbureau",
            "tandartspraktijk", "huisartsenpraktijk", "praktijk", "stichting", "zorgboerderij", "kinderopvang",
            "hoveniersbedrijf", "loodgietersbedrijf", "installatiebedrijf", "schildersbedrijf", "aannemersbedrijf",
            "autobedrijf", "transportbedrijf", "schoonmaakbedrijf", "uitzendbureau", "advocatenkantoor", "notariskantoor",
            "bouwbedrijf", "vishandel", "groentewinkel", "fietsenmaker", "fietsenwinkel", "camping", "sportschool",
            // fifth round of issue 12: more trades and places of business
            "manege", "rijschool", "kwekerij", "brouwerij", "slijterij", "drukkerij", "wasserette", "kapper", "salon",
            "studio", "atelier", "galerie", "uitvaartonderneming", "uitvaartverzorging", "dierenkliniek", "dierenarts",
            "tuincentrum", "bistro", "eetcafe", "lunchroom", "kledingzaak", "juwelier", "opticien");
    private static final String[] BUSINESS_SUFFIXES = {"bedrijf", "winkel", "praktijk", "kantoor", "handel", "zaak",
            "bureau", "centrum", "school", "vereniging", "club", "onderneming", "erij"};
    /** A professional's role before a bare surname: "Huisarts Visser", "Casemanager Mulder". */
    private static final Set<String> PROFESSIONAL_ROLES = Set.of("huisarts", "casemanager", "wijkagent", "agent",
            "psychiater", "psycholoog", "verpleegkundige", "wijkverpleegkundige", "spv", "consulent", "wijkconsulent",
            "bewindvoerder", "advocaat", "notaris", "deurwaarder", "tandarts", "fysiotherapeut", "specialist",
            "wethouder", "burgemeester", "officier", "rechter", "reclasseringswerker", "begeleider", "coach",
            "trajectbegeleider", "jeugdarts", "jeugdverpleegkundige", "leerplichtambtenaar", "leerkracht", "docent",
            "mentor", "directeur", "teamleider", "coördinator", "coordinator", "maatschappelijk", "werker",
            "praktijkondersteuner", "poh", "arts", "dokter", "apotheker", "verloskundige", "ambulancier", "collega",
            "handhaver", "boa", "huismeester", "opzichter");
    private static final Set<String> PREPOSITIONS = Set.of("op", "in", "naar", "bij", "aan", "over", "langs", "via",
            "uit", "voor", "achter", "rond", "om", "tegenover", "vanaf", "tot");
    /** Verbs of a person after a surname at the start of a sentence: "Bos belde", not "Post wordt niet geopend". */
    private static final Set<String> PERSON_VERBS = Set.of("belde", "belt", "zegt", "zei", "kwam", "komt", "gaat",
            "ging", "wil", "wilde", "woont", "woonde", "heeft", "had", "is", "was", "vertelt", "vertelde", "meldt",
            "meldde", "vraagt", "vroeg", "weigert", "weigerde", "krijgt", "kreeg", "laat", "liet", "kan", "kon", "moet",
            "moest", "zal", "zou", "mag", "mocht", "lijkt", "leek", "hoort", "hoorde", "ziet", "zag", "werkt", "werkte",
            "betaalt", "betaalde", "reageert", "reageerde", "klaagt", "klaagde", "slaapt", "sliep", "drinkt", "dronk",
            "gebruikt", "gebruikte", "verblijft", "verbleef", "zit", "zat", "loopt", "liep", "stuurt", "stuurde",
            "schrijft", "schreef", "tekent", "tekende", "geeft", "gaf", "neemt", "nam", "blijft", "bleef", "ontkent",
            "ontkende", "erkent", "erkende", "maakt", "maakte", "zoekt", "zocht", "durft", "durfde",
            "houdt", "hield", "vindt", "vond", "denkt", "dacht", "weet", "wist", "voelt", "voelde", "spreekt", "sprak",
            "antwoordt", "antwoordde", "opende", "opent", "deed", "doet", "staat", "stond", "zelf", "verscheen", "verschijnt", "verhuist", "verhuisde", "accepteert", "accepteerde");
    /**
     * Dutch particles that are also registered as a given name ("Van" of the Vietnamese "Van Minh"): such a word alone
     * is never a mention, also after a title ("Mevrouw Van Dijk", "Van de buren"); it needs another part of the name.
     */
    private static final Set<String> PARTICLE_GIVEN = Set.of("van", "von", "de", "den", "der", "het", "te", "ten",
            "ter", "vander", "vanden", "op", "in", "aan", "uit", "t", "s", "d", "l");
    /** A capitalised word after a bare surname that makes it a company's name: "Bos Transport", "Bakker B.V.". */
    private static final String[] COMPANY_AFTER = {"techniek", "transport", "makelaars", "makelaardij", "installaties",
            "installatie", "bouw", "schilderwerken", "advies", "holding", "logistiek", "verhuizingen", "vastgoed",
            "accountants", "administratie", "schoonmaak", "beveiliging", "catering", "media", "automatisering"};
    private static final Set<String> COMPANY_FORMS = Set.of("bv", "vof", "nv");
    /** Words after a surname and a comma that start a phrase about the person's work: "Jansen, die bij de gemeente werkt". */
    private static final Set<String> WORK_WORDS = Set.of("werkt", "werkte", "werkzaam");
    private static final Set<String> LOCATIVES = Set.of("in", "naar", "uit", "te", "vanuit", "richting", "nabij");
    /** Waters and coasts after "aan (de)" that make the name before it a place: "De Haan aan zee", "… aan de Maas". */
    private static final Set<String> GEOGRAPHIC = Set.of("zee", "kust", "noordzee", "waddenzee", "maas", "rijn", "waal",
            "ijssel", "vecht", "amstel", "schelde", "lek", "zaan", "geul", "dommel", "rivier", "grens", "duinen",
            "meer", "strand", "kanaal", "ijsselmeer");
    /** Titles of a profession: "dr. Van Leeuwen" with the attendee E. van Leeuwen is the attendee, no question. */
    private static final Set<String> ACADEMIC_TITLES = Set.of("dr", "drs", "mr", "prof", "ir", "ing", "ds", "dokter");
    /** A copula after a sentence-opening ordinary-word surname; followed by these, the sentence is about a thing. */
    private static final Set<String> COPULAS = Set.of("is", "was");
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("de", "het", "een", "voor");
    private static final String[] STREET_SUFFIXES = {"straat", "laan", "weg", "plein", "gracht", "kade", "singel",
            "dijk", "pad", "steeg", "hof", "park", "dreef", "baan", "markt", "plantsoen", "boulevard", "wal", "kanaal",
            "straatweg", "erf", "veld", "ring", "poort", "brug", "haven", "dam", "burg"};
    private static final Set<String> NOT_BEFORE_INITIAL = Set.of("bijlage", "vitamine", "plan", "fase", "punt", "groep",
            "klas", "type", "stap", "optie", "blok", "categorie", "niveau", "route", "scenario", "variant", "artikel",
            "lid", "sub", "hoofdstuk", "paragraaf", "versie", "afdeling", "gebouw", "ingang", "vak", "serie", "model",
            "zone", "pagina", "deel", "kamer", "zaal", "lokaal", "unit", "team", "vitamines", "hepatitis", "bijlagen");

    private final Tokens tk;
    private final NameIndex index;
    private final Lexicon lex;
    private final boolean[] consumed;
    private final List<Mention> mentions;
    private final List<Suspect> suspects;
    /** Suspects raised while rejecting a reading; kept only if no mention ends up covering them. */
    private final List<Suspect> pending = new ArrayList<>();
    private List<String>[] fuzzyCache;

    NameMatcher(Tokens tk, NameIndex index, Lexicon lex, boolean[] consumed, List<Mention> mentions,
                List<Suspect> suspects) {
        this.tk = tk;
        this.index = index;
        this.lex = lex;
        this.consumed = consumed;
        this.mentions = mentions;
        this.suspects = suspects;
    }

    /** A parsed name of one person over tokens [s, e]. */
    private static final class Parse {
        final Person p;
        int s;
        int e;
        boolean title;
        int given;
        boolean initials;
        int initialsLength;
        boolean surname;
        boolean prefixUsed;
        boolean multiComp;
        boolean reversed;
        boolean poss;
        boolean fuzzy;
        Person.Component comp;
        final List<Integer> nameTokens = new ArrayList<>(4);
        final List<Integer> fuzzyTokens = new ArrayList<>(1);

        Parse(Person p, int s) {
            this.p = p;
            this.s = s;
        }

        boolean strong() {
            return title || reversed || multiComp || ((given > 0 || initials) && surname) || given >= 2
                    || (surname && comp != null && comp.core().length >= 2); // "Bewonerscommissie van de Kerkstraat"
        }
    }

    @SuppressWarnings("unchecked")
    void run() {
        fuzzyCache = new List[tk.n];
        for (int i = 0; i < tk.n; i++) {
            if (consumed[i] || tk.type[i] != Tokens.WORD) {
                continue;
            }
            Set<Person> candidates = candidatesAt(i);
            if (candidates.isEmpty()) {
                continue;
            }
            List<Parse> accepted = new ArrayList<>(candidates.size());
            for (Person p : candidates) {
                Parse r = parseAround(p, i);
                if (r != null && accept(r)) {
                    accepted.add(r);
                }
            }
            if (accepted.isEmpty()) {
                continue;
            }
            int best = 0;
            for (Parse r : accepted) {
                best = Math.max(best, tk.end[r.e] - tk.start[r.s]);
            }
            List<Parse> top = new ArrayList<>();
            for (Parse r : accepted) {
                if (tk.end[r.e] - tk.start[r.s] == best) {
                    top.add(r);
                }
            }
            // equal length but different placement: keep the leftmost
            int s = top.stream().mapToInt(r -> r.s).min().orElseThrow();
            top.removeIf(r -> r.s != s);
            int e = top.get(0).e;
            // a professional's name written in full (initials or given name and surname) is the professional
            boolean professionalInFull = top.stream().anyMatch(r -> r.p.role == Person.Role.PROFESSIONAL
                    && (r.given > 0 || r.initials) && r.surname);
            boolean anyKnown = !professionalInFull
                    && top.stream().anyMatch(r -> r.p.role != Person.Role.PROFESSIONAL);
            for (int k = s; k <= e; k++) {
                consumed[k] = true;
            }
            if (!anyKnown) {
                // "mevrouw Jansen" while the attendee is Fenna Jansen: perhaps her, perhaps a neighbour of the same name;
                // left, and a possible name for the chair (a professional written in full, or with a title of a
                // profession such as "dr.", is no question)
                if (!professionalInFull && top.stream().allMatch(r -> r.title && r.given == 0 && !r.initials)
                        && !ACADEMIC_TITLES.contains(tk.fold[s])) {
                    suspects.add(new Suspect(tk.start[s], tk.end[e], tk.text.substring(tk.start[s], tk.end[e]),
                            "titel met de achternaam van een professional: is die bedoeld?"));
                }
                i = e;
                continue;
            }
            // a name part that a melder shares with a professional who is someone else ("Kwakkelstein" for melder Ans
            // Kwakkelstein and P. Kwakkelstein of the GGZ): "[melder]" may be a false statement, the name may be the
            // melder's; the chair decides, as for an unknown name (issue 11)
            boolean sharedWithProfessional = top.stream().anyMatch(r -> r.p.role == Person.Role.PROFESSIONAL)
                    && top.stream().allMatch(r -> r.p.role == Person.Role.PROFESSIONAL || r.p.role == Person.Role.MELDER);
            if (sharedWithProfessional) {
                suspects.add(new Suspect(tk.start[s], tk.end[e], tk.text.substring(tk.start[s], tk.end[e]),
                        "naam van een melder en van een professional: wie is bedoeld?"));
                i = e;
                continue;
            }
            emit(top, s, e);
            i = e;
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        pending.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int x = 0;
        for (Suspect sp : pending) {
            while (x < mentions.size() && mentions.get(x).end() <= sp.start()) {
                x++;
            }
            boolean overlaps = x < mentions.size() && mentions.get(x).start() < sp.end();
            if (!overlaps) {
                suspects.add(sp);
            } else if (mentions.get(x).start() > sp.start()) {
                // "Hazelaar van [melder]": the words before the mention are still a possible name, not dropped with it
                Suspect before = before(sp, mentions.get(x).start());
                if (before != null) {
                    suspects.add(before);
                }
            }
        }
    }

    /** The part of a suspect before {@code cut}, without trailing white space and particles ("van", "de"), or null. */
    private Suspect before(Suspect sp, int cut) {
        String t = tk.text.substring(sp.start(), cut);
        String trimmed = t;
        while (true) {
            String stripped = trimmed.stripTrailing();
            int sp2 = stripped.lastIndexOf(' ');
            String last = stripped.substring(sp2 + 1);
            if (sp2 > 0 && Person.PARTICLES.contains(Fold.fold(last))) {
                trimmed = stripped.substring(0, sp2);
            } else {
                trimmed = stripped;
                break;
            }
        }
        return trimmed.isBlank() ? null : new Suspect(sp.start(), sp.start() + trimmed.length(), trimmed, sp.reason());
    }

    private static final String[] PLAIN_STREET_SUFFIXES = {"straat", "laan", "weg", "plein", "gracht", "kade", "singel",
            "steeg", "dreef", "plantsoen", "boulevard", "straatweg"};

    /** Ends in a word that only streets end in ("straat", "laan", "weg"), not in one that surnames share ("veld", "dijk"). */
    static boolean isPlainStreetWord(String f) {
        for (String suf : PLAIN_STREET_SUFFIXES) {
            if (f.endsWith(suf) && f.length() > suf.length()) {
                return true;
            }
        }
        return false;
    }

    static boolean isStreetWord(String f) {
        for (String suf : STREET_SUFFIXES) {
            if (f.endsWith(suf) && f.length() > suf.length()) {
                return true;
            }
        }
        return false;
    }

    private void emit(List<Parse> top, int s, int e) {
        Set<String> clientCases = new LinkedHashSet<>();
        for (Parse r : top) {
            if (r.p.role == Person.Role.CLIENT) {
                clientCases.add(r.p.caseNumber);
            }
        }
        Set<Target> targets = new LinkedHashSet<>();
        boolean approximate = false;
        for (Parse r : top) {
            if (r.p.role == Person.Role.PROFESSIONAL) {
                continue;
            }
            if ((r.p.role == Person.Role.RELATIVE || r.p.role == Person.Role.MELDER) && clientCases.contains(r.p.caseNumber)) {
                continue; // shares the client's surname: the client it is
            }
            targets.add(r.p.target);
            approximate |= r.fuzzy;
        }
        // a client's name is the client's, also when a melder of another case has it too ("Bakker"); where no client
        // is meant, a melder who shares a relative's name is the melder (the sister who reported): masked either way,
        // and one marker, never "[zus van cliënt 2026-031 of melder]"
        if (targets.stream().anyMatch(Target::isClient)) {
            targets.removeIf(Target::isMelder);
        } else if (targets.stream().anyMatch(Target::isMelder)) {
            targets.removeIf(t -> !t.isMelder());
        }
        boolean allRelatives = targets.stream().noneMatch(Target::isClient);
        boolean allMelders = targets.stream().allMatch(Target::isMelder);
        Kind kind = allMelders ? Kind.MELDER : allRelatives ? Kind.RELATIVE_NAME : Kind.CLIENT_NAME;
        mentions.add(new Mention(tk.start[s], tk.end[e], kind, List.copyOf(targets), approximate));
    }

    // ---------------------------------------------------------------- candidates

    private Set<Person> candidatesAt(int i) {
        String f = tk.key[i];
        NameIndex.Hit[] hits = index.exact(f);
        boolean maybe = hits != null || (f.length() > 2 && f.endsWith("s")) || tk.caps[i] != Tokens.LOWER;
        if (!maybe) {
            return Set.of();
        }
        Set<Person> out = new LinkedHashSet<>();
        if (hits != null) {
            for (NameIndex.Hit h : hits) {
                out.add(h.person());
            }
        }
        if (f.length() > 2 && f.endsWith("s")) {
            NameIndex.Hit[] h2 = index.exact(f.substring(0, f.length() - 1));
            if (h2 != null) {
                for (NameIndex.Hit h : h2) {
                    out.add(h.person());
                }
            }
        }
        String stem = diminutiveStem(i);
        if (stem != null && index.exact(stem) != null) {
            for (NameIndex.Hit h : index.exact(stem)) {
                if (h.part() == NameIndex.Hit.GIVEN) {
                    out.add(h.person());
                }
            }
        }
        if (out.isEmpty()) {
            for (String key : fuzzy(i)) {
                for (NameIndex.Hit h : index.exact(key)) {
                    out.add(h.person());
                }
            }
        }
        String mixed = mixedGivenInitials(i);
        if (mixed != null && index.byInitials(mixed) != null) {
            out.addAll(List.of(index.byInitials(mixed)));
        }
        String bare = bareInitials(i);
        if (bare != null && !(i > 0 && bareInitials(i - 1) != null) && !(i > 1 && tk.isPunct(i - 1, '.')
                && bareInitials(i - 2) != null)) {
            Person[] ps = index.byInitials(bare);
            if (ps != null) {
                out.addAll(List.of(ps));
            }
            if (tk.end[i] - tk.start[i] == 1) {
                ps = index.byInitialSet(bare); // "A J" for Jan Adriaan
                if (ps != null) {
                    out.addAll(List.of(ps));
                }
            }
        }
        if (tk.isInitial(i) && tk.caps[i] != Tokens.LOWER && !(tk.isPunct(i - 1, '.') && tk.gap[i] <= 1
                && tk.isInitial(i - 2))) {
            String letters = initialsAt(i);
            Person[] ps = index.byInitials(letters);
            if (ps != null) {
                for (Person p : ps) {
                    out.add(p);
                }
            }
            if (letters.length() == 1 && titleBefore(i)) {
                out.addAll(index.bySurnameInitial(letters));
            }
        }
        return out;
    }

    private static final String[] DIMINUTIVES = {"tje", "pje", "etje", "je", "ke", "ie"};

    /** "Quirijntje" → "quirijn", "Annemiekje" → "annemiek": the given name under a capitalised diminutive, or null. */
    private String diminutiveStem(int i) {
        if (tk.caps[i] != Tokens.CAP) {
            return null;
        }
        String f = tk.key[i];
        for (String suf : DIMINUTIVES) {
            if (f.length() >= suf.length() + 3 && f.endsWith(suf)) {
                String stem = f.substring(0, f.length() - suf.length());
                if (index.isKey(stem)) {
                    return stem;
                }
            }
        }
        return null;
    }

    /** A title ends right before token i ("mevrouw Y.", "dhr. B."). */
    private boolean titleBefore(int i) {
        return titleBefore(tk, i);
    }

    /** As {@link #titleBefore(int)} in these tokens; also {@link IdentityKeys}'s test for "mevrouw Y.". */
    static boolean titleBefore(Tokens tk, int i) {
        int k = i - 1;
        if (tk.isPunct(k, '.')) {
            k--;
        }
        if (!tk.isWord(k) || tk.nl[i] > 1) {
            return false;
        }
        return tk.is(k, Tokens.TITLE) || (tk.fold[k].equals("heer") && tk.isWord(k - 1) && tk.fold[k - 1].equals("de"));
    }

    private List<String> fuzzy(int i) {
        List<String> c = fuzzyCache[i];
        if (c == null) {
            String f = tk.key[i];
            if (tk.caps[i] == Tokens.LOWER || f.length() < NameIndex.MIN_FUZZY_LENGTH - 1 || index.isKey(f)) {
                c = List.of();
            } else {
                c = index.fuzzy(f);
                // an ordinary Dutch word is never taken by a spelling convention without strong context (accept), and most
                // capitalised words are sentence openers: not looked up, which keeps a keystroke's re-recognition cheap
                List<String> sound = lex.isWord(tk.fold[i]) ? List.of() : index.soundAlike(f);
                if (!sound.isEmpty()) {
                    // spelling conventions of transliterated names ("Wahjoe" for Wahyu, "Chong" for Tjong), also with a typo
                    c = new ArrayList<>(c);
                    for (String k : sound) {
                        if (!c.contains(k)) {
                            c.add(k);
                        }
                    }
                }
                if (!f.equals(tk.fold[i])) {
                    // a typo may create an "ij" that is not one letter: "Sastrowijdojo"
                    List<String> plain = index.fuzzy(tk.fold[i]);
                    if (!plain.isEmpty()) {
                        c = new ArrayList<>(c);
                        for (String k : plain) {
                            if (!c.contains(k)) {
                                c.add(k);
                            }
                        }
                    }
                }
            }
            fuzzyCache[i] = c;
        }
        return c;
    }

    /** The letters of an initials chain starting at i: "J.P." → "jp". */
    private String initialsAt(int i) {
        StringBuilder sb = new StringBuilder();
        int k = i;
        while (tk.isInitial(k) && tk.caps[k] != Tokens.LOWER) {
            sb.append(tk.fold[k]);
            int next = k + 2;
            if (next < tk.n && tk.gap[next] <= 1 && tk.nl[next] == 0 && tk.isInitial(next)
                    && tk.caps[next] != Tokens.LOWER) {
                k = next;
            } else {
                break;
            }
        }
        return sb.toString();
    }

    /** Index of the last token ('.') of the initials chain at i if its letters are p's; else -1. */
    private int initialsEnd(Person p, int i) {
        if (!tk.isInitial(i) || tk.caps[i] == Tokens.LOWER) {
            return -1;
        }
        String letters = initialsAt(i);
        if (!p.initials.contains(letters)) {
            return -1;
        }
        return i + 2 * letters.length() - 1; // letter, dot, letter, dot...
    }

    /**
     * Initials written without the usual dots, at token i: one upper-case word of two to five letters that is no
     * word or title ("AFTH", "HJ", "JJ"), or two or more single capitals separated by spaces, with at least one
     * without its dot ("A J", "A. J"). The folded letters, or null.
     */
    private String bareInitials(int i) {
        if (!tk.isWord(i) || consumed[i]) {
            return null;
        }
        int len = tk.end[i] - tk.start[i];
        if (tk.caps[i] == Tokens.UPPER && len >= 2 && len <= 5) {
            String f = tk.fold[i];
            if (f.length() != len || lex.isWord(f) || Person.TITLES.contains(f) || tk.isPunct(i + 1, '.')) {
                return null;
            }
            return f;
        }
        return bareChainEnd(i) >= 0 ? chainLetters(i) : null;
    }

    /** The last token of a chain of single capitals at i ("A J", "A. J"), or -1 when it is not one. */
    private int bareChainEnd(int i) {
        int k = i;
        int letters = 0;
        boolean undotted = false;
        int last = -1;
        while (tk.isWord(k) && !consumed[k] && tk.end[k] - tk.start[k] == 1 && tk.caps[k] != Tokens.LOWER
                && (k == i || tk.nl[k] == 0)) {
            letters++;
            last = k;
            int after = k + 1;
            if (tk.isPunct(after, '.') && tk.gap[after] == 0) {
                last = after;
                after++;
            } else {
                undotted = true;
            }
            if (after < tk.n && tk.gap[after] > 0 && tk.gap[after] <= 2) {
                k = after;
            } else {
                break;
            }
        }
        return letters >= 2 && undotted ? last : -1;
    }

    private String chainLetters(int i) {
        StringBuilder sb = new StringBuilder();
        int end = bareChainEnd(i);
        for (int k = i; k <= end; k++) {
            if (tk.isWord(k)) {
                sb.append(tk.fold[k]);
            }
        }
        return sb.toString();
    }

    /**
     * One word of initials with the surname's prefix in lower case ("KvdB", "JvD", "MdK"): the folded given-name
     * initials when they and the prefix and surname initials are p's, else null. Not when a hyphen joins another word
     * ("VvdB-fractie").
     */
    private String mixedInitials(Person p, int j) {
        String given = mixedGivenInitials(j);
        if (given == null || !p.initials.contains(given)) {
            return null;
        }
        String w = tk.text.substring(tk.start[j], tk.end[j]);
        int lowerEnd = w.length() - 1;
        String prefix = Fold.fold(w.substring(given.length(), lowerEnd));
        String surnameInitial = Fold.fold(w.substring(lowerEnd));
        for (Person.Component c : p.components) {
            if (c.prefix().length > 0 && c.prefixInitials().equals(prefix) && c.core().length > 0
                    && c.core()[0].startsWith(surnameInitial)) {
                return given;
            }
        }
        return null;
    }

    /** The folded leading capitals of a word shaped like "KvdB" (capitals, 1–3 lower-case letters, a capital), or null. */
    private String mixedGivenInitials(int j) {
        if (!tk.isWord(j) || consumed[j] || tk.caps[j] != Tokens.CAP || tk.hyphenNext(j) >= 0
                || tk.isPunct(j + 1, '-') && tk.gap[j + 1] == 0) {
            return null;
        }
        String w = tk.text.substring(tk.start[j], tk.end[j]);
        int n = w.length();
        if (n < 3 || n > 8 || !Character.isUpperCase(w.charAt(n - 1))) {
            return null;
        }
        int u = 0;
        while (u < n && Character.isUpperCase(w.charAt(u))) {
            u++;
        }
        int l = u;
        while (l < n && Character.isLowerCase(w.charAt(l))) {
            l++;
        }
        if (u == 0 || u > 4 || l - u < 1 || l - u > 3 || l != n - 1) {
            return null;
        }
        return Fold.fold(w.substring(0, u));
    }

    /** Last token of bare initials of p at i ({@link #bareInitials}), or -1. */
    private int bareInitialsEnd(Person p, int i) {
        String letters = bareInitials(i);
        if (letters == null) {
            return -1;
        }
        boolean chain = tk.end[i] - tk.start[i] == 1;
        if (p.initials.contains(letters)) {
            return chain ? bareChainEnd(i) : i;
        }
        if (chain) {
            String set = NameIndex.sorted(letters);
            for (String ini : p.initials) {
                if (ini.length() >= 2 && NameIndex.sorted(ini).equals(set)) {
                    return bareChainEnd(i);
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- token matches

    private int givenMatch(Person p, int j) {
        if (!tk.isWord(j) || consumed[j]) {
            return NONE;
        }
        String f = tk.key[j];
        if (p.given.contains(f)) {
            return EXACT;
        }
        if (f.length() > 2 && f.endsWith("s") && p.given.contains(f.substring(0, f.length() - 1))) {
            return POSS;
        }
        String stem = diminutiveStem(j);
        if (stem != null && p.given.contains(stem)) {
            return FUZZY; // "Quirijntje": approximate, like a typo
        }
        for (String k : fuzzy(j)) {
            if (p.given.contains(k)) {
                return FUZZY;
            }
        }
        return NONE;
    }

    private int wordMatch(String key, int j) {
        if (!tk.isWord(j) || consumed[j]) {
            return NONE;
        }
        String f = tk.key[j];
        if (f.equals(key)) {
            return EXACT;
        }
        if (f.length() == key.length() + 1 && f.endsWith("s") && f.startsWith(key)) {
            return POSS;
        }
        if (fuzzy(j).contains(key)) {
            return FUZZY;
        }
        return NONE;
    }

    /** Last token index of a title starting at j ("dhr.", "mevrouw", "de heer"), or -1. */
    private int titleEnd(int j) {
        if (!tk.isWord(j) || consumed[j]) {
            return -1;
        }
        String f = tk.fold[j];
        int last;
        if (f.equals("de") && tk.isWord(j + 1) && tk.fold[j + 1].equals("heer") && tk.nameNext(j) == j + 1) {
            last = j + 1;
        } else if (tk.is(j, Tokens.TITLE)) {
            last = j;
        } else {
            return -1;
        }
        if (tk.isPunct(last + 1, '.') && tk.gap[last + 1] == 0) {
            last++;
        }
        return last;
    }

    /** Next token after a name part: across spaces/one newline. */
    private int next(int j) {
        int k = tk.nameNext(j);
        return k >= 0 && !consumed[k] ? k : -1;
    }

    // ---------------------------------------------------------------- parsing

    private Parse parseAround(Person p, int a) {
        List<Integer> starts = new ArrayList<>(4);
        starts.add(a);
        int k = a;
        for (int steps = 0; steps < 8; steps++) {
            int prev = leftNeighbour(k);
            if (prev < 0 || consumed[prev] || !plausibleStart(p, prev)) {
                break;
            }
            starts.add(prev);
            k = prev;
        }
        for (int x = starts.size() - 1; x >= 0; x--) {
            int s = starts.get(x);
            Parse r = parseFrom(p, s);
            if (r != null && r.s <= a && r.e >= a) {
                return r;
            }
        }
        return null;
    }

    private boolean plausibleStart(Person p, int s) {
        if (!tk.isWord(s)) {
            return false;
        }
        String f = tk.fold[s];
        if (titleEnd(s) >= 0 || f.equals("heer") || givenMatch(p, s) != NONE || initialsEnd(p, s) >= 0
                || tk.is(s, Tokens.PARTICLE)) {
            return true;
        }
        if (tk.end[s] - tk.start[s] == 1 && tk.isPunct(s + 1, '.')) {
            return true; // inside an initials chain or "v.d."
        }
        if (tk.end[s] - tk.start[s] == 1 && tk.caps[s] != Tokens.LOWER || bareInitialsEnd(p, s) >= 0) {
            return true; // "A J Jansen", "HJ Bakker"
        }
        for (Person.Component c : p.components) {
            for (String w : c.core()) {
                if (wordMatch(w, s) != NONE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The token just before s when it is in the same paragraph, else -1: the recogniser never looks across a blank
     * line, so that recognising paragraph by paragraph (IncrementalRecognizer) equals recognising the whole text.
     */
    private int wordBefore(int s) {
        return s > 0 && tk.nl[s] <= 1 ? s - 1 : -1;
    }

    /** The token that could precede k inside a name, or -1. */
    private int leftNeighbour(int k) {
        if (k <= 0 || tk.nl[k] > 1) {
            return -1;
        }
        int p = k - 1;
        if (tk.type[p] == Tokens.WORD) {
            return tk.gap[k] > 0 ? p : -1;
        }
        if (tk.type[p] == Tokens.PUNCT && tk.punct[p] == '.' && tk.gap[p] == 0 && tk.isWord(p - 1)) {
            // "J." "dhr." "v.d."
            return p - 1;
        }
        if (tk.type[p] == Tokens.PUNCT && (tk.punct[p] == '-' || tk.punct[p] == '\'') && tk.gap[p] == 0
                && tk.gap[k] == 0 && tk.isWord(p - 1)) {
            return p - 1;
        }
        return -1;
    }

    private Parse parseFrom(Person p, int s) {
        Parse r = new Parse(p, s);
        int j = s;
        int t = titleEnd(j);
        if (t >= 0) {
            r.title = true;
            j = next(t);
            if (j < 0) {
                return null;
            }
        }
        int last = -1;
        if (!r.title && mixedInitials(p, j) != null) {
            // "KvdB": given-name initials, the prefix's in lower case and the surname's, in one word
            r.initials = true;
            r.initialsLength = mixedInitials(p, j).length();
            r.surname = true;
            r.nameTokens.add(j);
            r.e = j;
            return r;
        }
        if (r.title && tk.isInitial(j) && tk.caps[j] != Tokens.LOWER && initialsAt(j).length() == 1) {
            // "mevrouw Y.": with a title, a lone initial is the surname's
            int after = next(j + 1);
            int[] probe = after >= 0 ? matchSurname(p, after, new Parse(p, after)) : null;
            if (probe == null && after >= 0 && tk.nl[after] == 0 && tk.isWord(after) && tk.caps[after] != Tokens.LOWER
                    && otherSurname(after)) {
                return null; // "Dhr. B. Jansen": the given-name initial of someone else, not the surname's initial
            }
            if (probe == null) {
                // not for a melder: a part of the name or organisation is the melder, a lone initial is not (it
                // would make every "mr. P." or "Mw. V." of the vault a melder, "P." being "Politie ...")
                if (p.role == Person.Role.MELDER || !tk.fold[j].equals(p.surnameInitial())) {
                    return null;
                }
                r.initials = true;
                r.initialsLength = 1;
                r.e = j + 1;
                return r;
            }
        }
        while (j >= 0) {
            int m = givenMatch(p, j);
            if (m == NONE) {
                break;
            }
            r.given++;
            r.nameTokens.add(j);
            if (m == FUZZY) {
                r.fuzzy = true;
                r.fuzzyTokens.add(j);
            }
            last = j;
            if (m == POSS) {
                r.poss = true;
                break;
            }
            int h = tk.hyphenNext(j);
            if (h >= 0 && givenMatch(p, h) != NONE) {
                j = h;
                continue;
            }
            j = next(j);
        }
        if (r.given == 0 && j >= 0) {
            int ie = initialsEnd(p, j);
            int be = ie < 0 ? bareInitialsEnd(p, j) : -1;
            if (ie >= 0) {
                r.initials = true;
                r.initialsLength = (ie - j + 1) / 2;
                last = ie;
                j = next(ie);
            } else if (be >= 0) {
                r.initials = true;
                r.initialsLength = bareInitials(j).length();
                last = be;
                j = next(be);
            }
        }
        if (!r.poss && j >= 0) {
            int[] sm = matchSurname(p, j, r);
            if (sm != null) {
                r.surname = true;
                last = sm[0];
            }
        }
        if (last < 0) {
            return null;
        }
        if (r.surname && r.given == 0 && !r.initials && !r.poss) {
            int rev = reversedTail(p, r, last);
            if (rev >= 0) {
                r.reversed = true;
                last = rev;
            }
        }
        if (!r.poss && tk.isPunct(last + 1, '\'') && tk.gap[last + 1] == 0) {
            if (tk.isWord(last + 2) && tk.gap[last + 2] == 0 && tk.fold[last + 2].equals("s")) {
                last += 2;
                r.poss = true;
            } else if (tk.isWord(last)) {
                String f = tk.fold[last];
                char c = f.charAt(f.length() - 1);
                if (c == 's' || c == 'x' || c == 'z') {
                    last += 1;
                    r.poss = true;
                }
            }
        }
        r.e = last;
        return r;
    }

    /** ", J.P. de" / ", Jan" after a surname: the end of that tail, or -1. */
    private int reversedTail(Person p, Parse r, int last) {
        if (!tk.isPunct(last + 1, ',') || tk.gap[last + 1] != 0) {
            return -1;
        }
        int j = tk.nameNext(last + 1);
        if (j < 0 || consumed[j]) {
            return -1;
        }
        int end = -1;
        int g = 0;
        while (j >= 0 && givenMatch(p, j) == EXACT) {
            end = j;
            g++;
            j = next(j);
        }
        if (g == 0) {
            int ie = initialsEnd(p, j);
            if (ie < 0) {
                return -1;
            }
            end = ie;
            j = next(ie);
        }
        // trailing prefix: "Vries, J.P. de"
        if (j >= 0 && r.comp != null && r.comp.prefix().length > 0 && !r.prefixUsed) {
            int k = j;
            int lastPrefix = -1;
            for (String pw : r.comp.prefix()) {
                if (k >= 0 && tk.isWord(k) && tk.fold[k].equals(pw)) {
                    lastPrefix = k;
                    k = next(k);
                } else {
                    lastPrefix = -1;
                    break;
                }
            }
            if (lastPrefix >= 0) {
                end = lastPrefix;
            }
        }
        r.given += g;
        return end;
    }

    /** Matches a surname of p at j; returns {lastToken} or null, recording details in r. */
    private int[] matchSurname(Person p, int j, Parse r) {
        int bestEnd = -1;
        Parse bestInfo = null;
        for (Person.Component c : p.components) {
            Parse info = new Parse(p, j);
            int end = matchComponent(c, j, info);
            if (end < 0) {
                continue;
            }
            info.comp = c;
            // double name: "Visser-de Jong", "Visser - De Jong"
            int h = tk.hyphenNext(end);
            if (h >= 0 && !info.poss) {
                for (Person.Component c2 : p.components) {
                    if (c2 == c) {
                        continue;
                    }
                    Parse info2 = new Parse(p, h);
                    int end2 = matchComponent(c2, h, info2);
                    if (end2 >= 0) {
                        end = end2;
                        info.multiComp = true;
                        info.poss = info2.poss;
                        info.fuzzy |= info2.fuzzy;
                        info.nameTokens.addAll(info2.nameTokens);
                        info.fuzzyTokens.addAll(info2.fuzzyTokens);
                        break;
                    }
                }
            }
            if (end > bestEnd || (end == bestEnd && info.prefixUsed && !bestInfo.prefixUsed)) {
                bestEnd = end;
                bestInfo = info;
            }
        }
        if (bestInfo == null) {
            return null;
        }
        r.comp = bestInfo.comp;
        r.prefixUsed = bestInfo.prefixUsed;
        r.multiComp = bestInfo.multiComp;
        r.poss |= bestInfo.poss;
        r.fuzzy |= bestInfo.fuzzy;
        r.nameTokens.addAll(bestInfo.nameTokens);
        r.fuzzyTokens.addAll(bestInfo.fuzzyTokens);
        return new int[] {bestEnd};
    }

    private int matchComponent(Person.Component c, int j, Parse info) {
        // joined: "Devries", "Vandenberg"
        if (c.joined() != null) {
            int m = wordMatch(c.joined(), j);
            if (m != NONE) {
                info.nameTokens.add(j);
                info.prefixUsed = true;
                if (m == FUZZY) {
                    info.fuzzy = true;
                    info.fuzzyTokens.add(j);
                }
                info.poss = m == POSS;
                return j;
            }
        }
        int coreStart = j;
        if (c.prefix().length > 0) {
            int k = matchPrefix(c, j);
            if (k >= 0) {
                coreStart = k;
                info.prefixUsed = true;
            }
        }
        int end = matchCore(c, coreStart, info);
        if (end < 0 && info.prefixUsed) {
            info.prefixUsed = false;
            end = matchCore(c, j, info);
        }
        return end;
    }

    /** After the prefix of c at j ("de", "van den", "v.d.", "El-"): the index of the first core token, or -1. */
    private int matchPrefix(Person.Component c, int j) {
        int k = j;
        boolean all = true;
        int lastTok = -1;
        for (int x = 0; x < c.prefix().length; x++) {
            String pw = c.prefix()[x];
            if (k >= 0 && tk.isWord(k) && !consumed[k] && (tk.fold[k].equals(pw)
                    || x > 0 && ARTICLES.contains(pw) && ARTICLES.contains(tk.fold[k])
                    || ARABIC_ARTICLES.contains(pw) && ARABIC_ARTICLES.contains(tk.fold[k]))) {
                // "El Hassan" for "Al-Hassan": one Arabic article, two transcriptions
                // "Van den Heide" for "Van der Heide": the article after "van" is often misremembered
                lastTok = k;
                k = advance(k);
            } else {
                all = false;
                break;
            }
        }
        if (all && lastTok >= 0) {
            return k;
        }
        // abbreviations: "v.d.", "v/d", "vd", "v."
        String pi = c.prefixInitials();
        if (tk.isWord(j) && !consumed[j] && tk.caps[j] != Tokens.UPPER) {
            if (tk.fold[j].equals(pi) && pi.length() > 1) {
                int e = tk.isPunct(j + 1, '.') && tk.gap[j + 1] == 0 ? j + 1 : j;
                return next(e);
            }
            StringBuilder sb = new StringBuilder();
            int x = j;
            int lastDot = -1;
            while (tk.isWord(x) && tk.end[x] - tk.start[x] == 1 && (tk.isPunct(x + 1, '.') || tk.isPunct(x + 1, '/'))
                    && tk.gap[x + 1] == 0) {
                sb.append(tk.fold[x]);
                lastDot = x + 1;
                if (tk.isWord(x + 2) && tk.gap[x + 2] == 0) {
                    x = x + 2;
                } else {
                    break;
                }
            }
            if (lastDot >= 0 && !tk.isPunct(lastDot, '.') && tk.isWord(lastDot + 1) && tk.gap[lastDot + 1] == 0) {
                // "v/d": the last letter has no dot
                sb.append(tk.fold[lastDot + 1]);
                lastDot = lastDot + 1;
            }
            if (lastDot >= 0 && sb.toString().equals(pi) && tk.caps[j] == Tokens.LOWER) {
                return next(lastDot);
            }
        }
        return -1;
    }

    /** Next token after a prefix word: a space or a hyphen ("El-Amrani"). */
    private int advance(int k) {
        if ((tk.isPunct(k + 1, '-') || tk.isPunct(k + 1, '\'')) && tk.gap[k + 1] == 0 && tk.isWord(k + 2)
                && tk.gap[k + 2] == 0) {
            return k + 2; // "El-Amrani", "D'Souza"
        }
        return next(k);
    }

    private int matchCore(Person.Component c, int j, Parse info) {
        String[] core = c.core();
        int k = j;
        int last = -1;
        List<Integer> toks = new ArrayList<>(core.length);
        boolean fuzzy = false;
        boolean poss = false;
        for (int x = 0; x < core.length; x++) {
            if (k < 0) {
                return -1;
            }
            int m = wordMatch(core[x], k);
            if (m == NONE || (m == POSS && x < core.length - 1)) {
                return -1;
            }
            toks.add(k);
            if (m == FUZZY) {
                fuzzy = true;
                info.fuzzyTokens.add(k);
            }
            poss = m == POSS;
            last = k;
            if (x < core.length - 1) {
                k = advance(k);
            }
        }
        info.nameTokens.addAll(toks);
        info.fuzzy |= fuzzy;
        info.poss = poss;
        return last;
    }

    // ---------------------------------------------------------------- acceptance

    private boolean accept(Parse r) {
        boolean strong = r.strong() || prefixAfterPreposition(r);
        for (int t : r.nameTokens) {
            String f = tk.fold[t];
            boolean fz = r.fuzzyTokens.contains(t);
            if (tk.caps[t] == Tokens.LOWER) {
                if (fz) {
                    return false;
                }
                if (!strong && !lowerGivenNameWithVerb(r)
                        && (lex.isWord(f) || (f.endsWith("s") && lex.isWord(f.substring(0, f.length() - 1))))) {
                    return false;
                }
            }
            if (fz && !strong && lex.isKnown(f) && !givenNameVariant(r, t) && !spellingVariant(r, t)) {
                return false;
            }
            if (!fz && !strong && tk.caps[t] != Tokens.LOWER && lex.isWord(f) && !r.p.written.contains(f)
                    && !r.p.written.contains(possessiveStem(f))) {
                // "Huk" is Hoek only by the oe/u convention of its key, and "huk" is a Dutch word: not without context
                return false;
            }
        }
        if (!strong && r.surname && r.given == 0 && !r.initials) {
            for (int t : r.fuzzyTokens) {
                String f = tk.fold[t];
                char lastChar = f.charAt(f.length() - 1);
                if ("aeiou".indexOf(lastChar) >= 0 && index.isKey(f.substring(0, f.length() - 1))) {
                    pending.add(suspectSpan(r.s, r.e, "lijkt op de naam van een cliënt, maar is een andere naam"));
                    return false; // "Bouzidi" is another family than "Bouzid"
                }
            }
        }
        if (r.given > 0 && !r.surname && !r.initials && !r.reversed
                && r.nameTokens.stream().allMatch(t -> PARTICLE_GIVEN.contains(tk.fold[t]))) {
            return false; // "Van de buren", "Mevrouw Van Dijk" for a client whose given names are "Van Minh"
        }
        boolean onlyInitials = r.initials && !r.surname && r.given == 0;
        boolean onlyGiven = r.given > 0 && !r.surname && !r.initials && !r.reversed;
        boolean onlySurname = r.surname && r.given == 0 && !r.initials && !r.reversed;
        if (!r.title && (onlySurname || onlyGiven) && inPlaceName(r, onlySurname)) {
            return false; // "Bergen op Zoom", "Hoek van Holland", "naar Hoek", "De Haan aan zee", "het Haagse Bos"
        }
        if (onlyGiven && !r.title && businessBefore(r.s)) {
            return false; // "Kapsalon Linda", "Bloemenhandel De Roos": a business named with a client's given name
        }
        if (onlyInitials && !r.title) {
            int after = tk.nameNext(r.e);
            if (after >= 0 && tk.nl[after] == 0 && tk.isWord(after) && tk.caps[after] != Tokens.LOWER
                    && !tk.sentenceStart(after) && bareInitials(after) == null) {
                return false; // "M. Bos": initials of someone else
            }
            int before = wordBefore(r.s);
            if (tk.isWord(before) && NOT_BEFORE_INITIAL.contains(tk.fold[before])) {
                return false; // "bijlage B."
            }
            int close = tk.isPunct(r.e + 1, '.') && tk.gap[r.e + 1] == 0 ? r.e + 2 : r.e + 1;
            if (r.initialsLength == 1 && tk.isPunct(r.s - 1, '(') && tk.gap[r.s] == 0 && tk.isPunct(close, ')')) {
                return false; // "Stein (L.)": a province, a note; a lone initial in brackets names nobody
            }
            if (r.initialsLength == 1 && tk.isWord(before) && tk.caps[before] != Tokens.LOWER && !tk.sentenceStart(before)
                    && !Person.PARTICLES.contains(tk.fold[before])) {
                return false; // "Henk J."
            }
        }
        if (onlyGiven && r.poss && r.given == 1) {
            int before = wordBefore(r.s);
            if (r.title || tk.isWord(before) && tk.nl[r.s] == 0 && tk.caps[r.s] != Tokens.LOWER
                    && NameWords.ROLE_WORDS.contains(tk.fold[before])) {
                return false; // "dr. Pieters", "Buurman Pieters": a surname, not the possessive of the client's Pieter
            }
        }
        if (onlyGiven && !r.title) {
            int after = tk.nameNext(r.e);
            if (after >= 0 && tk.nl[after] == 0 && tk.isWord(after) && tk.caps[after] != Tokens.LOWER
                    && !tk.sentenceStart(after) && titleEnd(after) < 0 && !r.poss) {
                pending.add(suspectSpan(r.s, after, "voornaam gevolgd door een onbekende achternaam"));
                return false; // "Henk Smit": another Henk
            }
            if (streetFollows(r.e)) {
                return false; // "Jan van Galenstraat"
            }
        }
        if ((onlySurname || onlyGiven && r.given == 1) && !r.title && !r.poss && otherFirstNameBefore(r.s)) {
            // "Mustafa Özkan, een buurman": someone else with the client's surname; left, a possible name for the chair
            pending.add(suspectSpan(r.s - 1, r.e, "andere voornaam voor de achternaam van een cliënt"));
            return false;
        }
        if (onlySurname && !r.poss && tk.isPunct(r.e + 1, ',') && tk.gap[r.e + 1] == 0 && worksAt(r.e + 2)) {
            // "Jansen, die bij de gemeente werkt": most likely a professional, but a client may work there too; left,
            // and a possible name for the chair to judge
            pending.add(suspectSpan(r.s, r.e, "achternaam van een cliënt, gevolgd door waar iemand werkt"));
            return false;
        }
        if (onlySurname && !r.poss && organisationAfter(r.e) && !professionalAfter(r.e, true)) {
            // "mevrouw Bakker van de Turkse vrouwenvereniging": left, and a possible name for the chair
            pending.add(suspectSpan(r.s, r.e, "achternaam van een cliënt, gevolgd door een organisatie"));
            return false;
        }
        if (onlySurname && !r.poss && roleAfterComma(r.e)) {
            return false; // "Dekker, de nieuwe huisarts,", "Vos, psychiater daar,": a professional, as in brackets
        }
        if (onlySurname && !r.prefixUsed) {
            int van = foreignVanBefore(r);
            if (van >= 0) {
                // "Mevr. Van Dekker" while the client is Dekker: a prefix the client does not have is someone else; left,
                // and a possible name for the chair
                pending.add(suspectSpan(van, r.e, "achternaam van een cliënt met een voorvoegsel dat de cliënt niet heeft"));
                return false;
            }
        }
        if ((onlySurname || onlyGiven) && !r.poss && professionalAfter(r.e, onlySurname)) {
            return false; // "mevrouw Jansen van de sociale dienst", "Sanne (GGD)": a professional by context
        }
        if (onlySurname && !r.title && !r.poss && !surnameInPersonContext(r)) {
            return false;
        }
        if (onlySurname && !r.title && r.nameTokens.size() == 1 && NameWords.ROLE_WORDS.contains(tk.fold[r.s])) {
            return false; // "Buurman" alone is a neighbour, even when someone is called Ans Buurman
        }
        if (onlySurname && !r.title && !r.prefixUsed && r.comp != null && r.comp.prefix().length > 0) {
            int before = wordBefore(r.s);
            if (tk.isWord(before) && LOCATIVES.contains(tk.fold[before])) {
                return false; // "in Vries": the village
            }
        }
        if ((onlySurname || onlyGiven) && !r.title && streetFollowsTight(r.e)) {
            return false;
        }
        return true;
    }

    /** Organisations after "van de"/"van het" that make the person before it one of their staff. */
    private static final Set<String> STAFF_OF = Set.of("sociale", "gemeente", "ggd", "ggz", "politie", "corporatie",
            "woningcorporatie", "woningbouw", "woningbouwvereniging", "thuiszorg", "wijkteam", "buurtteam", "school",
            "reclassering", "kredietbank", "uwv", "jeugdzorg", "dienst", "huisartsenpraktijk", "praktijk", "stichting",
            "bewindvoering", "schuldhulpverlening", "verslavingszorg", "opvang", "rechtbank", "raad", "wijkagent",
            "brandweer", "ambulance", "crisisdienst", "woonstichting", "zorginstelling", "instelling", "kliniek",
            "ziekenhuis", "apotheek", "vangnet");

    /**
     * Organisations in lower case in brackets after a name that say where a professional works: "Bakker (wijkteam)".
     * Not the places a client may be in ("(kliniek)", "(opvang)", "(school)"): those say nothing about a profession.
     */
    private static final Set<String> BRACKET_EMPLOYERS = Set.of("wijkteam", "buurtteam", "ggd", "ggz", "politie",
            "gemeente", "thuiszorg", "reclassering", "woningcorporatie", "corporatie", "woonstichting", "uwv",
            "jeugdzorg", "schuldhulpverlening", "bewindvoering", "verslavingszorg", "vangnet", "crisisdienst",
            "brandweer", "ambulance", "kredietbank", "sociale");

    /**
     * The person named before token e is a professional by what follows: "van de sociale dienst", "van het
     * wijkteam", or an organisation in brackets "(GGD)".
     */
    private boolean professionalAfter(int e, boolean surname) {
        if (tk.isPunct(e + 1, '(') && tk.nl[e + 1] == 0 && tk.isWord(e + 2) && tk.isPunct(e + 3, ')')) {
            String f = tk.fold[e + 2];
            // "Sanne (GGD)", "Bakker (wijkteam)", "Bos (huisarts)"
            return tk.caps[e + 2] == Tokens.UPPER && tk.end[e + 2] - tk.start[e + 2] >= 2
                    || BRACKET_EMPLOYERS.contains(f) || PROFESSIONAL_ROLES.contains(f);
        }
        if (tk.isPunct(e + 1, '(') && tk.nl[e + 1] == 0 && tk.isWord(e + 2) && tk.gap[e + 2] == 0
                && (PROFESSIONAL_ROLES.contains(tk.fold[e + 2]) || BRACKET_EMPLOYERS.contains(tk.fold[e + 2]))) {
            // "Hazelaar (huisarts in Overvecht)", "dr. Vos (psychiater daar)": a role with more words, closed on the line
            for (int k = e + 3; k < tk.n && k <= e + 10 && tk.nl[k] == 0; k++) {
                if (tk.isPunct(k, ')')) {
                    return true;
                }
                if (tk.isPunct(k, '(') || tk.isPunct(k, ':')) {
                    break; // "(coach: Mirjam)" says who the coach is
                }
            }
        }
        int k = tk.nameNext(e);
        if (k < 0 || tk.nl[k] > 0) {
            return false;
        }
        // only after a surname: "Roos van de crisisdienst" may well be the client Roos, known there
        if (surname && tk.isWord(k) && tk.fold[k].equals("van")) {
            int a = tk.nameNext(k);
            if (a >= 0 && tk.isWord(a) && (tk.fold[a].equals("de") || tk.fold[a].equals("het") || tk.fold[a].equals("der"))) {
                int o = tk.nameNext(a);
                return o >= 0 && tk.nl[o] == 0 && tk.isWord(o) && STAFF_OF.contains(tk.fold[o]);
            }
        }
        return false;
    }

    private static String possessiveStem(String f) {
        return f.length() > 2 && f.endsWith("s") ? f.substring(0, f.length() - 1) : f;
    }

    /** Strong past tenses (and "werd") of verbs said of people: "Molenaar sloeg de deur dicht", "Klok viel". */
    private static final Set<String> STRONG_PAST = Set.of("viel", "vielen", "vocht", "sloeg", "brak", "reed", "sprong",
            "stal", "at", "vloog", "vertrok", "verdween", "verloor", "won", "begon", "kocht", "bracht", "zong", "zwom",
            "schoot", "stak", "trok", "lag", "stierf", "koos", "beet", "bood", "vergat", "hielp", "riep", "hing", "ving",
            "droeg", "schrok", "kroop", "greep", "keek", "leed", "verliet", "zweeg", "loog", "bedroog", "gooide", "werd",
            "ontsnapte", "vluchtte", "dreigde", "schold", "vloekte", "sloot", "dook", "verscheen", "ontving", "verbleef",
            "overleed", "verhuisde", "belandde", "raakte", "weigerde", "ontkende", "wees", "gleed", "smeet");

    /** Verbs after a sentence-opening lower-case word that say nothing about a person ("iris is een bloem"). */
    private static final Set<String> THING_VERBS = Set.of("is", "was", "heeft", "had", "zit", "zat", "staat", "stond",
            "komt", "kwam", "gaat", "ging", "blijft", "bleef", "lijkt", "leek", "zelf", "kan", "kon", "moet", "moest",
            "zal", "zou", "mag", "mocht", "laat", "liet", "maakt", "maakte", "geeft", "gaf");

    /** Prepositions after which a lower-case "van" starts a surname, not a phrase: "afspraak met van dijk". */
    private static final Set<String> PERSON_PREPOSITIONS = Set.of("met", "bij", "aan", "voor", "door", "over", "naar",
            "tegen", "namens", "volgens", "zonder", "tussen", "en");

    /** "met van woud": a lower-case "van" + surname right after a preposition is the name (two prepositions never meet). */
    private boolean prefixAfterPreposition(Parse r) {
        if (!r.prefixUsed || !r.surname || !tk.isWord(r.s) || !tk.fold[r.s].equals("van")) {
            return false;
        }
        int b = wordBefore(r.s);
        return tk.isWord(b) && tk.nl[r.s] == 0 && PERSON_PREPOSITIONS.contains(tk.fold[b]);
    }

    /**
     * A lower-case given name alone that opens a sentence, followed by a verb of a person that is no verb of a thing
     * ("merel belde", "iris wil"; not "iris is een bloem"): a chair typing fast.
     */
    private boolean lowerGivenNameWithVerb(Parse r) {
        if (r.given != 1 || r.surname || r.initials || r.nameTokens.size() != 1 || !tk.sentenceStart(r.s)) {
            return false;
        }
        int after = tk.nameNext(r.e);
        return after >= 0 && tk.nl[after] == 0 && tk.isWord(after) && !THING_VERBS.contains(tk.fold[after])
                && (PERSON_VERBS.contains(tk.fold[after]) || STRONG_PAST.contains(tk.fold[after])
                || weakPastTense(tk.fold[after]));
    }

    /**
     * After the surname ending at e: a comma, an optional article or possessive and up to two lower-case words, then a
     * professional's role, on the same line ("Dekker, de nieuwe huisarts,", "Vos, psychiater daar,").
     */
    private boolean roleAfterComma(int e) {
        if (!tk.isPunct(e + 1, ',') || tk.gap[e + 1] != 0) {
            return false;
        }
        int k = e + 2;
        if (!tk.isWord(k) || tk.nl[k] > 0) {
            return false;
        }
        if (NOUN_PHRASE_OPENERS.contains(tk.fold[k]) || tk.fold[k].equals("haar") || tk.fold[k].equals("zijn")) {
            k = tk.nameNext(k);
        }
        for (int x = 0; x < 3 && k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && tk.caps[k] == Tokens.LOWER; x++) {
            if (PROFESSIONAL_ROLES.contains(tk.fold[k])) {
                int after = tk.nameNext(k);
                // "Dekker, de huisarts Pronk en ...": the role is Pronk's, a list of people
                return !(after >= 0 && tk.nl[after] == 0 && tk.isWord(after) && tk.caps[after] != Tokens.LOWER);
            }
            k = tk.nameNext(k);
        }
        return false;
    }

    /**
     * "Mevr. Van Dekker", "met Van Dekker": a "van" (with "de"/"der"/"den") right before r's bare surname that the
     * client's name does not have, capitalised in mid-sentence or after a title. The first token to flag (the title,
     * else "van"), or -1.
     */
    private int foreignVanBefore(Parse r) {
        if (r.comp == null || List.of(r.comp.prefix()).contains("van") || tk.nl[r.s] > 0) {
            return -1;
        }
        int b = r.s - 1;
        while (tk.isWord(b) && tk.caps[b] == Tokens.LOWER && ARTICLES.contains(tk.fold[b]) && tk.nl[b + 1] == 0) {
            b--;
        }
        if (!tk.isWord(b) || !tk.fold[b].equals("van") || tk.nl[b + 1] > 0) {
            return -1;
        }
        if (titleBefore(b)) {
            int t = b - 1;
            if (tk.isPunct(t, '.')) {
                t--;
            }
            return tk.fold[t].equals("heer") ? t - 1 : t;
        }
        return tk.caps[b] != Tokens.LOWER && !tk.sentenceStart(b) ? b : -1;
    }

    /**
     * After the surname ending at e, "van de/het" and up to two words before an organisation word ("van de Turkse
     * vrouwenvereniging", "van het buurtcentrum"): perhaps someone who works there, perhaps a client who goes there.
     */
    private boolean organisationAfter(int e) {
        int k = tk.nameNext(e);
        if (k < 0 || tk.nl[k] > 0 || !tk.isWord(k) || !tk.fold[k].equals("van")) {
            return false;
        }
        int a = tk.nameNext(k);
        if (a >= 0 && tk.nl[a] == 0 && SuspectFinder.organisationName(tk, lex, a)) {
            return true; // "van Veilig Thuis", "van GGD", "van Buurtzorg": an organisation named without an article
        }
        if (a < 0 || !tk.isWord(a) || !(tk.fold[a].equals("de") || tk.fold[a].equals("het") || tk.fold[a].equals("der"))) {
            return false;
        }
        int o = tk.nameNext(a);
        for (int x = 0; x < 3 && o >= 0 && tk.nl[o] == 0 && tk.isWord(o); x++) {
            if (isOrganisation(o)) {
                return true;
            }
            o = tk.nameNext(o);
        }
        return false;
    }

    private boolean isOrganisation(int o) {
        String f = tk.fold[o];
        return STAFF_OF.contains(f) || MEMBERS_OF.contains(f) || isBusinessWord(f);
    }

    /** Clubs and congregations: "mevrouw Nguyen van de Vietnamese vereniging" is a member or works there. */
    private static final Set<String> MEMBERS_OF = Set.of("vereniging", "moskee", "kerk", "parochie", "synagoge",
            "tempel", "gemeenschap", "club", "bond", "buurthuis", "wijkcentrum", "buurtcentrum", "bewonerscommissie");

    /**
     * Token s (a client's bare surname) follows, in the same line, a capitalised word that is no Dutch word, term of the
     * field, title, role, place or business and no name of anyone the engine knows ("Mustafa Özkan", "Burak Yılmaz", "Huseyin
     * Kaya"): another person with the client's surname.
     */
    private boolean otherFirstNameBefore(int s) {
        int b = s - 1;
        if (!tk.isWord(b) || consumed[b] || tk.nl[s] > 0 || tk.gap[s] == 0 || tk.caps[b] != Tokens.CAP) {
            return false;
        }
        String f = tk.fold[b];
        // a listed given name that is also a word ("Wim", "Bas") counts in mid-sentence: "Een collega, Wim de Ruiter,"
        boolean givenWord = lex.isFirstName(f) && !tk.sentenceStart(b);
        if (f.length() < 3 || lex.isWord(f) && !givenWord || lex.isDomainTerm(f) || index.isKey(tk.key[b]) || !fuzzy(b).isEmpty()
                || NameWords.ROLE_WORDS.contains(f) || tk.is(b, (byte) (Tokens.TITLE | Tokens.CUE))
                || BUSINESSES.contains(f) || isBusinessWord(f) || PROFESSIONAL_ROLES.contains(f) || placeEnd(b) >= 0) {
            return false;
        }
        if ((f.endsWith("se") || f.endsWith("sche")) && !lex.isFirstName(f)) {
            return false; // "de Turkse Vos": an adjective of origin before the client, not a given name
        }
        return true; // a listed given name, a proper name of the word list ("Huseyin") or an unknown word ("Burak")
    }

    /**
     * A weak past tense ("huilde", "twijfelde", "leefde", "fietste"): the word less -de/-te is a stem whose infinitive
     * (stem + -en, with a long vowel written single, f→v, s→z) is a Dutch word. Said of people far more than of things.
     */
    private boolean weakPastTense(String f) {
        if (f.length() < 5 || !(f.endsWith("de") || f.endsWith("te"))) {
            return false;
        }
        String stem = f.substring(0, f.length() - 2);
        List<String> stems = new ArrayList<>(4);
        stems.add(stem);
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 2) == stem.charAt(n - 3) && "aeou".indexOf(stem.charAt(n - 2)) >= 0) {
            stems.add(stem.substring(0, n - 2) + stem.charAt(n - 1)); // "maak" → "mak(en)"
        }
        for (String st : List.copyOf(stems)) {
            char last = st.charAt(st.length() - 1);
            if (last == 'f') {
                stems.add(st.substring(0, st.length() - 1) + "v");
            } else if (last == 's') {
                stems.add(st.substring(0, st.length() - 1) + "z");
            }
        }
        for (String st : stems) {
            if (lex.isWord(st + "en")) {
                return true;
            }
        }
        return false;
    }

    /**
     * From token k (after "Jansen,") a phrase about where the person works, within the sentence: "die bij de gemeente
     * werkt", "die voor Woonstichting Het Dak werkt", "werkzaam bij de GGD". It needs a work word and a preposition
     * followed by an organisation (an organisation word or a capitalised name); "die bij de gemeente een uitkering
     * aanvroeg" is not one.
     */
    private boolean worksAt(int k) {
        if (!tk.isWord(k) || tk.nl[k] > 0) {
            return false;
        }
        String first = tk.fold[k];
        boolean work = WORK_WORDS.contains(first);
        if (!work && !first.equals("die")) {
            return false;
        }
        boolean organisation = false;
        int j = k + 1;
        for (int steps = 0; steps < 9 && j < tk.n && tk.nl[j] == 0; steps++, j++) {
            if (!tk.isWord(j)) {
                if (tk.type[j] == Tokens.PUNCT && ".,;:!?()".indexOf(tk.punct[j]) >= 0) {
                    break;
                }
                continue;
            }
            String f = tk.fold[j];
            if (WORK_WORDS.contains(f)) {
                work = true;
            }
            if ((f.equals("bij") || f.equals("voor") || f.equals("op")) && tk.isWord(j + 1)) {
                int o = j + 1;
                if (tk.isWord(o) && (tk.fold[o].equals("de") || tk.fold[o].equals("het")) && tk.isWord(o + 1)) {
                    o++;
                }
                organisation |= isOrganisation(o) || tk.caps[o] != Tokens.LOWER && !index.isKey(tk.key[o]);
            }
        }
        return work && organisation;
    }

    /**
     * A bare surname (no title, given name or initials) is a mention unless its context makes it something else: a
     * business ("Bakkerij Bos"), a professional by role ("Huisarts Visser"), a place ("op de Dam", "Bos en
     * Lommer"), or an ordinary word opening a sentence without a verb of a person after it ("Post wordt niet meer
     * geopend", "Groen licht van de gemeente"); the last is still a possible name for the chair.
     */
    private boolean surnameInPersonContext(Parse r) {
        int before = r.s - 1;
        if (tk.isWord(before) && tk.nl[r.s] == 0) {
            String b = tk.fold[before];
            if (PROFESSIONAL_ROLES.contains(b) || businessBefore(r.s)) {
                return false;
            }
            if ((b.equals("de") || b.equals("het")) && tk.caps[before] == Tokens.LOWER && tk.isWord(before - 1)
                    && PREPOSITIONS.contains(tk.fold[before - 1])) {
                return false; // "op de Dam"
            }
        }
        int after = tk.nameNext(r.e);
        if (after >= 0 && tk.nl[after] == 0 && tk.isWord(after) && tk.caps[after] != Tokens.LOWER
                && isCompanyAfter(after)) {
            return false; // "Bos Transport", "Bakker Installatietechniek", "Bos B.V."
        }
        if (after >= 0 && tk.nl[after] == 0 && tk.isWord(after) && tk.fold[after].equals("en")) {
            int y = tk.nameNext(after);
            if (y >= 0 && tk.nl[y] == 0 && tk.isWord(y) && tk.caps[y] == Tokens.CAP && !index.isKey(tk.key[y])
                    && fuzzy(y).isEmpty() && !lex.isSurname(tk.fold[y]) && !lex.isFirstName(tk.fold[y])) {
                return false; // "Bos en Lommer"
            }
        }
        int first = r.nameTokens.isEmpty() ? r.s : r.nameTokens.get(0);
        if (!r.prefixUsed && r.nameTokens.size() == 1 && tk.caps[first] == Tokens.CAP && lex.isWord(tk.fold[first])
                && after >= 0 && tk.nl[after] == 0 && tk.gap[after] == 1 && tk.isWord(after)
                && tk.caps[after] == Tokens.CAP && !tk.sentenceStart(after) && !index.isKey(tk.key[after])
                && titleEnd(after) < 0 && !PERSON_VERBS.contains(tk.fold[after])) {
            // "Slager Sjaak", "Bakker Brouwers": an ordinary-word surname before an unknown capitalised word is a brand or
            // a shop ("the butcher Sjaak"), or someone written surname first: left, a possible name for the chair
            pending.add(suspectSpan(r.s, after, "naam van een cliënt in wat een bedrijfs- of merknaam lijkt"));
            return false;
        }
        if (!r.prefixUsed && r.nameTokens.size() == 1 && tk.caps[first] == Tokens.CAP && lex.isWord(tk.fold[first])) {
            int other = otherFullSurnameAfter(r.p, r.e);
            if (other >= 0) {
                // "Bakker de Groot", "Molenaar van Dam": an ordinary-word surname before someone else's whole surname is
                // a shop named after its owner ("the baker De Groot"), or a double name nobody registered: left, and a
                // possible name for the chair
                pending.add(suspectSpan(r.s, other, "naam van een cliënt in wat een bedrijfs- of merknaam lijkt"));
                return false;
            }
        }
        if (after >= 0 && tk.nl[after] == 0 && tk.caps[after] != Tokens.LOWER && givenMatch(r.p, after) == EXACT) {
            return true; // "Slager Henk belde": surname first, then the client's own given name
        }
        if (!r.prefixUsed && tk.sentenceStart(r.s) && tk.caps[first] != Tokens.UPPER && lex.isWord(tk.fold[first])) {
            boolean verb = after >= 0 && tk.nl[after] == 0 && tk.isWord(after)
                    && (PERSON_VERBS.contains(tk.fold[after]) || STRONG_PAST.contains(tk.fold[after])
                    || weakPastTense(tk.fold[after]));
            if (verb && COPULAS.contains(tk.fold[after])) {
                // "Post is een zorg", "Bos is voor hem een veilige plek": what the thing is; "Post is opgenomen" is a person
                int o = tk.nameNext(after);
                verb = !(o >= 0 && tk.nl[o] == 0 && tk.isWord(o) && NOUN_PHRASE_OPENERS.contains(tk.fold[o]));
            }
            if (!verb) {
                pending.add(suspectSpan(r.s, r.e, "achternaam van een cliënt die hier ook een gewoon woord kan zijn"));
                return false;
            }
        }
        return true;
    }

    /**
     * A business word right before token s ("Bakkerij Bos", "Kapsalon Linda"), or before an article and s ("Restaurant
     * De Dam", "Café 't Bos", "Bloemenhandel De Roos").
     */
    private boolean businessBefore(int s) {
        int before = s - 1;
        if (!tk.isWord(before) || tk.nl[s] > 0) {
            return false;
        }
        String b = tk.fold[before];
        if (BUSINESSES.contains(b) || isBusinessWord(b)) {
            return true;
        }
        int k = before;
        if ((b.equals("de") || b.equals("het") || b.equals("t") || b.equals("den")) && tk.nl[k] == 0) {
            k--;
            if (tk.isPunct(k, '\'') && tk.nl[k + 1] == 0) {
                k--;
            }
            return tk.isWord(k) && tk.nl[k + 1] == 0 && (BUSINESSES.contains(tk.fold[k]) || isBusinessWord(tk.fold[k]));
        }
        return false;
    }

    /**
     * The name parsed in r is (part of) a place (places.txt): a longer place name around it ("Bergen op Zoom", "Hoek
     * van Holland", "Berkel-Enschot"); a surname that is itself a place after "in"/"naar"/"uit" ("naar Hoek"),
     * before "aan (de)" and a water or coast ("De Haan aan zee") or before "bij" and another place ("Hoek bij
     * Terneuzen"); or a surname after an adjective made from a place ("het Haagse Bos", "het Amsterdamse Bos").
     */
    private boolean inPlaceName(Parse r, boolean surname) {
        for (int a = Math.max(0, r.s - 4); a <= r.s; a++) {
            if (!tk.isWord(a) || a < r.s && tk.nl[r.s] > 0) {
                continue;
            }
            int e = placeEnd(a);
            if (e < r.e) {
                continue;
            }
            if (a < r.s || e > r.e) {
                return true;
            }
            if (!surname) {
                continue;
            }
            // the name is the whole place name: a place only where the words around it say so, and then still a
            // question for the chair ("de brief gaat naar Hoek" may mean the person)
            int before = wordBefore(r.s);
            if (tk.isWord(before) && tk.nl[r.s] == 0 && tk.caps[before] == Tokens.LOWER && LOCATIVES.contains(tk.fold[before])) {
                return placeQuestion(r);
            }
            int k = tk.nameNext(r.e);
            if (k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && tk.fold[k].equals("aan")) {
                int o = tk.nameNext(k);
                for (int x = 0; x < 3 && o >= 0 && tk.nl[o] == 0 && tk.isWord(o); x++) {
                    if (GEOGRAPHIC.contains(tk.fold[o])) {
                        return placeQuestion(r);
                    }
                    o = tk.nameNext(o);
                }
            }
            if (k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && tk.fold[k].equals("bij")) {
                int o = tk.nameNext(k);
                if (o >= 0 && tk.nl[o] == 0 && tk.isWord(o) && tk.caps[o] != Tokens.LOWER && placeEnd(o) >= 0
                        && !index.isKey(tk.key[o])) {
                    return placeQuestion(r);
                }
            }
        }
        if (surname && r.nameTokens.size() == 1) {
            int b = r.s - 1;
            if (tk.isWord(b) && tk.nl[r.s] == 0 && tk.gap[r.s] == 1 && tk.caps[b] == Tokens.CAP && !tk.sentenceStart(b)) {
                String f = tk.fold[b];
                String stem = f.endsWith("sche") ? f.substring(0, f.length() - 4)
                        : f.endsWith("se") ? f.substring(0, f.length() - 2) : null;
                return stem != null && stem.length() >= 3 && lex.isPlaceWord(stem);
            }
        }
        return false;
    }

    private boolean placeQuestion(Parse r) {
        pending.add(suspectSpan(r.s, r.e, "naam van een cliënt die hier ook een plaats kan zijn"));
        return true;
    }

    /** The last token of the longest place name of places.txt starting at word token a, or -1. */
    private int placeEnd(int a) {
        int best = -1;
        for (Lexicon.Place pl : lex.placesStartingWith(tk.fold[a])) {
            int j = a;
            boolean ok = true;
            for (int w = 0; w < pl.words().length; w++) {
                if (w > 0) {
                    int k = j + 1;
                    while (k < tk.n && tk.type[k] == Tokens.PUNCT && (tk.punct[k] == '-' || tk.punct[k] == '\'')
                            && tk.nl[k] == 0) {
                        k++;
                    }
                    j = k;
                }
                if (j >= tk.n || !tk.isWord(j) || tk.nl[j] > 0 && w > 0 || !tk.fold[j].equals(pl.words()[w])
                        || pl.capital()[w] && tk.caps[j] == Tokens.LOWER) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                best = Math.max(best, j);
            }
        }
        return best;
    }

    private static boolean isBusinessWord(String f) {
        for (String suf : BUSINESS_SUFFIXES) {
            if (f.length() > suf.length() + 2 && f.endsWith(suf)) {
                return true;
            }
        }
        return false;
    }

    /** Word k names a company after a surname: a business word, a trade ("Transport") or a legal form ("B.V."). */
    private boolean isCompanyAfter(int k) {
        String f = tk.fold[k];
        if (COMPANY_FORMS.contains(f) || isBusinessWord(f)) {
            return true;
        }
        for (String suf : COMPANY_AFTER) {
            if (f.endsWith(suf)) {
                return true;
            }
        }
        // "B.V.", "N.V."
        return (f.equals("b") || f.equals("n")) && tk.isPunct(k + 1, '.') && tk.gap[k + 1] == 0 && tk.isWord(k + 2)
                && tk.gap[k + 2] == 0 && tk.fold[k + 2].equals("v");
    }

    /**
     * "Adriana" for Adriaan, "Johanne" for Johanna: a capitalised given name one edit from the client's own, of six
     * letters or more, that is no ordinary word. Taken as the client (the safe side: a name is not left readable).
     */
    /**
     * Token t, capitalised and no ordinary word, differs from a name of r's person only by a spelling convention
     * ({@link Fold#spellingKey}: "Mahabier" for "Mahabir"): the same name, also when the word list knows the variant
     * as a name of its own (a typo match of a known name is refused otherwise: "Jansen" is not "Janssen").
     */
    private boolean spellingVariant(Parse r, int t) {
        if (tk.caps[t] == Tokens.LOWER || lex.isWord(tk.fold[t])) {
            return false;
        }
        String sk = Fold.spellingKey(tk.key[t]);
        for (String k : fuzzy(t)) {
            if (Fold.spellingKey(k).equals(sk) && (r.p.given.contains(k)
                    || r.p.components.stream().anyMatch(c -> List.of(c.core()).contains(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word after a title and an initial that reads as a surname: a listed surname, a name on the agenda,
     * or a word the word list does not have as an ordinary word ("Jansen", "Hofstra"); not "Hij" or "Daarna", which
     * open the next sentence after "mevrouw Y.".
     */
    private boolean otherSurname(int k) {
        String f = tk.fold[k];
        if (titleEnd(k) >= 0 || Person.PARTICLES.contains(f)) {
            return false;
        }
        return lex.isSurname(f) || index.isKey(tk.key[k]) || !lex.isWord(f) && f.length() >= 2;
    }

    private static final Set<String> SURNAME_PREFIXES = Set.of("de", "van", "ten", "ter", "den", "der", "te");

    /**
     * After token e, a lower-case surname prefix ("de", "van", "van der") and a capitalised listed surname that is no
     * name of p ("de Groot", "van Dam"): the last token of that surname, else -1.
     */
    private int otherFullSurnameAfter(Person p, int e) {
        int k = tk.nameNext(e);
        int prefixes = 0;
        while (k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && tk.caps[k] == Tokens.LOWER
                && SURNAME_PREFIXES.contains(tk.fold[k]) && prefixes < 3) {
            prefixes++;
            k = tk.nameNext(k);
        }
        if (prefixes == 0 || k < 0 || tk.nl[k] > 0 || !tk.isWord(k) || tk.caps[k] != Tokens.CAP || consumed[k]
                || !lex.isSurname(tk.fold[k])) {
            return -1;
        }
        String key = tk.key[k];
        boolean own = p.given.contains(key) || p.components.stream().anyMatch(c -> List.of(c.core()).contains(key));
        return own ? -1 : k;
    }

    private boolean givenNameVariant(Parse r, int t) {
        String f = tk.fold[t];
        return r.p.role == Person.Role.CLIENT && r.given > 0 && !r.surname && r.nameTokens.size() == 1
                && tk.caps[t] == Tokens.CAP && f.length() >= 6 && !lex.isWord(f);
    }

    private boolean streetFollows(int e) {
        int k = e;
        for (int steps = 0; steps < 4; steps++) {
            k = tk.nameNext(k);
            if (k < 0 || tk.nl[k] > 0 || !tk.isWord(k)) {
                return false;
            }
            String f = tk.fold[k];
            for (String suf : STREET_SUFFIXES) {
                if (f.endsWith(suf) && f.length() > suf.length()) {
                    return true;
                }
            }
            if (tk.caps[k] == Tokens.LOWER && (!Person.PARTICLES.contains(f) || NOT_IN_STREET_NAMES.contains(f))) {
                return false; // "dochter Lina op Rijnlaan 130": "op" is where she lives, not part of a street's name
            }
        }
        return false;
    }

    /** Particles that are prepositions before a street rather than part of a street named after a person. */
    private static final Set<String> NOT_IN_STREET_NAMES = Set.of("op", "in", "aan", "uit");

    private boolean streetFollowsTight(int e) {
        int k = tk.hyphenNext(e);
        if (k < 0) {
            return false;
        }
        String f = tk.fold[k];
        for (String suf : STREET_SUFFIXES) {
            if (f.equals(suf) || f.endsWith(suf)) {
                return true;
            }
        }
        return false;
    }

    private Suspect suspectSpan(int s, int e, String reason) {
        int end = e;
        while (true) {
            int k = tk.nameNext(end);
            if (k >= 0 && tk.nl[k] == 0 && tk.isWord(k) && !consumed[k]
                    && (tk.caps[k] != Tokens.LOWER || Person.PARTICLES.contains(tk.fold[k]))
                    && !tk.sentenceStart(k)) {
                // particles only when a capitalised word follows
                if (tk.caps[k] == Tokens.LOWER) {
                    int k2 = tk.nameNext(k);
                    if (k2 < 0 || !tk.isWord(k2) || tk.caps[k2] == Tokens.LOWER || consumed[k2]
                            || SuspectFinder.notANameAfterParticle(tk, lex, k2)) {
                        break; // "Molenaar van Dam in Zeist", "Bakker van Veilig Thuis": the name ends here
                    }
                    end = k2;
                    continue;
                }
                end = k;
            } else {
                break;
            }
        }
        return new Suspect(tk.start[s], tk.end[end], tk.text.substring(tk.start[s], tk.end[end]), reason);
    }
}
