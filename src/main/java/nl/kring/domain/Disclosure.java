package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Aantekening van verstrekking zonder toestemming: what went to whom, on what footing, and why. {@code clientInformed}
 * records that the client was told of it; when not, {@code whyNotInformed} says why.
 */
public record Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                         String whyNotInformed, String decidedBy, LocalDate date, boolean clientInformed) {
    public Disclosure {
        categories = categories == null ? List.of() : List.copyOf(categories);
        to = to == null ? List.of() : List.copyOf(to);
    }

    /** A note that does not say the client was informed (as the interchange file records them). */
    public Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                      String whyNotInformed, String decidedBy, LocalDate date) {
        this(categories, to, basis, why, whyNotInformed, decidedBy, date, false);
    }

    public Disclosure withDate(LocalDate on) {
        return new Disclosure(categories, to, basis, why, whyNotInformed, decidedBy, on, clientInformed);
    }
}
