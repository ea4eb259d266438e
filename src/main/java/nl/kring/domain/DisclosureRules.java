package nl.kring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When an aantekening van verstrekking is complete (handreiking, point 7): which data, to whom, on what footing, why
 * it was necessary, why the client was not told (or that they were), who decided and when. A recipient must have a
 * valid ketenovereenkomst on the day of the disclosure (point 10).
 */
public final class DisclosureRules {
    private DisclosureRules() {
    }

    public enum Field {
        CATEGORIES, RECIPIENTS, BASIS, WHY, WHY_NOT_INFORMED, DECIDED_BY, DATE
    }

    public enum Code {
        NO_CATEGORY, NO_RECIPIENT, RECIPIENT_UNKNOWN, RECIPIENT_NO_AGREEMENT, NO_BASIS, NO_WHY, NO_WHY_NOT_INFORMED,
        NO_DECIDER, NO_DATE, DATE_IN_FUTURE
    }

    /** One missing or wrong part; {@code subject} names the partner id for the recipient codes, else null. */
    public record Problem(Field field, Code code, String subject) {
    }

    /**
     * The problems of a note, in the order of the form; empty when it is complete. {@code partners} are the known
     * partners by id (recipients are checked against them).
     */
    public static List<Problem> check(Disclosure d, Map<String, Partner> partners, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.categories().isEmpty()) {
            problems.add(new Problem(Field.CATEGORIES, Code.NO_CATEGORY, null));
        }
        if (d.to().isEmpty()) {
            problems.add(new Problem(Field.RECIPIENTS, Code.NO_RECIPIENT, null));
        }
        LocalDate on = d.date() == null ? today : d.date();
        for (String id : d.to()) {
            Partner p = partners.get(id);
            if (p == null) {
                problems.add(new Problem(Field.RECIPIENTS, Code.RECIPIENT_UNKNOWN, id));
            } else if (!p.hasValidAgreement(on)) {
                problems.add(new Problem(Field.RECIPIENTS, Code.RECIPIENT_NO_AGREEMENT, id));
            }
        }
        if (d.basis() == null) {
            problems.add(new Problem(Field.BASIS, Code.NO_BASIS, null));
        }
        if (blank(d.why())) {
            problems.add(new Problem(Field.WHY, Code.NO_WHY, null));
        }
        if (!d.clientInformed() && blank(d.whyNotInformed())) {
            problems.add(new Problem(Field.WHY_NOT_INFORMED, Code.NO_WHY_NOT_INFORMED, null));
        }
        if (blank(d.decidedBy())) {
            problems.add(new Problem(Field.DECIDED_BY, Code.NO_DECIDER, null));
        }
        if (d.date() == null) {
            problems.add(new Problem(Field.DATE, Code.NO_DATE, null));
        } else if (d.date().isAfter(today)) {
            problems.add(new Problem(Field.DATE, Code.DATE_IN_FUTURE, null));
        }
        return problems;
    }

    /** The grondslag to offer first: toestemming when the case has consent, evident belang when it has not. */
    public static DisclosureBasis suggestedBasis(CaseFile c) {
        return c != null && c.hasConsent() ? DisclosureBasis.TOESTEMMING : DisclosureBasis.EVIDENT_BELANG;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
