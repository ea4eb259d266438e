package nl.kring.pseudonym;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.domain.Bsn;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;

/**
 * The keys under which a case's identities may be found in a text (issue 17), so that an export reads and indexes only
 * the clients that share a key with the texts it writes, instead of every client of the vault.
 *
 * <p>Contract: for every vault and every collection of texts, a recogniser and an identity guard built over the cases
 * {@link #mayName may be named} in those texts (together with the export's own cases, kept in the vault's order) give
 * the same results on those texts as when built over every case of the vault. {@link #of} reads only what {@code
 * CaseRepository.identities} fills in a case. Keys are hashes: a collision only adds a case, it never leaves one out.
 *
 * <p>Why this holds: every place where a client's data can change the result on a text is a lookup with a string
 * taken from the text (a word, a stem, a deletion, a run of digits) in a map filled from the clients. A case whose
 * entries no lookup of the text reaches changes no result, whatever it holds (the maps' entries are unions over the
 * cases in the vault's order, so leaving out such a case leaves every entry that is looked up as it was). So each
 * lookup has a key kind: the case yields the key of each entry it adds, the text the key of each string it may look
 * up (a superset: more keys only select more cases). The lookups, by the code that makes them:
 * <ul>
 *   <li>{@code NameIndex.exact}/{@code isKey} (the matcher, the e-mail finder, the line-break join of {@code Tokens},
 *   the "common word unless a client's name" tests): {@code w:} every name key of every person of the case (given
 *   names, roepnaam, aliases, surname words, prefix+surname joined; relatives; the melder's name and organisation
 *   words). The text: each word's name key and fold, both less their last letter (possessive, "Bouzidi"), the key
 *   less a diminutive ending, two words joined over a line end, and in an e-mail address's local part every head
 *   (three letters or more) and tail of a word ({@code EmailFinder.joinedNames}, {@code withPrefix}).</li>
 *   <li>{@code NameIndex.fuzzy} (one edit, SymSpell): the case adds {@code w:} for each one-letter deletion of a key
 *   of five letters or more; the text each deletion of its key and fold of four letters or more. A key and a word one
 *   edit apart always share a {@code w:} key (the word, the key or a common deletion).</li>
 *   <li>{@code NameIndex.soundAlike}: {@code s:} the sound key of every name key and, from six letters, its
 *   deletions; the text the sound key of each word's key and, from five letters, its deletions.</li>
 *   <li>{@code byInitials}, {@code byInitialSet}, {@code bySurnameInitial}: {@code i:} every initials string of every
 *   person, {@code j:} its letters sorted, {@code k:} the surname's initial. The text: every run of single capitals
 *   ("J. P.", "A J") gives each part of it, a capitals word of two to five letters ("AFTH"), the capitals of "KvdB";
 *   {@code k:} a single capital after a title ("mevrouw Y.").</li>
 *   <li>The melder's organisation loses a word that is the place of any client of the vault ({@code
 *   Recognizer.Builder}: "woont in Dijkveen" is no melder "Dijkveen College"): the case also yields the name keys and
 *   {@code k:} initial of its own address's place words, so a text with such a word reads every client living
 *   there.</li>
 *   <li>{@code Identifiers}: {@code a:} the street key and its abbreviation ("Kastanjeln"); the text every string of
 *   words before a number ({@code streetStart}). {@code p:} the postcode; the text every four digits with the word
 *   after them. {@code n:} the phone as the recogniser normalises it and the BSN; {@code b:} the date of birth.</li>
 *   <li>{@code FileNumbers}: {@code f:} each file number's key (its first 40 letters and digits); the text every key
 *   prefix read from a word start, as the finder reads it ({@code f*} when two letters of another script make it too
 *   wide).</li>
 *   <li>{@code report.IdentityGuard}: {@code g:} the first word (as the guard folds and cuts it) of every name it
 *   masks (client names and their combinations, aliases, relatives, the legal representative, the melder and the
 *   organisation); the text every word, also cut where a mask before it may cut it (digits, an apostrophe).
 *   {@code h:} the first letter-or-digit run of the address, compared as the guard's case-insensitive pattern does;
 *   the text every run and the marker words the guard sees in pseudonymised text. {@code p:} the postcode. {@code
 *   n:} the BSN's and phone's digits (and the phone less its leading 0, for "+31 6"), {@code b:} the date of birth;
 *   the text every run of digits of five to 22 in a chain of digits and separators, and every date it writes in
 *   digits or with a month name. A BSN with other characters than digits is always a candidate of the guard: such a
 *   case yields {@link #ALWAYS}, which every text has.</li>
 * </ul>
 * Where the result depends on how many clients carry a word (a name shared by two cases, ambiguity, "an ordinary word
 * unless it is a client's name"), all of those clients share the word's key and are all selected. The order of the
 * selected cases must be the vault's order: the first case of a name decides the guard's marker, as over every case.
 *
 * <p>{@link #in} must be given each string the recogniser and the guard will be run on, as it will be run (the raw
 * texts; the guard's pseudonymised forms of them are covered): keys of parts are not the keys of their concatenation
 * (the guard reads a phone number over a line end, the recogniser joins a name broken over one).
 *
 * <p>Not covered: a name or address that is itself made of marker words ("[cliënt 2026-017]"), and a phone number equal
 * to a case number's digits, which the guard would find inside a marker of a selected case.
 * {@code IdentityKeysEquivalenceTest} holds this class to the contract on random vaults and texts.
 */
public final class IdentityKeys {

    /**
     * Stored beside the keys: a vault whose keys were made by another version computes them again at its open. Raised
     * with every change of {@link #of}: 0 the one key of the contract, 1 the first keys, 2 the guard's names by their
     * longest uncommon word.
     */
    public static final int VERSION = 2;

    /** A key every text has: a case with it is always read. */
    private static final int ALWAYS = hash("*", "");
    /** A text with a file number written with two letters of another script: every case with a file number. */
    private static final int ANY_FILE_NUMBER = hash("f*", "");
    /** File number keys are compared on this many letters and digits at most. */
    private static final int FILE_KEY_LENGTH = 40;
    /** Digit keys are compared on this many digits at most; a text's digit strings are taken up to this length. */
    private static final int DIGITS_KEY_LENGTH = 20;
    private static final int MAX_TEXT_DIGITS = 22;
    private static final int MIN_TEXT_DIGITS = 5;

    private static final String[] DIMINUTIVES = {"tje", "pje", "etje", "je", "ke", "ie"};
    /** The words of the markers the guard sees in pseudonymised text: an address literal could only meet them there. */
    private static final List<String> MARKER_WORDS = List.of("cliënt", "adres", "e", "mail", "melder", "telefoon", "bsn",
            "geboortedatum", "dossiernummer", "van", "familielid", "wettelijk", "vertegenwoordiger", "verwant");

    /** As {@code IdentityGuard.WORD}: the guard's words. */
    private static final Pattern GUARD_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSTCODE = Pattern.compile("(\\d{4})\\s?([A-Za-z]{2})(?![\\p{L}])");
    private static final Pattern TEXT_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{4})\\s?([A-Za-z]{2})(?![\\p{L}\\p{N}])");
    private static final Pattern DIGIT_CHAIN = Pattern.compile("\\d+(?:[\\s\\p{Z}.\\-()/'+]+\\d+)*");
    private static final String DATE_SEP = "[\\s\\p{Z}.\\-/'()]{1,6}";
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,4})" + DATE_SEP + "(\\d{1,2})" + DATE_SEP + "(\\d{1,4})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?!\\d)[\\s\\p{Z}\\-]*(\\p{L}+)[\\s\\p{Z}.\\-']*(\\d{4}|\\d{2})(?!\\d)");

    private IdentityKeys() {
    }

    /** The keys of a case's identities: sorted, distinct. */
    public static int[] of(CaseFile identities) {
        Keys k = new Keys();
        Client cl = identities.client();
        Recognizer.Builder b = Recognizer.builder().meldersOf(List.of(identities));
        if (cl != null) {
            b.client(KnownClient.of(identities));
        }
        for (Person p : b.persons()) {
            for (String g : p.given) {
                k.nameKey(g);
            }
            for (Person.Component c : p.components) {
                for (String w : c.core()) {
                    k.nameKey(w);
                }
                if (c.joined() != null) {
                    k.nameKey(c.joined());
                }
            }
            for (String letters : p.initials) {
                k.add("i", letters);
                if (letters.length() >= 2) {
                    k.add("j", NameIndex.sorted(letters));
                }
            }
            if (p.surnameInitial() != null) {
                k.add("k", p.surnameInitial());
            }
        }
        if (cl != null) {
            clientKeys(identities.number(), cl, k);
        }
        Referrer m = identities.referrer();
        if (m != null) {
            k.guardName(m.name());
            k.guardName(m.organisation());
        }
        return k.sorted();
    }

    private static void clientKeys(String caseNumber, Client cl, Keys k) {
        // a place word of the address keeps a word out of every melder's organisation (Recognizer.Builder)
        for (String place : Recognizer.Builder.placeWords(cl.address())) {
            k.nameKey(place);
            k.add("k", place.substring(0, 1));
        }
        Identifiers ids = new Identifiers();
        ids.addClient(caseNumber, cl.address(), cl.phone(), cl.bsn(), cl.birthDate());
        ids.addressesByNumber.values().forEach(as -> as.forEach(a -> {
            k.add("a", a.streetKey());
            if (a.streetAbbrev() != null) {
                k.add("a", a.streetAbbrev());
            }
            if (a.postcode() != null) {
                k.add("p", a.postcode());
            }
        }));
        ids.phones.keySet().forEach(p -> k.digits(p));
        ids.bsns.keySet().forEach(p -> k.digits(p));
        ids.births.keySet().forEach(d -> k.add("b", d.toString()));
        for (FileNumber f : cl.fileNumbers()) {
            String key = FileNumbers.key(f.number());
            if (key.length() >= FileNumber.MIN_KEY && key.chars().anyMatch(ch -> ch >= '0' && ch <= '9')) {
                k.add("f", cut(key, FILE_KEY_LENGTH));
                k.add(ANY_FILE_NUMBER);
            }
        }
        // the identity guard (report.IdentityGuard.of): its names, address, postcode and numbers
        // every name the guard masks, as IdentityGuard.of adds it: each is found only where all its words stand
        for (Relative r : cl.relatives()) {
            k.guardName(r.name());
            if (r.name() != null && !r.name().isBlank()) {
                k.guardName(WHITESPACE.split(r.name().strip())[0]);
            }
        }
        k.guardName(cl.legalRepresentative());
        String fullSurname = ((cl.prefix() == null ? "" : cl.prefix().strip()) + " "
                + (cl.surname() == null ? "" : cl.surname().strip())).strip();
        List<String> given = new ArrayList<>();
        if (cl.firstNames() != null && !cl.firstNames().isBlank()) {
            given.add(cl.firstNames().strip());
            given.addAll(List.of(WHITESPACE.split(cl.firstNames().strip())));
        }
        if (cl.roepnaam() != null) {
            given.add(cl.roepnaam().strip());
        }
        for (String g : given) {
            k.guardName(g + " " + fullSurname);
            k.guardName(g);
        }
        k.guardName(fullSurname);
        k.guardName(cl.surname());
        for (String alias : cl.aliases()) {
            k.guardName(alias);
        }
        String address = cl.address() == null ? "" : cl.address().strip();
        if (!address.isEmpty()) {
            Matcher run = RUN.matcher(WHITESPACE.split(address)[0]);
            if (run.find()) {
                k.add("h", caseless(run.group()));
            } else {
                k.add(ALWAYS);
            }
            Matcher pc = POSTCODE.matcher(address);
            if (pc.find()) {
                k.add("p", pc.group(1) + pc.group(2).toLowerCase(Locale.ROOT));
            }
        }
        if (cl.bsn() != null && !Bsn.normalize(cl.bsn()).isEmpty()) {
            String bsn = Bsn.normalize(cl.bsn());
            if (bsn.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                k.digits(bsn);
            } else {
                k.add(ALWAYS); // a guard alternative without a digit key: tried on every text
            }
        }
        if (cl.phone() != null) {
            String d = cl.phone().replaceAll("\\D", "");
            if (d.length() >= 6) {
                k.digits(d);
                k.digits(d.substring(1));
            }
        }
    }

    /** The keys under which any case named in these texts is found: sorted, distinct. */
    public static int[] in(Collection<String> texts) {
        Keys k = new Keys();
        k.add(ALWAYS);
        for (String m : MARKER_WORDS) {
            k.add("h", caseless(m));
        }
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            Tokens tk = new Tokens(text, key -> false);
            words(tk, k);
            initials(tk, k);
            streets(tk, k);
            fileNumbers(text, k);
            // the guard reads the text without invisible characters, composed (IdentityGuard.mask)
            String g = Normalizer.normalize(NameWords.withoutInvisible(text), Normalizer.Form.NFC);
            if (!g.equals(text)) {
                fileNumbers(g, k);
            }
            guardWords(g, k);
            numbers(g, k);
        }
        return k.sorted();
    }

    /** Whether a case with these keys may be named in texts with these keys: both sorted, they share one. */
    public static boolean mayName(int[] caseKeys, int[] textKeys) {
        int i = 0;
        int j = 0;
        while (i < caseKeys.length && j < textKeys.length) {
            int c = Integer.compare(caseKeys[i], textKeys[j]);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the text's keys

    private static void words(Tokens tk, Keys k) {
        for (int i = 0; i < tk.n; i++) {
            if (!tk.isWord(i)) {
                continue;
            }
            k.textWord(tk.key[i], tk.fold[i]);
            String key = tk.key[i];
            for (String suf : DIMINUTIVES) {
                if (key.length() >= suf.length() + 3 && key.endsWith(suf)) {
                    k.add("w", key.substring(0, key.length() - suf.length()));
                }
            }
            // a word broken over a line end, joined by Tokens when the joined form is a name ("Ver-⏎meulen")
            if (tk.nl[i] == 1) {
                if (tk.isWord(i - 1)) {
                    joined(tk, k, i - 1, i);
                } else if (tk.isPunct(i - 1, '-') && tk.isWord(i - 2)) {
                    joined(tk, k, i - 2, i);
                }
            }
        }
        // e-mail addresses: EmailFinder looks up heads and tails of the local part's words
        for (int at = 0; at < tk.n; at++) {
            if (!tk.isPunct(at, '@')) {
                continue;
            }
            int s = at;
            while (s - 1 >= 0 && tk.gap[s] == 0 && (tk.isWord(s - 1) || tk.isNum(s - 1) || tk.type[s - 1] == Tokens.PUNCT)) {
                s--;
            }
            for (int w = s; w < at; w++) {
                if (tk.isWord(w)) {
                    String key = tk.key[w];
                    for (int cut = 1; cut < key.length(); cut++) {
                        k.add("w", key.substring(0, cut));
                        k.add("w", key.substring(cut));
                    }
                }
            }
        }
    }

    private static void joined(Tokens tk, Keys k, int first, int last) {
        String fold = tk.fold[first] + tk.fold[last];
        k.textWord(Fold.nameKey(fold), fold);
        // a third line: "Ver-⏎meu-⏎len"
        int next = last + 1;
        if (tk.isPunct(next, '-') && tk.isWord(next + 1) && tk.nl[next + 1] == 1) {
            String three = fold + tk.fold[next + 1];
            k.textWord(Fold.nameKey(three), three);
        } else if (tk.isWord(next) && tk.nl[next] == 1) {
            String three = fold + tk.fold[next];
            k.textWord(Fold.nameKey(three), three);
        }
    }

    private static void initials(Tokens tk, Keys k) {
        for (int i = 0; i < tk.n; i++) {
            if (!tk.isWord(i) || tk.caps[i] == Tokens.LOWER) {
                continue;
            }
            int len = tk.end[i] - tk.start[i];
            if (len >= 2 && len <= 5 && tk.caps[i] == Tokens.UPPER) {
                k.add("i", tk.fold[i]); // "AFTH", "HJ"
            }
            String w = tk.tokenText(i);
            if (len >= 3 && len <= 8 && Character.isUpperCase(w.charAt(len - 1))) {
                int u = 0;
                while (u < len && Character.isUpperCase(w.charAt(u))) {
                    u++;
                }
                if (u >= 1 && u < len) {
                    k.add("i", Fold.fold(w.substring(0, u))); // "KvdB"
                }
            }
            if (len == 1 && !continues(tk, i)) {
                run(tk, k, i);
            }
        }
    }

    /** Whether the single capital at i continues a run that starts before it. */
    private static boolean continues(Tokens tk, int i) {
        return single(tk, i - 1) && next(tk, i - 1) == i || single(tk, i - 2) && next(tk, i - 2) == i;
    }

    private static boolean single(Tokens tk, int i) {
        return tk.isWord(i) && tk.end[i] - tk.start[i] == 1 && tk.caps[i] != Tokens.LOWER;
    }

    /** The next single capital of a run after the single capital at i ("J. P.", "A J"), or -1. */
    private static int next(Tokens tk, int i) {
        int after = i + 1;
        if (tk.isPunct(after, '.') && tk.gap[after] == 0) {
            after++;
        }
        return single(tk, after) && tk.nl[after] == 0 && tk.gap[after] <= 2 ? after : -1;
    }

    /** Every part of the run of single capitals starting at i. */
    private static void run(Tokens tk, Keys k, int i) {
        int[] letters = new int[16];
        int count = 0;
        for (int t = i; t >= 0 && count < letters.length; t = next(tk, t)) {
            letters[count++] = t;
        }
        for (int a = 0; a < count; a++) {
            StringBuilder sb = new StringBuilder();
            for (int b = a; b < count; b++) {
                sb.append(tk.fold[letters[b]]);
                String s = sb.toString();
                if (b > a) {
                    k.add("i", s);
                    k.add("j", NameIndex.sorted(s));
                } else if (tk.isPunct(letters[a] + 1, '.')) {
                    k.add("i", s);
                    if (NameMatcher.titleBefore(tk, letters[a])) {
                        k.add("k", s);
                    }
                }
            }
        }
    }

    /** Street names before a house number ({@code Identifiers.Run.streetStart}) and postcodes. */
    private static void streets(Tokens tk, Keys k) {
        for (int n = 0; n < tk.n; n++) {
            if (!tk.isNum(n)) {
                continue;
            }
            street(tk, k, n - 1);
            // "Ambonstraat nr. 8": a number word (and a comma) between street and number
            int w = tk.isPunct(n - 1, '.') && tk.gap[n - 1] == 0 ? n - 2 : n - 1;
            if (tk.isWord(w)) {
                street(tk, k, tk.isPunct(w - 1, ',') ? w - 2 : w - 1);
            }
            if (tk.fold[n].length() == 4 && tk.isWord(n + 1)) {
                k.add("p", tk.fold[n] + tk.fold[n + 1]);
            }
        }
    }

    private static void street(Tokens tk, Keys k, int from) {
        StringBuilder acc = new StringBuilder();
        for (int steps = 0, t = from; steps < 10 && t >= 0; steps++, t--) {
            if (tk.type[t] == Tokens.PUNCT) {
                if (tk.punct[t] == '.' || tk.punct[t] == '-' || tk.punct[t] == '\'') {
                    continue;
                }
                return;
            }
            if (tk.type[t] != Tokens.WORD) {
                return;
            }
            acc.insert(0, tk.fold[t]);
            k.add("a", acc.toString());
        }
    }

    /** Every prefix of a file number the finder can read from a word start ({@code FileNumbers.walk}). */
    private static void fileNumbers(String text, Keys k) {
        int n = text.length();
        String[] units = new String[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            units[i] = FileNumbers.unit(text.charAt(i));
            any |= FileNumbers.alnum(units[i]);
        }
        if (!any) {
            return;
        }
        StringBuilder acc = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (!FileNumbers.alnum(units[i]) || !FileNumbers.wordStart(units, i)) {
                continue;
            }
            acc.setLength(0);
            int wildcard = -1;
            int t = i;
            while (t < n && acc.length() < FILE_KEY_LENGTH) {
                String u = units[t];
                if (u == null) {
                    break;
                }
                if (u.isEmpty()) {
                    t++;
                    continue;
                }
                if (FileNumbers.SEP.equals(u)) {
                    t = FileNumbers.afterSeparators(units, t);
                    if (t < 0) {
                        break;
                    }
                    continue;
                }
                if (FileNumbers.ANY_LETTER.equals(u)) {
                    if (wildcard >= 0) {
                        k.add(ANY_FILE_NUMBER);
                        break;
                    }
                    wildcard = acc.length();
                }
                acc.append(u);
                t++;
                if (acc.length() >= FileNumber.MIN_KEY) {
                    String key = cut(acc.toString(), FILE_KEY_LENGTH);
                    if (wildcard < 0 || wildcard >= key.length()) {
                        k.add("f", key);
                    } else {
                        for (char l = 'A'; l <= 'Z'; l++) {
                            k.add("f", key.substring(0, wildcard) + l + key.substring(wildcard + 1));
                        }
                    }
                }
            }
        }
    }

    /** The guard's words, its address runs and postcodes. */
    private static void guardWords(String g, Keys k) {
        Matcher w = GUARD_WORD.matcher(g);
        while (w.find()) {
            // a mask (a number, a name after an apostrophe) may cut the word: every part between such cuts
            String word = w.group();
            int[] cuts = new int[word.length() + 1];
            int c = 0;
            cuts[c++] = 0;
            for (int i = 1; i < word.length(); i++) {
                char a = word.charAt(i - 1);
                char b = word.charAt(i);
                if (Character.isDigit(a) != Character.isDigit(b) || a == '\'' || a == '’' || b == '\'' || b == '’') {
                    cuts[c++] = i;
                }
            }
            cuts[c++] = word.length();
            for (int a = 0; a < c - 1; a++) {
                for (int b = a + 1; b < c; b++) {
                    String part = word.substring(cuts[a], cuts[b]);
                    if (RUN.matcher(part.substring(0, 1)).matches()) {
                        k.add("g", guardFold(part));
                    }
                }
            }
        }
        Matcher r = RUN.matcher(g);
        while (r.find()) {
            k.add("h", caseless(r.group()));
        }
        Matcher pc = TEXT_POSTCODE.matcher(g);
        while (pc.find()) {
            k.add("p", pc.group(1) + pc.group(2).toLowerCase(Locale.ROOT));
        }
    }

    /** Phone numbers, BSNs and dates: every digit string of a chain, every date written in digits or with a month. */
    private static void numbers(String g, Keys k) {
        Matcher chain = DIGIT_CHAIN.matcher(g);
        StringBuilder d = new StringBuilder();
        while (chain.find()) {
            d.setLength(0);
            for (int i = chain.start(); i < chain.end(); i++) {
                char ch = g.charAt(i);
                if (ch >= '0' && ch <= '9') {
                    d.append(ch);
                }
            }
            for (int a = 0; a < d.length(); a++) {
                for (int b = a + MIN_TEXT_DIGITS; b <= d.length() && b - a <= MAX_TEXT_DIGITS; b++) {
                    String s = d.substring(a, b);
                    k.digits(s);
                    k.digits(Identifiers.normalizePhone(s));
                    k.digits(Identifiers.normalizePhone("+" + s));
                }
            }
        }
        Matcher n = NUMERIC_DATE.matcher(g);
        for (int from = 0; from < g.length() && n.find(from); from = n.start() + 1) {
            String a = n.group(1);
            String b = n.group(2);
            String c = n.group(3);
            if (a.length() == 4 && c.length() <= 2) {
                k.date(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
            }
            if (a.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
                k.dates(c, Integer.parseInt(b), Integer.parseInt(a));
            }
        }
        Matcher w = WORD_DATE.matcher(g);
        for (int from = 0; from < g.length() && w.find(from); from = w.start() + 1) {
            Integer month = Identifiers.MONTHS.get(Fold.fold(w.group(2)));
            if (month != null) {
                k.dates(w.group(3), month, Integer.parseInt(w.group(1)));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String cut(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    /** As {@code IdentityGuard.fold}: lower case without diacritics, a dotless ı as i. */
    private static String guardFold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT).replace('ı', 'i');
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Each character as a case-insensitive, Unicode-case pattern compares it: the lower case of its upper case. */
    private static String caseless(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return sb.toString();
    }

    /** FNV-1a over the kind and the text, mixed: a collision only selects one case more. */
    static int hash(String kind, String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x01000193;
        }
        h = (h ^ ':') * 0x01000193;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /** A growing list of keys, sorted and made distinct at the end. */
    private static final class Keys {
        private int[] keys = new int[64];
        private int n;

        void add(int key) {
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
            }
            keys[n++] = key;
        }

        void add(String kind, String s) {
            add(hash(kind, s));
        }

        /** A name key of a person: itself, its deletions (from five letters), its sound key and its deletions. */
        void nameKey(String key) {
            if (key.isEmpty()) {
                return;
            }
            add("w", key);
            if (key.length() >= NameIndex.MIN_FUZZY_LENGTH) {
                deletions("w", key);
            }
            String sk = Fold.soundKey(key);
            add("s", sk);
            if (sk.length() >= NameIndex.MIN_SOUND_EDIT_LENGTH) {
                deletions("s", sk);
            }
        }

        /** A word of a text: its key and fold, less their last letter, their deletions, the key's sound forms. */
        void textWord(String key, String fold) {
            looked(key);
            if (!fold.equals(key)) {
                looked(fold);
            }
            if (key.length() > 1) {
                add("w", key.substring(0, key.length() - 1));
            }
            if (fold.length() > 1) {
                add("w", fold.substring(0, fold.length() - 1));
            }
            String sk = Fold.soundKey(key);
            add("s", sk);
            if (sk.length() >= NameIndex.MIN_SOUND_EDIT_LENGTH - 1) {
                deletions("s", sk);
            }
        }

        private void looked(String w) {
            add("w", w);
            if (w.length() >= NameIndex.MIN_FUZZY_LENGTH - 1) {
                deletions("w", w);
            }
        }

        private void deletions(String kind, String s) {
            for (int i = 0; i < s.length(); i++) {
                add(kind, s.substring(0, i) + s.substring(i + 1));
            }
        }

        /** Digits as the recogniser and the guard compare them, on the first {@link #DIGITS_KEY_LENGTH} digits. */
        void digits(String d) {
            add("n", cut(d, DIGITS_KEY_LENGTH));
        }

        void date(int year, int month, int day) {
            try {
                add("b", LocalDate.of(year, month, day).toString());
            } catch (DateTimeException e) {
                // no date
            }
        }

        /** A date with a two-digit year in either century ({@code Identifiers} picks one by today's year). */
        void dates(String year, int month, int day) {
            int y = Integer.parseInt(year);
            if (year.length() == 2) {
                date(1900 + y, month, day);
                date(2000 + y, month, day);
            } else {
                date(y, month, day);
            }
        }

        /**
         * One word of a name the guard masks, as the guard cuts and folds it, both as written and folded: the guard
         * finds a name only where every one of its words stands as a word, so any of them selects every text that
         * can hold it. The longest that is not a common word (the longest when all are, the last of equals: a
         * surname comes after its prefix), not the first: "de" of
         * "de Vries" or "Stichting" of "Stichting De Brug" would select the case for almost every Dutch text.
         */
        void guardName(String name) {
            if (name == null || name.isBlank()) {
                return;
            }
            String n = Normalizer.normalize(WHITESPACE.matcher(name.strip()).replaceAll(" "), Normalizer.Form.NFC);
            for (String written : new String[] {n.toLowerCase(Locale.ROOT), guardFold(n)}) {
                Matcher m = GUARD_WORD.matcher(Normalizer.normalize(written, Normalizer.Form.NFC));
                String best = null;
                boolean bestCommon = true;
                while (m.find()) {
                    String w = guardFold(m.group());
                    boolean common = w.codePoints().noneMatch(Character::isLetter) || Lexicon.get().isWord(w); // "2" of "Familielid 2" too
                    if (best == null || (bestCommon && !common)
                            || (bestCommon == common && w.length() >= best.length())) {
                        best = w;
                        bestCommon = common;
                    }
                }
                if (best != null) {
                    add("g", best);
                }
            }
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(keys, n);
            Arrays.sort(out);
            int d = 0;
            for (int i = 0; i < out.length; i++) {
                if (i == 0 || out[i] != out[i - 1]) {
                    out[d++] = out[i];
                }
            }
            return Arrays.copyOf(out, d);
        }
    }
}
