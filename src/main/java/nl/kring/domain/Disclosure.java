package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Aantekening van verstrekking zonder toestemming: what went to whom, on what footing, and why. {@code clientInformed}
 * records that the client was told of it; when not, {@code whyNotInformed} says why. {@code id} is the note's number
 * in the vault (null until stored); {@code withdrawal} is set when the note was withdrawn or corrected. {@code from} is
 * the partner that disclosed (handreiking point 7: "de instantie die overgaat tot het verstrekken" keeps the note in
 * its own file), null when not recorded; {@code conflictOfDuties} holds the six conditions when the grondslag is a
 * conflict van plichten (deel II §4.5), else null. {@code otherCategories} are the data named besides the leefgebieden
 * (identity, contact with care providers, police information: {@link DataCategory}, issue 15).
 */
public record Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                         String whyNotInformed, String decidedBy, LocalDate date, boolean clientInformed,
                         Long id, DisclosureWithdrawal withdrawal, String from, ConflictOfDuties conflictOfDuties,
                         List<DataCategory> otherCategories) {
    public Disclosure {
        categories = categories == null ? List.of() : List.copyOf(categories);
        to = to == null ? List.of() : List.copyOf(to);
        otherCategories = otherCategories == null ? List.of() : List.copyOf(otherCategories);
    }

    public Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                      String whyNotInformed, String decidedBy, LocalDate date, boolean clientInformed,
                      Long id, DisclosureWithdrawal withdrawal, String from, ConflictOfDuties conflictOfDuties) {
        this(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, id, withdrawal, from,
                conflictOfDuties, List.of());
    }

    public Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                      String whyNotInformed, String decidedBy, LocalDate date, boolean clientInformed,
                      Long id, DisclosureWithdrawal withdrawal) {
        this(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, id, withdrawal, null, null);
    }

    /** A note as written, not (yet) stored. */
    public Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                      String whyNotInformed, String decidedBy, LocalDate date, boolean clientInformed) {
        this(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, null, null);
    }

    /** A note that does not say the client was informed (as the interchange file records them). */
    public Disclosure(List<LifeDomain> categories, List<String> to, DisclosureBasis basis, String why,
                      String whyNotInformed, String decidedBy, LocalDate date) {
        this(categories, to, basis, why, whyNotInformed, decidedBy, date, false);
    }

    public Disclosure withDate(LocalDate on) {
        return new Disclosure(categories, to, basis, why, whyNotInformed, decidedBy, on, clientInformed, id, withdrawal,
                from, conflictOfDuties, otherCategories);
    }

    public Disclosure withId(Long newId) {
        return new Disclosure(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, newId,
                withdrawal, from, conflictOfDuties, otherCategories);
    }

    public Disclosure withWithdrawal(DisclosureWithdrawal w) {
        return new Disclosure(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, id, w, from,
                conflictOfDuties, otherCategories);
    }

    /** The same note with the partner that disclosed and, for a conflict van plichten, its six conditions. */
    public Disclosure withSource(String newFrom, ConflictOfDuties newConflictOfDuties) {
        return new Disclosure(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, id,
                withdrawal, newFrom, newConflictOfDuties, otherCategories);
    }

    /** The same note with other free texts (rendered for a reader); everything else kept. */
    public Disclosure withTexts(String newWhy, String newWhyNotInformed) {
        return new Disclosure(categories, to, basis, newWhy, newWhyNotInformed, decidedBy, date, clientInformed, id,
                withdrawal, from, conflictOfDuties, otherCategories);
    }

    /** What was written down, without the vault's number and a later withdrawal: to tell whether two notes say the same. */
    public Disclosure content() {
        return new Disclosure(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, null, null,
                from, conflictOfDuties, otherCategories);
    }

    /** The same note naming these data besides its leefgebieden. */
    public Disclosure withOtherCategories(List<DataCategory> others) {
        return new Disclosure(categories, to, basis, why, whyNotInformed, decidedBy, date, clientInformed, id,
                withdrawal, from, conflictOfDuties, others);
    }

    /** Every category the note names, as Dutch labels: the leefgebieden, then the other data. */
    public List<String> categoryLabels() {
        return DataCategory.labels(categories, otherCategories);
    }

    /** The stored form of all its categories (leefgebied keys, then {@link DataCategory} keys). */
    public String categoryCodes() {
        return DataCategory.codes(categories, otherCategories);
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }
}
