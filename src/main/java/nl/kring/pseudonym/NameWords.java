package nl.kring.pseudonym;

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

    /** An ordinary lower-case Dutch word ("ben", "roos", "post"), from the shipped word list. */
    public static boolean isOrdinaryWord(String word) {
        return word != null && !word.isBlank() && Lexicon.get().isWord(Fold.fold(word.strip()));
    }

    /** The text without invisible characters (Unicode category Cf, soft hyphens). */
    public static String withoutInvisible(String text) {
        return text == null ? null : Recognition.withoutInvisible(text);
    }
}
