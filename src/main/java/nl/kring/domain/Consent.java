package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The case's consent: a summary status, and, where more than one person's consent counts (a minor and the parents,
 * the legal representative of a client who is wilsonbekwaam), the answer of each person ({@link ConsentRules}).
 */
public record Consent(ConsentStatus status, LocalDate date, String by, List<ConsentPerson> persons) {
    public Consent {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }

    public Consent(ConsentStatus status, LocalDate date, String by) {
        this(status, date, by, List.of());
    }

    public Consent withPersons(List<ConsentPerson> newPersons) {
        return new Consent(status, date, by, newPersons);
    }
}
