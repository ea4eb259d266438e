package nl.kring.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.domain.Bsn;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;

/**
 * The report writer's own safety net behind the caller's {@link Pseudonymiser}: masks, in free text bound for a
 * partner report, the verslag or the rooster, every identity field the vault holds for the cases of the export
 * (client names and aliases, relatives, legal representative, address and postcode, BSN in any grouping, phone,
 * date of birth) and the melder's name and organisation. It is deliberately blunt (literal, case-insensitive, whole
 * words, with and without diacritics): it may over-mask a common word that equals a surname, it never lets a known
 * identity field through. It does not find names it was not told about: that is the pseudonymiser's job.
 */
final class IdentityGuard {
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern NINE_DIGITS = Pattern.compile(
            "(?<![\\d])(\\d{9}|\\d{3}[ .]\\d{3}[ .]\\d{3}|\\d{4}\\.\\d{2}\\.\\d{3})(?![\\d])");
    private static final DateTimeFormatter DUTCH_LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Nl.LOCALE);

    private record Rule(Pattern pattern, String replacement) {
    }

    private final List<Rule> rules;
    private final Pattern names;
    private final Map<String, String> folded = new java.util.HashMap<>();
    private int hits;

    private IdentityGuard(List<Rule> rules, Map<String, String> nameReplacements) {
        this.rules = rules;
        nameReplacements.forEach((k, v) -> folded.putIfAbsent(fold(k), v));
        if (nameReplacements.isEmpty()) {
            this.names = null;
        } else {
            List<String> keys = new ArrayList<>(nameReplacements.keySet());
            keys.sort(Comparator.comparingInt(String::length).reversed());
            StringBuilder alt = new StringBuilder();
            for (String k : keys) {
                if (!alt.isEmpty()) {
                    alt.append('|');
                }
                alt.append(flexibleLiteral(k));
            }
            this.names = Pattern.compile(NOT_WORD_BEFORE + "(?:" + alt + ")" + NOT_WORD_AFTER,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    static IdentityGuard of(Collection<CaseFile> cases) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CaseFile c : cases) {
            String client = "[cliënt " + c.number() + "]";
            Client cl = c.client();
            if (cl != null) {
                addAddress(rules, cl.address(), "[adres cliënt " + c.number() + "]");
                if (cl.bsn() != null && !Bsn.normalize(cl.bsn()).isEmpty()) {
                    rules.add(new Rule(digits(Bsn.normalize(cl.bsn()), "[\\s.\\-]?"), "[BSN]"));
                }
                addPhone(rules, cl.phone());
                addBirthDate(rules, cl.birthDate());
                // relatives and the representative before the client: "Peter de Vries" is the son, not the client
                for (Relative r : cl.relatives()) {
                    String rel = r.relation() == null || r.relation().isBlank() ? "familielid" : r.relation().strip();
                    String repl = "[" + rel + " van cliënt " + c.number() + "]";
                    addName(names, r.name(), repl, 3);
                    addName(names, firstToken(r.name()), repl, 3);
                }
                addName(names, cl.legalRepresentative(), "[wettelijk vertegenwoordiger van cliënt " + c.number() + "]", 3);
                String prefix = blankToEmpty(cl.prefix());
                String surname = blankToEmpty(cl.surname());
                String fullSurname = (prefix + " " + surname).strip();
                List<String> given = new ArrayList<>();
                if (cl.firstNames() != null) {
                    given.add(cl.firstNames().strip());
                    for (String t : cl.firstNames().strip().split("\\s+")) {
                        given.add(t);
                    }
                }
                if (cl.roepnaam() != null) {
                    given.add(cl.roepnaam().strip());
                }
                for (String g : given) {
                    addName(names, g + " " + fullSurname, client, 3);
                    addName(names, g, client, 3);
                }
                addName(names, fullSurname, client, 2);
                addName(names, surname, client, 3);
                for (String alias : cl.aliases()) {
                    addName(names, alias, client, 2);
                }
            }
            Referrer m = c.referrer();
            if (m != null) {
                addName(names, m.name(), "[melder]", 2);
                addName(names, m.organisation(), "[melder]", 2);
            }
        }
        rules.add(new Rule(NINE_DIGITS, null)); // any other BSN-shaped number that passes the 11-proef
        return new IdentityGuard(rules, names);
    }

    /** The text with every known identity field masked. */
    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(s);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String repl = rule.replacement();
                if (repl == null) {
                    if (!Bsn.isValid(m.group(1))) {
                        continue;
                    }
                    repl = "[BSN]";
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(repl));
                hits++;
                changed = true;
            }
            if (changed) {
                m.appendTail(sb);
                s = sb.toString();
            }
        }
        if (names != null) {
            Matcher m = names.matcher(s);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String key = fold(m.group().replaceAll("\\s+", " "));
                String repl = folded.getOrDefault(key, "[naam]");
                m.appendReplacement(sb, Matcher.quoteReplacement(repl));
                hits++;
                changed = true;
            }
            if (changed) {
                m.appendTail(sb);
                s = sb.toString();
            }
        }
        return s;
    }

    /** How many masks were applied so far (to warn the chair that the pseudonymiser missed something). */
    int hits() {
        return hits;
    }

    // ------------------------------------------------------------------ building

    private static void addName(Map<String, String> names, String name, String replacement, int minLength) {
        if (name == null) {
            return;
        }
        String n = Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (n.codePointCount(0, n.length()) < minLength) {
            return;
        }
        // the pattern is built from the keys: the name as written and without diacritics; the lookup folds both
        names.putIfAbsent(n.toLowerCase(Locale.ROOT), replacement);
        names.putIfAbsent(fold(n), replacement);
    }

    private static void addAddress(List<Rule> rules, String address, String replacement) {
        if (address == null || address.isBlank()) {
            return;
        }
        String a = address.strip();
        rules.add(new Rule(Pattern.compile(NOT_WORD_BEFORE + flexibleLiteral(a) + NOT_WORD_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), replacement));
        int comma = a.indexOf(',');
        if (comma > 0) {
            String street = a.substring(0, comma).strip();
            if (street.length() >= 4) {
                rules.add(new Rule(Pattern.compile(NOT_WORD_BEFORE + flexibleLiteral(street) + NOT_WORD_AFTER,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), replacement));
            }
        }
        Matcher pc = Pattern.compile("(\\d{4})\\s?([A-Za-z]{2})(?![\\p{L}])").matcher(a);
        if (pc.find()) {
            rules.add(new Rule(Pattern.compile(NOT_WORD_BEFORE + pc.group(1) + "\\s?" + pc.group(2) + NOT_WORD_AFTER,
                    Pattern.CASE_INSENSITIVE), replacement));
        }
    }

    private static void addPhone(List<Rule> rules, String phone) {
        if (phone == null) {
            return;
        }
        String d = phone.replaceAll("\\D", "");
        if (d.length() < 6) {
            return;
        }
        String sep = "[\\s.\\-()/]*";
        rules.add(new Rule(digits(d, sep), "[telefoon]"));
        if (d.startsWith("0") && !d.startsWith("00")) {
            // +31 6 12345678, 0031 6 …
            rules.add(new Rule(Pattern.compile("(?:\\+|00)31" + sep + "(?:\\(0\\)" + sep + ")?"
                    + digits(d.substring(1), sep).pattern()), "[telefoon]"));
        }
    }

    private static void addBirthDate(List<Rule> rules, LocalDate d) {
        if (d == null) {
            return;
        }
        String day = "0?" + d.getDayOfMonth();
        String month = "0?" + d.getMonthValue();
        String year = String.valueOf(d.getYear());
        String numeric = day + "\\s?[-/.]\\s?" + month + "\\s?[-/.]\\s?" + year;
        String iso = year + "-" + String.format("%02d", d.getMonthValue()) + "-" + String.format("%02d", d.getDayOfMonth());
        String longForm = flexibleLiteral(DUTCH_LONG.format(d));
        rules.add(new Rule(Pattern.compile("(?<!\\d)(?:" + iso + "|" + numeric + "|" + longForm + ")(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "[geboortedatum]"));
    }

    /** The digits in order, with optional separators between them, not inside a longer number. */
    private static Pattern digits(String digits, String sep) {
        StringBuilder p = new StringBuilder("(?<!\\d)");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                p.append(sep);
            }
            p.append(digits.charAt(i));
        }
        return Pattern.compile(p.append("(?!\\d)").toString());
    }

    private static String flexibleLiteral(String s) {
        String[] tokens = s.strip().split("\\s+");
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                p.append("\\s+");
            }
            p.append(Pattern.quote(tokens[i]));
        }
        return p.toString();
    }

    private static String firstToken(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+")[0];
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** Lower case without diacritics (dotless ı as i): "Yılmaz", "YILMAZ" and "Yilmaz" fold alike. */
    private static String fold(String s) {
        return stripDiacritics(s).toLowerCase(Locale.ROOT).replace('ı', 'i');
    }

    private static String stripDiacritics(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
