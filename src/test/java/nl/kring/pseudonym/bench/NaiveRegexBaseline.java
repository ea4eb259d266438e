package nl.kring.pseudonym.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;
import nl.kring.pseudonym.KnownClient;

/**
 * The naive approach the engine is measured against: for every client, one regular expression per name
 * variant (full name, given names, roepnaam, aliases, surname with and without prefix, title + surname,
 * initials + surname, reversed, joined, possessive, without diacritics, one-typo variants are left out
 * as they would explode), the relatives' names and the identifiers, applied to the text one after the
 * other, each a replaceAll.
 */
public final class NaiveRegexBaseline {

    private record Rule(Pattern pattern, String replacement) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public NaiveRegexBaseline(List<KnownClient> clients) {
        for (KnownClient kc : clients) {
            Client c = kc.client();
            String marker = "[cliënt " + kc.caseNumber() + "]";
            Set<String> variants = new LinkedHashSet<>();
            String pre = c.prefix() == null ? "" : c.prefix() + " ";
            List<String> surnames = new ArrayList<>();
            surnames.add(pre + c.surname());
            surnames.add(c.surname());
            surnames.add((pre + c.surname()).replace(" ", ""));
            for (String part : c.surname().split("-")) {
                surnames.add(part);
            }
            List<String> given = new ArrayList<>(List.of(c.firstNames().split(" ")));
            if (c.roepnaam() != null) {
                given.add(c.roepnaam());
            }
            given.addAll(c.aliases());
            String initials = String.join("", given.stream().map(g -> g.charAt(0) + ".").toList());
            for (String s : surnames) {
                variants.add(c.firstNames() + " " + s);
                for (String g : given) {
                    variants.add(g + " " + s);
                }
                for (String t : new String[] {"dhr.", "mw.", "mevr.", "meneer", "mevrouw", "de heer"}) {
                    variants.add(t + " " + s);
                }
                variants.add(initials + " " + s);
                variants.add(given.get(0).charAt(0) + ". " + s);
                variants.add(s + ", " + initials + (c.prefix() == null ? "" : " " + c.prefix()));
                variants.add(s + "'s");
                variants.add(s + "s");
                variants.add(s);
            }
            variants.addAll(given);
            List<String> all = new ArrayList<>(variants);
            for (String v : variants) {
                String folded = Normalizer.normalize(v, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                if (!folded.equals(v)) {
                    all.add(folded);
                }
            }
            for (String v : all) {
                rules.add(new Rule(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(v) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Matcher.quoteReplacement(marker)));
            }
            for (Relative rel : c.relatives()) {
                String rm = Matcher.quoteReplacement("[" + rel.relation() + " van cliënt " + kc.caseNumber() + "]");
                rules.add(new Rule(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(rel.name()) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), rm));
                rules.add(new Rule(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(rel.name().split(" ")[0]) + "(?![\\p{L}])"),
                        rm));
            }
            String bsn = c.bsn();
            rules.add(new Rule(Pattern.compile(bsn.substring(0, 3) + "[ .-]?" + bsn.substring(3, 6) + "[ .-]?"
                    + bsn.substring(6)), "[BSN]"));
            String phoneDigits = c.phone().replaceAll("\\D", "").substring(1);
            rules.add(new Rule(Pattern.compile("(?:0|\\+31\\s?)" + String.join("[ -]?", phoneDigits.split(""))), "[telefoon]"));
        }
    }

    public int rules() {
        return rules.size();
    }

    public String apply(String text) {
        String t = text;
        for (Rule r : rules) {
            t = r.pattern().matcher(t).replaceAll(r.replacement());
        }
        return t;
    }
}
