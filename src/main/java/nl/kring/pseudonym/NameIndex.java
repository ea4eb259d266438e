package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hash maps from folded name words to the people who carry them, and a deletion-neighbourhood index
 * (SymSpell style, one edit) over the words of five letters or more for typos: a word and a name one
 * transposition, deletion, insertion or substitution apart share a one-deletion form.
 */
final class NameIndex {

    static final int MIN_FUZZY_LENGTH = 5;

    /** part: GIVEN (a given name, roepnaam or alias word), CORE (a surname word), JOINED (prefix+surname as one word). */
    record Hit(Person person, int part) {
        static final int GIVEN = 0;
        static final int CORE = 1;
        static final int JOINED = 2;
    }

    final List<Person> persons;
    private final Map<String, Hit[]> exact = new HashMap<>();
    private final Map<String, String[]> deletions = new HashMap<>();
    private final Map<String, Person[]> initials = new HashMap<>();
    /** Initials with their letters sorted ("A J" for Jan Adriaan): {@link #byInitialSet}. */
    private final Map<String, Person[]> initialSets = new HashMap<>();

    NameIndex(List<Person> persons) {
        this.persons = List.copyOf(persons);
        // insertion-ordered sets, not lists with contains(): a common name word ("Jan", "de Vries") is carried by many
        // people, and a list's contains() made building the index quadratic in the vault's size (issue 17)
        Map<String, Set<Hit>> ex = new HashMap<>();
        Map<String, Set<String>> del = new HashMap<>();
        Map<String, Set<Person>> ini = new HashMap<>();
        for (Person p : persons) {
            for (String g : p.given) {
                add(ex, del, g, new Hit(p, Hit.GIVEN));
            }
            for (Person.Component c : p.components) {
                for (String w : c.core()) {
                    add(ex, del, w, new Hit(p, Hit.CORE));
                }
                if (c.joined() != null) {
                    add(ex, del, c.joined(), new Hit(p, Hit.JOINED));
                }
            }
            if (p.surnameInitial() != null) {
                List<Person> l = surnameInitials.computeIfAbsent(p.surnameInitial(), k -> new ArrayList<>());
                l.add(p);
            }
            for (String letters : p.initials) {
                ini.computeIfAbsent(letters, k -> new LinkedHashSet<>()).add(p);
            }
        }
        ex.forEach((k, v) -> exact.put(k, v.toArray(Hit[]::new)));
        Map<String, Set<String>> snd = new HashMap<>();
        Map<String, Set<String>> sndDel = new HashMap<>();
        for (String k : ex.keySet()) {
            String sk = Fold.soundKey(k);
            snd.computeIfAbsent(sk, x -> new LinkedHashSet<>()).add(k);
            if (sk.length() >= MIN_SOUND_EDIT_LENGTH) {
                for (int i = 0; i < sk.length(); i++) {
                    sndDel.computeIfAbsent(sk.substring(0, i) + sk.substring(i + 1), x -> new LinkedHashSet<>()).add(sk);
                }
            }
        }
        snd.forEach((k, v) -> sounds.put(k, v.toArray(String[]::new)));
        sndDel.forEach((k, v) -> soundDeletions.put(k, v.toArray(String[]::new)));
        del.forEach((k, v) -> deletions.put(k, v.toArray(String[]::new)));
        ini.forEach((k, v) -> initials.put(k, v.toArray(Person[]::new)));
        Map<String, Set<Person>> sets = new HashMap<>();
        ini.forEach((k, v) -> {
            if (k.length() >= 2) {
                sets.computeIfAbsent(sorted(k), x -> new LinkedHashSet<>()).addAll(v);
            }
        });
        sets.forEach((k, v) -> initialSets.put(k, v.toArray(Person[]::new)));
    }

    private final Map<String, List<Person>> surnameInitials = new HashMap<>();
    /** Sound keys ({@link Fold#soundKey}) to the name keys that have them. */
    private final Map<String, String[]> sounds = new HashMap<>();
    private final Map<String, String[]> soundDeletions = new HashMap<>();
    /** A sound key one edit from a name's (a typo on top of a spelling convention) counts from this length. */
    static final int MIN_SOUND_EDIT_LENGTH = 6;

    /**
     * Name keys that differ from the word's key only by transliteration conventions ({@link Fold#soundKey}: "wahjoe"
     * for "wahyu", "ramlotjan" for "ramlochan"), or, for sound keys of six letters or more, by such conventions and
     * one edit; never the key itself. Empty when none.
     */
    List<String> soundAlike(String key) {
        String sk = Fold.soundKey(key);
        List<String> out = null;
        String[] same = sounds.get(sk);
        if (same != null) {
            for (String k : same) {
                if (!k.equals(key)) {
                    out = out == null ? new ArrayList<>(2) : out;
                    out.add(k);
                }
            }
        }
        if (sk.length() >= MIN_SOUND_EDIT_LENGTH - 1) {
            Set<String> near = new LinkedHashSet<>();
            String[] d0 = soundDeletions.get(sk);
            if (d0 != null) {
                near.addAll(List.of(d0));
            }
            for (int i = 0; i < sk.length(); i++) {
                String d = sk.substring(0, i) + sk.substring(i + 1);
                if (d.length() >= MIN_SOUND_EDIT_LENGTH && sounds.containsKey(d)) {
                    near.add(d);
                }
                String[] ds = soundDeletions.get(d);
                if (ds != null) {
                    near.addAll(List.of(ds));
                }
            }
            for (String s2 : near) {
                if (s2.equals(sk) || !withinOneEdit(sk, s2)) {
                    continue;
                }
                for (String k : sounds.get(s2)) {
                    if (!k.equals(key) && (out == null || !out.contains(k))) {
                        out = out == null ? new ArrayList<>(2) : out;
                        out.add(k);
                    }
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** People whose surname starts with this letter. */
    List<Person> bySurnameInitial(String letter) {
        return surnameInitials.getOrDefault(letter, List.of());
    }

    private static void add(Map<String, Set<Hit>> ex, Map<String, Set<String>> del, String key, Hit hit) {
        if (key.isEmpty()) {
            return;
        }
        ex.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(hit);
        if (key.length() >= MIN_FUZZY_LENGTH) {
            for (int i = 0; i < key.length(); i++) {
                String d = key.substring(0, i) + key.substring(i + 1);
                del.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(key);
            }
        }
    }

    Hit[] exact(String folded) {
        return exact.get(folded);
    }

    boolean isKey(String folded) {
        return exact.containsKey(folded);
    }

    Person[] byInitials(String letters) {
        return initials.get(letters);
    }

    /** People whose initials (two or more) are these letters in any order. */
    Person[] byInitialSet(String letters) {
        return initialSets.get(sorted(letters));
    }

    static String sorted(String letters) {
        char[] c = letters.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    /** Name keys (≥ 5 letters) one edit away from the word; empty when none. */
    List<String> fuzzy(String w) {
        if (w.length() < MIN_FUZZY_LENGTH - 1) {
            return List.of();
        }
        List<String> out = null;
        // the word is a key with one letter deleted
        String[] keys = deletions.get(w);
        if (keys != null) {
            for (String k : keys) {
                out = addIfClose(out, w, k);
            }
        }
        for (int i = 0; i < w.length(); i++) {
            String d = w.substring(0, i) + w.substring(i + 1);
            // the word is a key with one letter inserted
            if (d.length() >= MIN_FUZZY_LENGTH && exact.containsKey(d)) {
                out = addIfClose(out, w, d);
            }
            // substitution or transposition: both share a deletion
            String[] ks = deletions.get(d);
            if (ks != null) {
                for (String k : ks) {
                    out = addIfClose(out, w, k);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    private static List<String> addIfClose(List<String> out, String w, String key) {
        if (key.equals(w) || (out != null && out.contains(key)) || !withinOneEdit(w, key)) {
            return out;
        }
        if (out == null) {
            out = new ArrayList<>(2);
        }
        out.add(key);
        return out;
    }

    /** Optimal string alignment distance ≤ 1. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            // substitution
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            // transposition
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i);
        }
        return b.regionMatches(i + 1, a, i, la - i);
    }
}
