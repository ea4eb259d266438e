package nl.kring.domain;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests a leefgebied for a minutes paragraph from its words (docs/product.md capability 8: "the editor suggests a
 * leefgebied from its words"), so that the chair can classify an unclassified paragraph in one click. Pure and
 * deterministic: each word that starts with one of a leefgebied's stems counts once for it; the leefgebied with the
 * most hits wins, a tie goes to the first in {@link LifeDomain} order; no hit, no suggestion. It only suggests: the
 * chair decides.
 */
public final class DomainSuggestion {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<LifeDomain, List<String>> STEMS = new EnumMap<>(LifeDomain.class);

    static {
        STEMS.put(LifeDomain.PERSOONLIJKE_VERZORGING, List.of("hygien", "verzorg", "wassen", "douch", "kleding",
                "incontinent", "lichaamsgeur", "ongewassen"));
        STEMS.put(LifeDomain.HUISHOUDING, List.of("huishoud", "vervuil", "rommel", "afval", "stank", "ongedierte",
                "kakkerlak", "muizen", "opruim", "schoonma", "verzamel", "boodschap"));
        STEMS.put(LifeDomain.SOCIAAL_FUNCTIONEREN, List.of("sociaal", "sociale", "netwerk", "eenzaam", "isolement",
                "geisoleerd", "vrienden", "contacten", "familie", "mantelzorg"));
        STEMS.put(LifeDomain.GEESTELIJK_FUNCTIONEREN, List.of("psychos", "psychot", "psychiat", "wanen", "waan",
                "depressi", "somber", "suicid", "achterdocht", "paranoi", "verward", "stemmen", "angst", "dementi",
                "geheugen", "opname", "ggz"));
        STEMS.put(LifeDomain.SOMATISCH_FUNCTIONEREN, List.of("diabet", "medicati", "medicijn", "wond", "ziek",
                "lichamelijk", "somatisch", "pijn", "ondervoed", "gewicht", "insuline", "hart", "longen", "controle",
                "ziekenhuis"));
        STEMS.put(LifeDomain.VERSLAVING, List.of("alcohol", "drank", "drinkt", "dronken", "drugs", "cocaine", "crack",
                "heroine", "blow", "cannabis", "ghb", "speed", "verslav", "gebruikt", "middelengebruik", "gokken"));
        STEMS.put(LifeDomain.VEILIGHEID, List.of("politie", "agressie", "agressief", "bedreig", "dreigt", "geweld",
                "overlast", "aangifte", "wapen", "mes", "brand", "onveilig", "verhoor", "aangehouden", "arrestatie",
                "meegenomen", "vernield", "huiselijk"));
        STEMS.put(LifeDomain.DAGBESTEDING_WERK, List.of("werk", "baan", "dagbesteding", "opleiding", "school",
                "dagritme", "vrijwilliger", "stage", "werkloos"));
        STEMS.put(LifeDomain.FINANCIEN, List.of("schuld", "inkomen", "uitkering", "bewind", "budget", "geld",
                "betalingsregeling", "incasso", "beslag", "achterstand", "huurachterstand", "deurwaarder"));
        STEMS.put(LifeDomain.HUISVESTING, List.of("woning", "huur", "ontruim", "huisuitzetting", "uitzetting",
                "corporatie", "dakloos", "woonruimte", "verhuiz", "sleutel", "kamer", "opvang", "portiek"));
        STEMS.put(LifeDomain.JURIDISCH, List.of("rechter", "rechtbank", "advocaat", "strafzaak", "reclassering",
                "boete", "justitie", "zorgmachtiging", "ibs", "crisismaatregel", "curatele", "mentorschap",
                "winkeldiefstal", "veroordeeld", "dagvaarding"));
    }

    private DomainSuggestion() {
    }

    /** The suggested leefgebied for the text, if any of its words points to one. */
    public static Optional<LifeDomain> suggest(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<LifeDomain, Integer> hits = new EnumMap<>(LifeDomain.class);
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            String w = m.group();
            for (Map.Entry<LifeDomain, List<String>> e : STEMS.entrySet()) {
                for (String stem : e.getValue()) {
                    if (w.startsWith(stem)) {
                        hits.merge(e.getKey(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        LifeDomain best = null;
        int most = 0;
        for (LifeDomain d : LifeDomain.values()) {
            int n = hits.getOrDefault(d, 0);
            if (n > most) {
                best = d;
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The stems that point to a leefgebied (lower case, no diacritics). */
    public static List<String> stems(LifeDomain d) {
        return STEMS.get(d);
    }

    private static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
