package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;

/**
 * Recognises mentions of the agenda's clients in free text: names in their many forms, relatives'
 * names, address, BSN, date of birth and phone number. Build it once per agenda (cheap: a few hash
 * maps), then call {@link #recognize} as often as needed; it is immutable and thread-safe. For an
 * editor, {@link #incremental()} re-recognises only the paragraphs that changed.
 *
 * <pre>{@code
 * Recognizer r = Recognizer.builder().clients(KnownClient.of(cases)).professionals(attendeeNames).build();
 * Recognition rec = r.recognize(text);
 * rec.mentions();        // offsets, kind, case(s): mark them in the editor
 * rec.pseudonymized();   // "[cliënt 2026-017] belde ..."
 * rec.suspects();        // unknown persons for the chair to confirm
 * }</pre>
 */
public final class Recognizer {

    private final NameIndex names;
    private final Identifiers identifiers;
    /** The clients' file numbers (issue 12). */
    private final FileNumbers fileNumbers;
    private final Lexicon lexicon;
    private final List<KnownClient> clients;
    /** Lower-case e-mail addresses of professionals and partners (the register's work contacts). */
    private final Set<String> professionalAddresses;

    /**
     * Folded words the vault itself knows (the partners' names, the places every reader knows, the register's
     * functions, the vault's own settings): a capitalised word made only of them is no possible name (issue 11).
     */
    private final Set<String> knownWords;

    private Recognizer(List<KnownClient> clients, NameIndex names, Identifiers identifiers, FileNumbers fileNumbers,
                       Set<String> professionalAddresses, Set<String> knownWords) {
        this.fileNumbers = fileNumbers;
        this.knownWords = knownWords;
        this.clients = clients;
        this.professionalAddresses = professionalAddresses;
        this.names = names;
        this.identifiers = identifiers;
        this.lexicon = Lexicon.get();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Recognizer of(Collection<KnownClient> clients) {
        return builder().clients(clients).build();
    }

    public List<KnownClient> clients() {
        return clients;
    }

    /** Recognises the whole text. */
    public Recognition recognize(String text) {
        Objects.requireNonNull(text, "text");
        Tokens tk = new Tokens(text, names::isKey);
        boolean[] consumed = new boolean[tk.n];
        List<Mention> mentions = new ArrayList<>();
        List<Suspect> suspects = new ArrayList<>();
        new EmailFinder(tk, names, professionalAddresses, consumed, mentions, suspects).run();
        fileNumbers(text, tk, consumed, mentions);
        identifiers.new Run(tk, consumed, mentions, suspects).run();
        new NameMatcher(tk, names, lexicon, consumed, mentions, suspects).run();
        new SuspectFinder(tk, lexicon, consumed, mentions, suspects).run();
        if (!knownWords.isEmpty()) {
            // "Rivierstad" of the meeting's place and of "Gemeente Rivierstad": a word the vault knows is no unknown
            // person; a known first name or surname ("Linde" of "De Linde") and a title or person word before a name
            // stay possible names
            suspects.removeIf(x -> SuspectFinder.CAPITALISED.equals(x.reason())
                    && knownWords.containsAll(Builder.organisationWords(x.text())));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Recognition(text, mentions, dedupe(suspects));
    }

    /**
     * The clients' file numbers (issue 12), before the other identifiers so that "2024-0815" is not read as a date
     * or a phone number: a mention of the case(s) whose number it is; its tokens are consumed.
     */
    private void fileNumbers(String text, Tokens tk, boolean[] consumed, List<Mention> mentions) {
        if (fileNumbers.isEmpty()) {
            return;
        }
        for (FileNumbers.Match m : fileNumbers.find(text)) {
            boolean free = true;
            for (int t = 0; t < tk.n && free; t++) {
                free = !(consumed[t] && tk.start[t] < m.end() && tk.end[t] > m.start());
            }
            if (!free) {
                continue; // part of an e-mail address, which is one unit
            }
            List<Target> targets = new ArrayList<>();
            for (String c : m.cases()) {
                targets.add(new Target(c, null));
            }
            mentions.add(new Mention(m.start(), m.end(), Kind.FILE_NUMBER, targets, false));
            for (int t = 0; t < tk.n; t++) {
                if (tk.start[t] < m.end() && tk.end[t] > m.start()) {
                    consumed[t] = true;
                }
            }
        }
    }

    private static List<Suspect> dedupe(List<Suspect> suspects) {
        suspects.sort(Comparator.comparingInt(Suspect::start).thenComparingInt(s -> -s.end()));
        List<Suspect> out = new ArrayList<>(suspects.size());
        int end = -1;
        for (Suspect s : suspects) {
            if (s.start() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    /** A session for an editor: keeps the last result per paragraph and re-recognises only what changed. */
    public IncrementalRecognizer incremental() {
        return new IncrementalRecognizer(this);
    }

    public static final class Builder {
        // compiled once, not per call of String.split/replaceAll/matches: these run per melder and per address of
        // every client of the vault (issue 17); the same expressions, so the same results
        private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
        private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
        private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
        private static final Pattern LISTING_MARKS = Pattern.compile("[,;()]");
        private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}?");
        private static final Pattern LEADING_POSTCODE = Pattern.compile("^\\d{4}\\s*[A-Za-z]{2}\\b");
        private final List<KnownClient> clients = new ArrayList<>();
        private final List<String> professionals = new ArrayList<>();
        private final List<String[]> melders = new ArrayList<>();
        /** Folded words of the partners' names: never a distinctive part of a melder's organisation. */
        private final Set<String> partnerWords = new HashSet<>();
        /** Folded words of places every reader knows ({@link #places}). */
        private final Set<String> placeWords = new HashSet<>();
        /** Folded words of other texts the vault knows ({@link #knownTexts}). */
        private final Set<String> knownTextWords = new HashSet<>();
        private final Set<String> professionalAddresses = new HashSet<>();

        private Builder() {
        }

        /**
         * The e-mail addresses of professionals and partners (the register's work contacts, issue 14): such an address
         * is left as written and is no possible name, also when its name part is a client's ("m.bos@…" of the chair
         * M. Bos while a client is called Bos). Null or blank entries are ignored.
         */
        public Builder professionalAddresses(Collection<String> addresses) {
            for (String a : addresses) {
                if (a != null && !a.isBlank()) {
                    professionalAddresses.add(a.strip().toLowerCase(Locale.ROOT));
                }
            }
            return this;
        }

        /**
         * The melder of a case: every part of the name and every distinctive part of the organisation is replaced
         * by {@code [melder]} ({@link Kind#MELDER}), with any white space between the words. Generic role words
         * ("Buurvrouw", "wijkagent", "huisarts", "moeder") are never taken as a name, whatever the field says.
         * Null or blank fields are ignored.
         */
        public Builder melder(String caseNumber, String name, String organisation) {
            Objects.requireNonNull(caseNumber, "caseNumber");
            melders.add(new String[] {caseNumber, name, organisation});
            return this;
        }

        /**
         * The names of the partner organisations: a word of them ("Rivierstad" of "Gemeente Rivierstad", "Dak" of
         * "Woonstichting Het Dak") names a place or a partner every reader knows, so it is never taken as a
         * distinctive part of a melder's organisation (which would turn the meeting's place into "[melder]").
         */
        public Builder partnerNames(Collection<String> names) {
            for (String n : names) {
                if (n != null) {
                    partnerWords.addAll(organisationWords(n));
                }
            }
            return this;
        }

        /**
         * Places every reader knows, such as the meeting's location ("Buurthuis Zonnehof, zaal 1"): their words are
         * never a distinctive part of a melder's organisation, so the location stays as written.
         */
        public Builder places(Collection<String> places) {
            for (String pl : places) {
                if (pl != null) {
                    placeWords.addAll(organisationWords(pl));
                }
            }
            return this;
        }

        /**
         * Texts of the vault itself that every reader may know, such as the partners' attendees' functions ("wijkagent
         * Dijkveen") and the vault's settings (the chair's function, the complaints contact): a capitalised word made
         * only of their words, of the partners' names ({@link #partnerNames}) or of the places ({@link #places}) is no
         * possible name (issue 11). A known first name or surname, or a name after a title, still is.
         */
        public Builder knownTexts(Collection<String> texts) {
            for (String t : texts) {
                if (t != null) {
                    knownTextWords.addAll(organisationWords(t));
                }
            }
            return this;
        }

        /** The melders of these cases (anonymous ones too: their name is still not to be read). */
        public Builder meldersOf(Collection<CaseFile> cases) {
            for (CaseFile c : cases) {
                Referrer r = c.referrer();
                if (r != null) {
                    melder(c.number(), r.name(), r.organisation());
                }
            }
            return this;
        }

        public Builder client(KnownClient client) {
            clients.add(Objects.requireNonNull(client));
            return this;
        }

        public Builder clients(Collection<KnownClient> all) {
            all.forEach(this::client);
            return this;
        }

        /** A professional's name ("M. Bos", "Sanne de Wit"): left alone, and not reported as suspect. */
        public Builder professional(String name) {
            if (name != null && !name.isBlank()) {
                professionals.add(name);
            }
            return this;
        }

        public Builder professionals(Collection<String> names) {
            names.forEach(this::professional);
            return this;
        }

        public Recognizer build() {
            List<Person> persons = persons();
            Identifiers ids = new Identifiers();
            Map<String, List<String>> numbers = new HashMap<>();
            for (KnownClient kc : clients) {
                Client c = kc.client();
                ids.addClient(kc.caseNumber(), c.address(), c.phone(), c.bsn(), c.birthDate());
                for (FileNumber f : c.fileNumbers()) {
                    numbers.computeIfAbsent(kc.caseNumber(), k -> new ArrayList<>()).add(f.number());
                }
            }
            Set<String> known = new HashSet<>(partnerWords);
            known.addAll(placeWords);
            known.addAll(knownTextWords);
            return new Recognizer(List.copyOf(clients), new NameIndex(persons), ids,
                    new FileNumbers(numbers, FileNumber.MIN_KEY), Set.copyOf(professionalAddresses),
                    Set.copyOf(known));
        }

        /**
         * The persons the name matcher knows, in this order: each client with their relatives, the melders, the
         * professionals. Also what {@link IdentityKeys#of} takes a case's name keys from, without building the rest.
         */
        List<Person> persons() {
            List<Person> persons = new ArrayList<>();
            for (KnownClient kc : clients) {
                Client c = kc.client();
                Person p = new Person(persons.size(), Person.Role.CLIENT, kc.caseNumber(), null);
                p.addGivenNames(c.firstNames(), true);
                p.addGivenNames(c.roepnaam(), false);
                if (c.roepnaam() != null && !c.roepnaam().isBlank()) {
                    String r = Fold.fold(c.roepnaam().strip());
                    p.initials.add(r.substring(0, 1));
                }
                for (String alias : c.aliases()) {
                    p.addGivenNames(alias, false);
                }
                p.addSurname(c.prefix(), c.surname());
                p.addInitialsWithSurname();
                persons.add(p);
                for (Relative rel : c.relatives()) {
                    if (rel == null || rel.name() == null || rel.name().isBlank()) {
                        continue;
                    }
                    String relation = rel.relation() == null || rel.relation().isBlank() ? "verwant" : rel.relation().strip();
                    Person rp = new Person(persons.size(), Person.Role.RELATIVE, kc.caseNumber(), relation);
                    rp.addFullName(rel.name());
                    persons.add(rp);
                }
            }
            // a place where a client lives ("Dijkveen" of "Kastanjelaan 15, 4253 BK Dijkveen") is a place, as a
            // partner's place is: never a distinctive part of a melder's organisation ("Dijkveen College"), or
            // "woont in Dijkveen" would read "woont in [melder]"; the whole organisation name is still the melder
            Set<String> notMelderWords = new HashSet<>(partnerWords);
            notMelderWords.addAll(placeWords);
            for (KnownClient kc : clients) {
                notMelderWords.addAll(placeWords(kc.client().address()));
            }
            for (String[] m : melders) {
                // a melder who is a professional of the register ("R. Kok" of the housing corporation, "dr. E. van
                // Leeuwen" the huisarts) is that professional wherever the minutes name them: every reader knows them
                // as such, and "[melder]" in another case's item would be a false statement (issue 11)
                String name = m[1] != null && NameWords.isProfessional(m[1], professionals) ? null : m[1];
                // an organisation that is a partner of the kring ("Woonstichting Het Dak") is that partner
                String organisation = m[2] != null && isPartnerName(m[2], partnerWords) ? null : m[2];
                addMelder(persons, m[0], name, organisation, notMelderWords);
            }
            for (String name : professionals) {
                Person pp = new Person(persons.size(), Person.Role.PROFESSIONAL, null, null);
                pp.addFullName(name);
                persons.add(pp);
            }
            return persons;
        }

        private static final Set<String> PLACE_AFTER = Set.of("regio", "gemeente", "politie",
                "ggd", "ggz", "wijkteam", "district", "basisteam", "provincie", "wijk", "stadsdeel", "veiligheidsregio",
                "woningcorporatie", "thuiszorg", "jeugdzorg", "veilig", "thuis");
        private static final Set<String> PUBLIC_BODIES = Set.of("ggd", "ggz", "uwv", "svb", "cjg",
                "cak", "duo", "ind", "coa", "rvdk", "jggz", "vggm", "ggdghor", "sociaal", "wijkteam");

        /** Every word of the organisation's name is a word of a partner's name: it names that partner. */
        private static boolean isPartnerName(String organisation, Set<String> partnerWords) {
            List<String> words = organisationWords(organisation);
            return !words.isEmpty() && partnerWords.containsAll(words);
        }

        /** The folded words of an address's place: what follows the last comma, without the postcode. */
        static List<String> placeWords(String address) {
            if (address == null || address.isBlank()) {
                return List.of();
            }
            int comma = address.lastIndexOf(',');
            if (comma < 0) {
                return List.of();
            }
            String place = LEADING_POSTCODE.matcher(address.substring(comma + 1).strip()).replaceFirst("").strip();
            return place.isEmpty() ? List.of() : organisationWords(place);
        }

        /** The folded words of an organisation's name, a hyphenated word both whole and in its parts. */
        private static List<String> organisationWords(String organisation) {
            List<String> all = new ArrayList<>();
            for (String w : SPACES.split(organisation.strip())) {
                for (String part : (w + (w.contains("-") ? "-" + w.replace("-", "") : "")).split("-")) {
                    String f = Fold.nameKey(Fold.fold(NOT_LETTER_OR_DIGIT.matcher(part).replaceAll("")));
                    if (!f.isEmpty()) {
                        all.add(f);
                    }
                }
            }
            return all;
        }

        /** A word of a melder's name field that can be part of a person's name. */
        private static boolean nameLike(String word) {
            String w = LISTING_MARKS.matcher(word).replaceAll("");
            if (INITIALS.matcher(w).matches()) {
                return true; // initials: "R.", "A.J."
            }
            String f = Fold.fold(w.replace(".", ""));
            if (f.isEmpty() || Person.PARTICLES.contains(f) || NameWords.ROLE_WORDS.contains(f)) {
                return false;
            }
            Lexicon lex = Lexicon.get();
            return lex.isFirstName(f) || lex.isSurname(f) || !lex.isWord(f);
        }

        private static void addMelder(List<Person> persons, String caseNumber, String name, String organisation,
                                      Set<String> partnerWords) {
            List<String> words = new ArrayList<>();
            if (name != null) {
                for (String w : SPACES.split(name.strip())) {
                    // leading role words and titles name nobody ("Buurvrouw", "buurman Jansen", "mevrouw Bos");
                    // after a name a role word is a surname ("Ans Buurman")
                    if (!w.isEmpty() && (!words.isEmpty() || !NameWords.isRoleWord(w.replace(",", "")))) {
                        words.add(w);
                    }
                }
            }
            // "Buurvrouw", "de buurman": nothing left that names anyone
            words.removeIf(w -> words.size() == 1 && Person.PARTICLES.contains(Fold.fold(w)));
            // "Afdeling bijzondere klanten", "Klantenservice": ordinary words name nobody; a name has an initial, a
            // known first name or surname, or a word that is not an ordinary Dutch word ("Kwakkelstein")
            if (!words.isEmpty() && words.stream().noneMatch(Builder::nameLike)) {
                words.clear();
            }
            if (!words.isEmpty()) {
                Person p = new Person(persons.size(), Person.Role.MELDER, caseNumber, Target.MELDER);
                if (words.size() == 1) {
                    // one word: a first name or a surname, either way a name
                    p.addGivenNames(words.get(0), true);
                    p.addSurname(null, words.get(0));
                } else {
                    p.addFullName(String.join(" ", words));
                }
                persons.add(p);
            }
            if (organisation != null && !organisation.isBlank()) {
                Person o = new Person(persons.size(), Person.Role.MELDER, caseNumber, Target.MELDER);
                List<String> all = new ArrayList<>();
                for (String w : SPACES.split(organisation.strip())) {
                    String f = Fold.nameKey(Fold.fold(NOT_LETTER_OR_DIGIT.matcher(w).replaceAll("")));
                    if (!f.isEmpty()) {
                        all.add(f);
                    }
                }
                if (all.size() >= 2) {
                    o.components.add(new Person.Component(new String[0], all.toArray(String[]::new), null));
                }
                // the name without what is between brackets: "Dijkveen College" of "Dijkveen College
                // (zorgcoördinator)", so the organisation is the melder even where its place alone is not
                List<String> named = new ArrayList<>();
                for (String w : SPACES.split(BRACKETED.matcher(organisation).replaceAll(" ").strip())) {
                    String f = Fold.nameKey(Fold.fold(NOT_LETTER_OR_DIGIT.matcher(w).replaceAll("")));
                    if (!f.isEmpty()) {
                        named.add(f);
                    }
                }
                if (named.size() >= 2 && named.size() < all.size()) {
                    o.components.add(new Person.Component(new String[0], named.toArray(String[]::new), null));
                }
                Lexicon lex = Lexicon.get();
                for (int i = 0; i < all.size(); i++) {
                    // the distinctive parts alone: "Zonnehof" of "Bewonerscommissie Zonnehof"; not an ordinary
                    // word ("bewonerscommissie"), not a role ("gemeente"), not the place of a public body
                    // ("Politie Utrecht", "GGD regio Utrecht")
                    String f = all.get(i);
                    boolean placeOfABody = i > 0 && PLACE_AFTER.contains(all.get(i - 1));
                    if (f.length() >= 3 && !NameWords.ROLE_WORDS.contains(f) && !lex.isWord(f)
                            && !Person.PARTICLES.contains(f) && !placeOfABody && !PUBLIC_BODIES.contains(f)
                            && !partnerWords.contains(f)) {
                        o.components.add(new Person.Component(new String[0], new String[] {f}, null));
                    }
                }
                if (!o.components.isEmpty()) {
                    persons.add(o);
                }
            }
        }
    }
}
