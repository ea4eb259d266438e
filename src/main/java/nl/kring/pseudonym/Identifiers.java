package nl.kring.pseudonym;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.domain.Bsn;

/**
 * The clients' identifiers, keyed for lookup: addresses by house number and postcode, phone numbers
 * and BSNs by their digits, dates of birth by date. Matching works on the token stream: a run of digit
 * groups ("06 1234 5678", "+31 6 12345678", "111.222.333", "12-03-1984"), a day-month-year with the
 * month in words ("12 maart 1984", "10 okt. 1970"), or a street followed by a house number.
 */
final class Identifiers {

    record Address(String caseNumber, String streetKey, String streetAbbrev, String number, String addition,
                   String postcode, String[] place) {
    }

    static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] months = {
            {"januari", "jan"}, {"februari", "feb", "febr"}, {"maart", "mrt", "mar"}, {"april", "apr"}, {"mei"},
            {"juni", "jun"}, {"juli", "jul"}, {"augustus", "aug"}, {"september", "sep", "sept"},
            {"oktober", "okt", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < 12; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "^\\s*(.+?)\\s+(\\d{1,5})(?:([A-Za-z]{1,3})\\b|\\s*-\\s*([A-Za-z0-9]{1,4})\\b|\\s+(bis|hs|[A-Za-z])\\b)?"
                    + "\\s*,?\\s*(?:(\\d{4})\\s?([A-Za-z]{2})\\b)?\\s*,?\\s*(.*)$");

    /** Compiled once, not per client (issue 17: every client of the vault is added at every export). */
    private static final Pattern NOT_PHONE_CHAR = Pattern.compile("[^0-9+]");
    private static final Pattern EIGHT_OR_NINE_DIGITS = Pattern.compile("\\d{8,9}");

    final Map<String, List<Address>> addressesByNumber = new HashMap<>();
    final Map<String, List<Address>> addressesByPostcode = new HashMap<>();
    final Map<String, Set<String>> phones = new HashMap<>();
    final Map<String, Set<String>> bsns = new HashMap<>();
    final Map<LocalDate, Set<String>> births = new HashMap<>();

    void addClient(String caseNumber, String address, String phone, String bsn, LocalDate birthDate) {
        if (address != null && !address.isBlank()) {
            Address a = parseAddress(caseNumber, address);
            if (a != null) {
                addressesByNumber.computeIfAbsent(a.number(), k -> new ArrayList<>()).add(a);
                if (a.postcode() != null) {
                    addressesByPostcode.computeIfAbsent(a.postcode(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        if (phone != null) {
            String p = normalizePhone(NOT_PHONE_CHAR.matcher(phone).replaceAll(""));
            if (p.length() >= 6) {
                phones.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(caseNumber);
            }
        }
        if (bsn != null) {
            String b = Bsn.normalize(bsn);
            if (EIGHT_OR_NINE_DIGITS.matcher(b).matches()) {
                bsns.computeIfAbsent(b.length() == 8 ? "0" + b : b, k -> new LinkedHashSet<>()).add(caseNumber);
            }
        }
        if (birthDate != null) {
            births.computeIfAbsent(birthDate, k -> new LinkedHashSet<>()).add(caseNumber);
        }
    }

    static Address parseAddress(String caseNumber, String raw) {
        Matcher m = ADDRESS.matcher(raw.trim());
        if (!m.matches()) {
            return null;
        }
        String street = m.group(1);
        String key = lettersOnly(street);
        if (key.isEmpty()) {
            return null;
        }
        String abbrev = null;
        for (String[] suf : new String[][] {{"straat", "str"}, {"laan", "ln"}, {"plein", "pl"}, {"weg", "wg"}}) {
            if (key.endsWith(suf[0])) {
                abbrev = key.substring(0, key.length() - suf[0].length()) + suf[1];
                break;
            }
        }
        String addition = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
        String postcode = m.group(6) != null ? m.group(6) + Fold.fold(m.group(7)) : null;
        String place = m.group(8) == null ? "" : m.group(8).trim();
        String[] placeWords = place.isEmpty() ? new String[0] : Person.words(place).toArray(String[]::new);
        return new Address(caseNumber, key, abbrev, m.group(2), addition == null ? null : Fold.fold(addition),
                postcode, placeWords);
    }

    static String lettersOnly(String s) {
        String f = Fold.fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "+31612345678", "0031 6...", "+31 (0)6..." → "0612345678". Digits and '+' only. */
    static String normalizePhone(String d) {
        if (d.startsWith("+31")) {
            d = "0" + stripZero(d.substring(3));
        } else if (d.startsWith("0031")) {
            d = "0" + stripZero(d.substring(4));
        } else if (d.startsWith("+")) {
            d = "00" + d.substring(1);
        }
        return d;
    }

    private static String stripZero(String s) {
        return s.startsWith("0") ? s.substring(1) : s;
    }

    // ------------------------------------------------------------------ matching

    /** Runs over the tokens, adding mentions and suspects and marking the tokens it consumes. */
    final class Run {
        private final Tokens tk;
        private final boolean[] consumed;
        private final List<Mention> mentions;
        private final List<Suspect> suspects;

        Run(Tokens tk, boolean[] consumed, List<Mention> mentions, List<Suspect> suspects) {
            this.tk = tk;
            this.consumed = consumed;
            this.mentions = mentions;
            this.suspects = suspects;
        }

        void run() {
            if (!addressesByNumber.isEmpty()) {
                for (int i = 0; i < tk.n; i++) {
                    if (tk.type[i] == Tokens.NUM && !consumed[i]) {
                        address(i);
                    }
                }
            }
            if (!addressesByPostcode.isEmpty()) {
                for (int i = 0; i < tk.n; i++) {
                    if (tk.type[i] == Tokens.NUM && !consumed[i]) {
                        postcode(i);
                    }
                }
            }
            for (int i = 0; i < tk.n; i++) {
                if (tk.type[i] == Tokens.NUM && !consumed[i]) {
                    int e = wordDate(i);
                    if (e < 0) {
                        e = digitChain(i);
                    }
                    if (e > i) {
                        i = e;
                    }
                }
            }
        }

        private void mark(int s, int e) {
            for (int k = s; k <= e; k++) {
                consumed[k] = true;
            }
        }

        private void emit(int s, int e, Kind kind, Set<String> cases) {
            List<Target> targets = new ArrayList<>(cases.size());
            for (String c : cases) {
                targets.add(new Target(c, null));
            }
            mentions.add(new Mention(tk.start[s], tk.end[e], kind, targets, false));
            mark(s, e);
        }

        // ---- addresses

        private void address(int n) {
            List<Address> candidates = addressesByNumber.get(tk.fold[n]);
            if (candidates == null || tk.gap[n] == 0 || tk.nl[n] > 0) {
                return;
            }
            int bestS = -1;
            int bestE = -1;
            Set<String> cases = new LinkedHashSet<>();
            for (Address a : candidates) {
                int s = streetStart(n, a);
                if (s < 0) {
                    continue;
                }
                int e = addressEnd(n, a);
                if (e < 0) {
                    continue;
                }
                if (bestS < 0 || e > bestE || (e == bestE && s < bestS)) {
                    if (e != bestE || s != bestS) {
                        cases.clear();
                    }
                    bestS = s;
                    bestE = e;
                }
                if (s == bestS && e == bestE) {
                    cases.add(a.caseNumber());
                }
            }
            if (bestS >= 0) {
                emit(bestS, bestE, Kind.ADDRESS, cases);
            }
        }

        private static final Set<String> HOUSE_NUMBER_WORDS = Set.of("nr", "no", "nummer", "huisnummer");

        /** The first token of the street name before house number token n, or -1. */
        private int streetStart(int n, Address a) {
            StringBuilder acc = new StringBuilder();
            int k = n - 1;
            // "Ambonstraat nr. 8", "Javastraat nummer 12": a number word between street and house number
            int w = tk.isPunct(k, '.') && tk.gap[k] == 0 ? k - 1 : k;
            if (tk.isWord(w) && !consumed[w] && tk.nl[n] == 0 && HOUSE_NUMBER_WORDS.contains(tk.fold[w])) {
                k = w - 1;
                if (tk.isPunct(k, ',')) {
                    k--;
                }
            }
            for (int steps = 0; steps < 10 && k >= 0; steps++, k--) {
                if (consumed[k] || (k < n - 1 && tk.nl[k + 1] > 0)) {
                    return -1;
                }
                if (tk.type[k] == Tokens.PUNCT) {
                    if (tk.punct[k] == '.' || tk.punct[k] == '-' || tk.punct[k] == '\'') {
                        continue;
                    }
                    return -1;
                }
                if (tk.type[k] != Tokens.WORD) {
                    return -1;
                }
                acc.insert(0, tk.fold[k]);
                String s = acc.toString();
                if (s.equals(a.streetKey()) || s.equals(a.streetAbbrev())) {
                    return k;
                }
                if (s.length() >= a.streetKey().length()) {
                    return -1;
                }
            }
            return -1;
        }

        /** Last token of the address starting with house number token n: addition, postcode, place. */
        private int addressEnd(int n, Address a) {
            int e = n;
            // addition: "3a", "45-2", "12 bis"
            if (tk.isWord(n + 1) && tk.gap[n + 1] == 0) {
                if (a.addition() == null || !tk.fold[n + 1].equals(a.addition())) {
                    return -1; // "3b" is another house
                }
                e = n + 1;
            } else if (tk.isPunct(n + 1, '-') && tk.gap[n + 1] == 0 && n + 2 < tk.n && tk.gap[n + 2] == 0
                    && tk.type[n + 2] != Tokens.PUNCT) {
                if (a.addition() == null || !sameAddition(tk.fold[n + 2], a.addition())) {
                    return -1;
                }
                e = n + 2;
            } else if (a.addition() != null && tk.isWord(n + 1) && tk.nl[n + 1] == 0
                    && tk.fold[n + 1].equals(a.addition())) {
                e = n + 1;
            }
            int k = e + 1;
            if (tk.isPunct(k, ',') && tk.nl[k] == 0) {
                k++;
            }
            boolean extended = false;
            if (a.postcode() != null && tk.isNum(k) && tk.nl[k] == 0 && tk.isWord(k + 1) && tk.gap[k + 1] <= 1
                    && (tk.fold[k] + tk.fold[k + 1]).equals(a.postcode())) {
                e = k + 1;
                k = e + 1;
                extended = true;
                if (tk.isPunct(k, ',') && tk.nl[k] == 0) {
                    k++;
                }
            }
            if (a.place().length > 0 && tk.isWord(k) && tk.nl[k] == 0) {
                int x = k;
                boolean ok = true;
                for (String w : a.place()) {
                    if (tk.isWord(x) && tk.fold[x].equals(w) && tk.nl[x] == 0) {
                        x++;
                    } else {
                        ok = false;
                        break;
                    }
                }
                if (ok && (extended || tk.caps[k] != Tokens.LOWER)) {
                    e = x - 1;
                }
            }
            return e;
        }

        /** "2" for "II", "3" for "iii": a floor written in Arabic or Roman numerals. */
        private static boolean sameAddition(String text, String addition) {
            if (text.equals(addition)) {
                return true;
            }
            String[] roman = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
            for (int r = 0; r < roman.length; r++) {
                String arabic = String.valueOf(r + 1);
                if ((text.equals(arabic) && addition.equals(roman[r])) || (text.equals(roman[r]) && addition.equals(arabic))) {
                    return true;
                }
            }
            return false;
        }

        private void postcode(int i) {
            if (!tk.isWord(i + 1) || tk.gap[i + 1] > 1 || tk.nl[i + 1] > 0 || tk.fold[i].length() != 4
                    || tk.end[i + 1] - tk.start[i + 1] != 2) {
                // the client's own postcode in any case: "3515 GN", "3515 gn"
                return;
            }
            List<Address> as = addressesByPostcode.get(tk.fold[i] + tk.fold[i + 1]);
            if (as == null || (i > 0 && tk.gap[i] == 0 && tk.type[i - 1] != Tokens.PUNCT)) {
                return;
            }
            Set<String> cases = new LinkedHashSet<>();
            for (Address a : as) {
                cases.add(a.caseNumber());
            }
            emit(i, i + 1, Kind.ADDRESS, cases);
        }

        // ---- dates with the month in words

        private int wordDate(int i) {
            if (tk.fold[i].length() > 2) {
                return -1;
            }
            int m = i + 1;
            if (tk.isPunct(m, '-') && tk.gap[m] == 0) {
                m++;
            }
            if (!tk.isWord(m) || tk.nl[m] > 0 || tk.gap[m] > 1) {
                return -1;
            }
            Integer month = MONTHS.get(tk.fold[m]);
            if (month == null) {
                return -1;
            }
            int y = m + 1;
            if (tk.isPunct(y, '.') && tk.gap[y] == 0) {
                y++;
            }
            if (tk.isPunct(y, '-') && tk.gap[y] == 0) {
                y++;
            }
            if (tk.isPunct(y, '\'')) {
                y++;
            }
            if (!tk.isNum(y) || tk.nl[y] > 0 || tk.gap[y] > 1) {
                return -1;
            }
            String ys = tk.fold[y];
            if (ys.length() != 4 && ys.length() != 2) {
                return -1;
            }
            if (tk.isNum(y + 1) && tk.gap[y + 1] == 0) {
                return -1;
            }
            LocalDate d = date(Integer.parseInt(ys), month, Integer.parseInt(tk.fold[i]), ys.length());
            if (d == null) {
                return -1;
            }
            Set<String> cases = births.get(d);
            if (cases != null) {
                emit(i, y, Kind.BIRTH_DATE, cases);
            } else {
                birthCueSuspect(i, y);
            }
            return y;
        }

        private static LocalDate date(int year, int month, int day, int yearDigits) {
            if (yearDigits == 2) {
                int now = LocalDate.now().getYear() % 100;
                year += year > now ? 1900 : 2000;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private void birthCueSuspect(int s, int e) {
            int k = s - 1;
            if (tk.isPunct(k, ':')) {
                k--;
            }
            if (tk.isPunct(k, '.')) {
                k--;
            }
            if (tk.isWord(k) && (tk.fold[k].equals("geboren") || tk.fold[k].equals("geb")
                    || tk.fold[k].equals("geboortedatum"))) {
                suspects.add(new Suspect(tk.start[s], tk.end[e], tk.text.substring(tk.start[s], tk.end[e]),
                        "geboortedatum van iemand die niet op de agenda staat"));
            }
        }

        // ---- digit chains: phone, BSN, numeric dates

        private int digitChain(int i) {
            if (i > 0 && tk.gap[i] == 0 && (tk.type[i - 1] == Tokens.WORD
                    || (tk.type[i - 1] == Tokens.PUNCT && ",".indexOf(tk.punct[i - 1]) >= 0))) {
                return i; // "€ 2.340,50": the cents; "A4"
            }
            boolean plus = tk.isPunct(i - 1, '+') && tk.gap[i] == 0;
            // "(06)12345678": the opening bracket is part of the number
            boolean bracket = !plus && tk.isPunct(i - 1, '(') && tk.gap[i] == 0 && tk.isPunct(i + 1, ')')
                    && tk.gap[i + 1] == 0;
            int start = plus || bracket ? i - 1 : i;
            List<Integer> groups = new ArrayList<>(6);
            List<Character> seps = new ArrayList<>(6);
            groups.add(i);
            int digits = tk.fold[i].length();
            int k = i;
            while (digits < 16) {
                int nx = k + 1;
                if (nx >= tk.n || tk.nl[nx] > 0 || consumed[nx]) {
                    break;
                }
                if (tk.type[nx] == Tokens.NUM && tk.gap[nx] == 1) {
                    groups.add(nx);
                    seps.add(' ');
                    k = nx;
                    digits += tk.fold[nx].length();
                    continue;
                }
                int p = nx;
                char sep = 0;
                int punctCount = 0;
                while (p < tk.n && tk.type[p] == Tokens.PUNCT && ("-./()".indexOf(tk.punct[p]) >= 0
                        || tk.punct[p] == '\'' && groups.size() == 2 && punctCount == 1) // "17-4-'58"
                        && tk.nl[p] == 0 && tk.gap[p] <= 1 && punctCount < 2) {
                    if (sep == 0 || sep == ')' || sep == '(') {
                        sep = tk.punct[p];
                    }
                    p++;
                    punctCount++;
                }
                if (punctCount > 0 && p < tk.n && tk.type[p] == Tokens.NUM && tk.gap[p] <= 1 && tk.nl[p] == 0
                        && !consumed[p]) {
                    groups.add(p);
                    seps.add(sep);
                    k = p;
                    digits += tk.fold[p].length();
                    continue;
                }
                break;
            }
            // a date is a date: d-m-yyyy, d/m/yy, d.m.yyyy, yyyy-mm-dd
            for (int g = groups.size() - 1; g >= 0; g--) {
                LocalDate d = g == 2 ? numericDate(groups, seps) : null;
                if (d != null) {
                    int end = groups.get(2);
                    if (tk.isNum(end + 1) && tk.gap[end + 1] == 0) {
                        break;
                    }
                    Set<String> cases = births.get(d);
                    if (cases != null) {
                        emit(groups.get(0), end, Kind.BIRTH_DATE, cases);
                    } else {
                        birthCueSuspect(groups.get(0), end);
                    }
                    return end;
                }
            }
            String[] prefix = new String[groups.size()];
            StringBuilder sb = new StringBuilder(plus ? "+" : "");
            for (int g = 0; g < groups.size(); g++) {
                sb.append(tk.fold[groups.get(g)]);
                prefix[g] = sb.toString();
            }
            for (int g = groups.size() - 1; g >= 0; g--) {
                int end = groups.get(g);
                String raw = prefix[g];
                Set<String> cases = phones.get(normalizePhone(raw));
                if (cases != null && raw.replace("+", "").length() >= 6) {
                    emit(start, end, Kind.PHONE, cases);
                    return end;
                }
                String digitsOnly = raw.replace("+", "");
                if (!plus && digitsOnly.length() == 9) {
                    cases = bsns.get(digitsOnly);
                    if (cases != null) {
                        emit(start, end, Kind.BSN, cases);
                        return end;
                    }
                }
            }
            int last = groups.get(groups.size() - 1);
            String all = prefix[groups.size() - 1];
            String norm = normalizePhone(all);
            boolean grouped = groups.size() > 1;
            if ((norm.length() == 10 && norm.startsWith("0") && !norm.startsWith("00") && (grouped || plus
                    || norm.startsWith("06"))) || (plus && all.length() >= 11)) {
                suspects.add(new Suspect(tk.start[start], tk.end[last], tk.text.substring(tk.start[start], tk.end[last]),
                        "telefoonnummer van iemand die niet op de agenda staat"));
            } else if (!plus && all.length() == 9 && Bsn.isValid(all)) {
                suspects.add(new Suspect(tk.start[start], tk.end[last], tk.text.substring(tk.start[start], tk.end[last]),
                        "mogelijk een BSN van iemand die niet op de agenda staat"));
            }
            return last;
        }

        private LocalDate numericDate(List<Integer> groups, List<Character> seps) {
            char s1 = seps.get(0);
            char s2 = seps.get(1);
            if (s1 != s2 || "-/.".indexOf(s1) < 0) {
                return null;
            }
            String a = tk.fold[groups.get(0)];
            String b = tk.fold[groups.get(1)];
            String c = tk.fold[groups.get(2)];
            if (a.length() == 4 && b.length() == 2 && c.length() == 2 && s1 == '-') {
                return date(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c), 4);
            }
            if (a.length() <= 2 && b.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
                return date(Integer.parseInt(c), Integer.parseInt(b), Integer.parseInt(a), c.length());
            }
            return null;
        }
    }
}
