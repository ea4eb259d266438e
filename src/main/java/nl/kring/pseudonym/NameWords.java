package nl.kring.pseudonym;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * What a single word is, for callers outside the recogniser that match names themselves (the report's identity
 * guard): a generic role word ("buurvrouw", "wijkagent") is never a name, and a name that is also an ordinary Dutch
 * word ("Ben", "Roos", "Post") is a name only when written with a capital.
 */
public final class NameWords {

    /** Words that say what someone is, not who: never a name, whatever a melder or relative field says. */
    static final Set<String> ROLE_WORDS = Set.of("buurman", "buurvrouw", "buren", "buurtbewoner", "bewoner",
            "bewoonster", "bewoners", "wijkagent", "agent", "politie", "huisarts", "arts", "praktijkondersteuner",
            "poh", "leerplichtambtenaar", "leerplicht", "moeder", "vader", "ouder", "ouders", "zoon", "dochter", "broer",
            "zus", "zuster", "oom", "tante", "opa", "oma", "neef", "nicht", "familie", "familielid", "partner",
            "expartner", "ex", "echtgenoot", "echtgenote", "vriend", "vriendin", "kennis", "collega", "werkgever",
            "huisbaas", "verhuurder", "hospita", "mentor", "bewindvoerder", "curator", "melder", "anoniem", "anonieme",
            "onbekend", "onbekende", "wijkverpleegkundige", "verpleegkundige", "thuiszorg", "casemanager",
            "maatschappelijk", "werker", "wijkteam", "consulent", "docent", "leraar", "lerares", "juf", "meester",
            "school", "schoolmaatschappelijk", "intern", "begeleider", "zorgcoordinator", "ggd", "ggz", "gemeente",
            "woningcorporatie", "corporatie", "huismeester", "conciërge", "concierge", "beheerder", "wijkbeheerder",
            "handhaver", "boa", "brandweer", "ambulance", "specialist", "psychiater", "psycholoog", "apotheker",
            "stiefvader", "stiefmoeder", "pleegmoeder", "pleegvader", "grootmoeder", "grootvader", "schoonzus",
            "zwager", "schoonmoeder", "schoonvader");

    private NameWords() {
    }

    /** A generic role word such as "buurvrouw", "wijkagent", "huisarts", "moeder" (any case, diacritics ignored). */
    public static boolean isRoleWord(String word) {
        if (word == null) {
            return false;
        }
        String f = Fold.fold(word.strip());
        return ROLE_WORDS.contains(f) || Person.isTitle(f.replace(".", ""));
    }

    /**
     * Whether a melder's name ("dr. E. van Leeuwen", "R. Kok") is one of these professionals' names ("E. van Leeuwen",
     * "R. Kok"): the same surname, and given names or initials on both sides that start with the same letter. A bare
     * surname on either side ("Kwakkelstein") is not enough: that may be someone else of the same name.
     */
    public static boolean isProfessional(String melderName, Collection<String> professionals) {
        if (melderName == null || melderName.isBlank() || professionals == null) {
            return false;
        }
        Person m = person(melderName);
        if (m.components.isEmpty() || m.initials.isEmpty()) {
            return false;
        }
        for (String name : professionals) {
            Person p = person(name);
            if (!p.initials.isEmpty() && sameSurname(m, p)
                    && m.initials.iterator().next().charAt(0) == p.initials.iterator().next().charAt(0)) {
                return true;
            }
        }
        return false;
    }

    private static Person person(String name) {
        StringBuilder kept = new StringBuilder();
        for (String w : withoutInvisible(name).strip().split("[\\s\\p{Z}]+")) {
            // leading role words name nobody: "Huisarts E. van Leeuwen"
            if (!w.isEmpty() && (!kept.isEmpty() || !isRoleWord(w.replace(",", "")))) {
                kept.append(kept.isEmpty() ? "" : " ").append(w);
            }
        }
        Person p = new Person(0, Person.Role.PROFESSIONAL, null, null);
        p.addFullName(kept.toString());
        return p;
    }

    private static boolean sameSurname(Person a, Person b) {
        if (a.components.size() != b.components.size()) {
            return false;
        }
        for (int i = 0; i < a.components.size(); i++) {
            if (!Arrays.equals(a.components.get(i).core(), b.components.get(i).core())) {
                return false;
            }
        }
        return true;
    }

    /** An ordinary lower-case Dutch word ("ben", "roos", "post"), from the shipped word list. */
    public static boolean isOrdinaryWord(String word) {
        return word != null && !word.isBlank() && Lexicon.get().isWord(Fold.fold(word.strip()));
    }

    /** The text without invisible characters (Unicode category Cf, soft hyphens). */
    public static String withoutInvisible(String text) {
        return text == null ? null : Recognition.withoutInvisible(text);
    }
}
