package nl.kring.ui.meetings;

import nl.kring.domain.Partner;
import nl.kring.ui.common.RoleTexts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Short names of the partners for the agenda's kring column (issue 13: the full names wrapped every row onto three
 * lines, so a 1366×768 laptop showed two or three items): the abbreviation the vangnetoverleg uses for the partner's role
 * ("GGD", "Woco", "HA" for the huisarts, "VZ" for verslavingszorg, "Gem." for the gemeente, "MO"); when two partners of the register share that word, each reads the role word and
 * the first word of its own name that tells them apart ("GGZ Stroomland", "GGZ Centraal"). The full names stay in the
 * cell's tooltip and in the printed agenda.
 */
public final class PartnerShortNames {
    private PartnerShortNames() {
    }

    /** Partner id → short name, for every partner of the register. */
    public static Map<String, String> of(List<Partner> register) {
        Map<String, String> word = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Partner p : register) {
            // the role's word in the UI language (issue 13: the English UI showed "HA" and "Gem.")
            String w = Objects.requireNonNullElseGet(RoleTexts.shortName(p.role()), () -> firstWord(p.name()));
            word.put(p.id(), w);
            uses.merge(w, 1, Integer::sum);
        }
        Map<String, String> shortNames = new LinkedHashMap<>();
        for (Partner p : register) {
            String w = word.get(p.id());
            if (uses.get(w) == 1) {
                shortNames.put(p.id(), w);
            } else {
                List<String> others = register.stream().filter(o -> o != p && word.get(o.id()).equals(w))
                        .map(o -> " " + String.join(" ", words(o.name())).toLowerCase(Locale.ROOT) + " ").toList();
                shortNames.put(p.id(), w + " " + distinctive(p.name(), w, others));
            }
        }
        // still the same (two partners whose names share every word): the id tells them apart
        Map<String, Integer> again = new HashMap<>();
        shortNames.values().forEach(s -> again.merge(s, 1, Integer::sum));
        shortNames.replaceAll((id, s) -> again.get(s) == 1 ? s : s + " (" + id + ")");
        return shortNames;
    }

    private static String firstWord(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? name.strip() : words.getFirst();
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.strip().split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The first word of the name that is not the role word and is missing from one of the other names. */
    private static String distinctive(String name, String roleWord, List<String> others) {
        List<String> words = words(name);
        for (String w : words) {
            String key = " " + w.toLowerCase(Locale.ROOT) + " ";
            if (!w.equalsIgnoreCase(roleWord) && others.stream().anyMatch(o -> !o.contains(key))) {
                return w;
            }
        }
        return words.isEmpty() ? name.strip() : words.getLast();
    }
}
