package nl.kring.domain;

import java.util.List;

/**
 * "Reveals no more than": the information order on views used by the strictest-wins properties. A hidden part
 * reveals less than anything; a signal less than the full domain; otherwise parts must be equal. The {@code own}
 * marks on decisions are presentation, not information about the case, and are ignored.
 */
final class InfoOrder {
    private InfoOrder() {
    }

    static boolean atMost(ItemView a, ItemView b) {
        if (a instanceof ItemView.Withheld) {
            return true;
        }
        if (b instanceof ItemView.Withheld) {
            return false;
        }
        CaseView x = (CaseView) a;
        CaseView y = (CaseView) b;
        if (!x.caseNumber().equals(y.caseNumber()) || !x.kring().equals(y.kring())) {
            return false;
        }
        IdentityView i = x.identity();
        IdentityView j = y.identity();
        boolean identity = part(i.name(), j.name()) && part(i.firstNames(), j.firstNames())
                && part(i.aliases(), j.aliases()) && part(i.birthDate(), j.birthDate()) && part(i.bsn(), j.bsn())
                && part(i.address(), j.address()) && part(i.phone(), j.phone())
                && part(i.relatives(), j.relatives()) && part(i.legalRepresentative(), j.legalRepresentative());
        if (!identity || !part(x.referrer(), y.referrer()) || !part(x.phase(), y.phase())
                || !part(x.legal(), y.legal()) || !part(x.disclosures(), y.disclosures())
                || !decisions(x.decisions(), y.decisions())) {
            return false;
        }
        for (int k = 0; k < x.domains().size(); k++) {
            if (!domain(x.domains().get(k), y.domains().get(k))) {
                return false;
            }
        }
        if (x.minutes().size() != y.minutes().size()) {
            return false;
        }
        for (int k = 0; k < x.minutes().size(); k++) {
            if (!part(x.minutes().get(k), y.minutes().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean part(Part<?> a, Part<?> b) {
        return a instanceof Part.Hidden || (!(b instanceof Part.Hidden) && a.equals(b));
    }

    /**
     * A signal reveals less than the full domain, and "no problem" less than any signal of the same domain (a note from
     * the police that one audience may not read can raise the other's); a full view with its note hidden (police) less
     * than the same score with the note.
     */
    private static boolean domain(DomainView a, DomainView b) {
        return switch (a) {
            case DomainView.Hidden h -> true;
            case DomainView.Signal s -> b instanceof DomainView.Full || s.equals(b)
                    || !s.problem() && b instanceof DomainView.Signal t && t.domain() == s.domain();
            case DomainView.Full f -> f.equals(b) || b instanceof DomainView.Full g && g.domain() == f.domain()
                    && f.score().equals(g.score()) && part(f.note(), g.note());
        };
    }

    /** Decision by decision: a hidden action text reveals less than a shown one; who and when must be equal. */
    private static boolean decisions(Part<List<DecisionView>> a, Part<List<DecisionView>> b) {
        if (a instanceof Part.Hidden) {
            return true;
        }
        if (!(a instanceof Part.Shown<List<DecisionView>> x) || !(b instanceof Part.Shown<List<DecisionView>> y)) {
            return a.equals(b);
        }
        if (x.value().size() != y.value().size()) {
            return false;
        }
        for (int k = 0; k < x.value().size(); k++) {
            DecisionView d = x.value().get(k);
            DecisionView e = y.value().get(k);
            if (!part(d.action(), e.action()) || !part(d.owner(), e.owner()) || !part(d.due(), e.due())) {
                return false;
            }
        }
        return true;
    }
}
