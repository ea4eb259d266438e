package nl.kring.pseudonym;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * E-mail addresses, found before anything else so that no part of one is read as a name or a number: the whole
 * address ("j.JNSEN.123@gmail.com") is one unit. When a word of its local part is (or is one edit from) a name of a
 * client, relative or melder on the agenda, it is a mention ({@link Kind#EMAIL}, marker {@code [e-mail]}) of those
 * people; any other address is a possible name for the chair (a professional's own address is left alone).
 */
final class EmailFinder {

    private final Tokens tk;
    private final NameIndex index;
    private final Set<String> professionalAddresses;
    private final boolean[] consumed;
    private final List<Mention> mentions;
    private final List<Suspect> suspects;

    EmailFinder(Tokens tk, NameIndex index, Set<String> professionalAddresses, boolean[] consumed,
                List<Mention> mentions, List<Suspect> suspects) {
        this.tk = tk;
        this.index = index;
        this.professionalAddresses = professionalAddresses;
        this.consumed = consumed;
        this.mentions = mentions;
        this.suspects = suspects;
    }

    void run() {
        for (int at = 0; at < tk.n; at++) {
            if (!tk.isPunct(at, '@') || tk.gap[at] != 0 || at + 1 >= tk.n || tk.gap[at + 1] != 0) {
                continue;
            }
            int s = at;
            while (s - 1 >= 0 && tk.gap[s] == 0 && localPart(s - 1)) {
                s--;
            }
            while (s < at && !(tk.isWord(s) || tk.isNum(s))) {
                s++; // an address does not start with a dot
            }
            int e = at;
            while (e + 1 < tk.n && tk.gap[e + 1] == 0 && domainPart(e + 1)) {
                e++;
            }
            while (e > at && !tk.isWord(e)) {
                e--; // nor end with one ("… via a@b.nl.")
            }
            if (s == at || e == at || !hasDot(at, e)) {
                continue;
            }
            String address = tk.text.substring(tk.start[s], tk.end[e]);
            if (professionalAddresses.contains(address.toLowerCase(Locale.ROOT))) {
                // a professional's or partner's registered work address: left as written, no possible name
                for (int k = s; k <= e; k++) {
                    consumed[k] = true;
                }
                at = e;
                continue;
            }
            Map<Person, Integer> words = new LinkedHashMap<>();
            boolean professional = false;
            boolean approximate = false;
            for (int k = s; k < at; k++) {
                if (!tk.isWord(k) || tk.key[k].length() < 3) {
                    continue;
                }
                boolean fuzzy = false;
                int weight = 1;
                NameIndex.Hit[] hits = index.exact(tk.key[k]);
                if (hits == null) {
                    // "gerritbakker62@…", "bakkergerrit@…": two names of one person joined in one word
                    hits = joinedNames(tk.key[k]);
                    weight = hits == null ? 1 : 2;
                }
                if (hits == null) {
                    for (String key : index.fuzzy(tk.key[k])) {
                        hits = index.exact(key);
                        fuzzy = true;
                        break;
                    }
                }
                if (hits == null) {
                    continue;
                }
                Set<Person> here = new LinkedHashSet<>();
                for (NameIndex.Hit h : hits) {
                    if (h.person().role == Person.Role.PROFESSIONAL) {
                        professional = true;
                    } else if (here.add(h.person())) {
                        words.merge(h.person(), weight, Integer::sum);
                        approximate |= fuzzy;
                    }
                }
            }
            // "kees.visser@…": the person with the most name words in the address (Kees Visser, not another Kees)
            int most = words.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            Set<Target> targets = new LinkedHashSet<>();
            words.forEach((person, count) -> {
                if (count == most) {
                    targets.add(person.target);
                }
            });
            for (int k = s; k <= e; k++) {
                consumed[k] = true;
            }
            if (!targets.isEmpty()) {
                mentions.add(new Mention(tk.start[s], tk.end[e], Kind.EMAIL, List.copyOf(targets), approximate));
            } else if (!professional) {
                suspects.add(new Suspect(tk.start[s], tk.end[e], address, "e-mailadres van iemand die niet op de agenda staat"));
            }
            at = e;
        }
    }

    /** The hits of a person of whom both halves of the word are names ("gerrit" + "bakker"), or null. */
    private NameIndex.Hit[] joinedNames(String w) {
        if (w.length() < 6) {
            return null;
        }
        for (int cut = 3; cut <= w.length() - 3; cut++) {
            NameIndex.Hit[] left = index.exact(w.substring(0, cut));
            NameIndex.Hit[] right = left == null ? null : index.exact(w.substring(cut));
            if (right == null) {
                continue;
            }
            List<NameIndex.Hit> both = new ArrayList<>();
            for (NameIndex.Hit l : left) {
                for (NameIndex.Hit r : right) {
                    if (l.person() == r.person() && !both.contains(l)) {
                        both.add(l);
                    }
                }
            }
            if (!both.isEmpty()) {
                return both.toArray(NameIndex.Hit[]::new);
            }
        }
        return withPrefix(w);
    }

    /**
     * "evavdoorn", "lvveen": a given name or initials, the surname's prefix written in full or as its initials, and the
     * surname, of one person, in one word; the hits of that person's surname, or null.
     */
    private NameIndex.Hit[] withPrefix(String w) {
        for (int cut = 1; cut <= w.length() - 3; cut++) {
            NameIndex.Hit[] right = index.exact(w.substring(cut));
            if (right == null) {
                continue;
            }
            String head = w.substring(0, cut);
            List<NameIndex.Hit> out = new ArrayList<>();
            for (NameIndex.Hit r : right) {
                Person p = r.person();
                for (Person.Component c : p.components) {
                    if (c.prefix().length == 0 || !c.core()[0].equals(w.substring(cut))) {
                        continue;
                    }
                    for (String pre : List.of(String.join("", c.prefix()), c.prefixInitials())) {
                        if (!head.endsWith(pre) || head.length() == pre.length()) {
                            continue;
                        }
                        String rest = head.substring(0, head.length() - pre.length());
                        if (p.given.contains(rest) || rest.length() <= 3 && p.initials.contains(rest)) {
                            if (!out.contains(r)) {
                                out.add(r);
                            }
                        }
                    }
                }
            }
            if (!out.isEmpty()) {
                return out.toArray(NameIndex.Hit[]::new);
            }
        }
        return null;
    }

    private boolean localPart(int k) {
        return tk.isWord(k) || tk.isNum(k) || tk.isPunct(k, '.') || tk.isPunct(k, '_') || tk.isPunct(k, '-')
                || tk.isPunct(k, '+');
    }

    private boolean domainPart(int k) {
        return tk.isWord(k) || tk.isNum(k) || tk.isPunct(k, '.') || tk.isPunct(k, '-');
    }

    private boolean hasDot(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (tk.isPunct(k, '.')) {
                return true;
            }
        }
        return false;
    }
}
