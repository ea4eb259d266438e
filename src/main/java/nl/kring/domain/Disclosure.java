package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/** Aantekening van verstrekking zonder toestemming: what went to whom, on what footing, and why. */
public record Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                         String whyNotInformed, String decidedBy, LocalDate date) {
    public Disclosure {
        categories = categories == null ? List.of() : List.copyOf(categories);
        to = to == null ? List.of() : List.copyOf(to);
    }
}
