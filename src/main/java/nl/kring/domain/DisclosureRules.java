package nl.kring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When an aantekening van verstrekking is complete (handreiking, point 7): which data, to whom, on what footing, why
 * it was necessary, why the client was not told (or that they were), who decided and when. A recipient must have a
 * valid ketenovereenkomst on the day of the disclosure (point 10).
 */
public final class DisclosureRules {
    private DisclosureRules() {
    }

    public enum Field {
        CATEGORIES, RECIPIENTS, FROM, BASIS, CONFLICT_OF_DUTIES, WHY, WHY_NOT_INFORMED, DECIDED_BY, DATE
    }

    public enum Code {
        NO_CATEGORY, NO_RECIPIENT, RECIPIENT_UNKNOWN, RECIPIENT_NO_AGREEMENT, NO_BASIS, NO_WHY, NO_WHY_NOT_INFORMED,
        NO_DECIDER, NO_DATE, DATE_IN_FUTURE, FROM_UNKNOWN, CONFLICT_CONDITION_MISSING
    }

    /**
     * One missing or wrong part; {@code subject} names the partner id for the recipient and source codes, the
     * interchange key of the condition for {@link Code#CONFLICT_CONDITION_MISSING}, else null.
     */
    public record Problem(Field field, Code code, String subject) {
    }

    /**
     * The problems of a note, in the order of the form; empty when it is complete. {@code partners} are the known
     * partners by id (recipients are checked against them).
     */
    public static List<Problem> check(Disclosure d, Map<String, Partner> partners, LocalDate today) {
        return check(d, partners, today, null);
    }

    /**
     * The problems of a note recorded for the meeting of {@code meetingDate} (null: outside a meeting). A note is
     * recorded for a meeting (issue 13): the date of a planned meeting is accepted ahead of the day, any other date
     * after today is not.
     */
    public static List<Problem> check(Disclosure d, Map<String, Partner> partners, LocalDate today, LocalDate meetingDate) {
        List<Problem> problems = new ArrayList<>();
        if (d.categories().isEmpty() && d.otherCategories().isEmpty()) {
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
        if (d.from() != null && !partners.containsKey(d.from())) {
            problems.add(new Problem(Field.FROM, Code.FROM_UNKNOWN, d.from()));
        }
        if (d.basis() == null) {
            problems.add(new Problem(Field.BASIS, Code.NO_BASIS, null));
        } else if (d.basis() == DisclosureBasis.CONFLICT_VAN_PLICHTEN) {
            // Deel II §4.5: the secret is broken carefully only when all six conditions hold.
            List<ConflictOfDuties.Condition> missing = d.conflictOfDuties() == null
                    ? List.of(ConflictOfDuties.Condition.values()) : d.conflictOfDuties().missing();
            for (ConflictOfDuties.Condition c : missing) {
                problems.add(new Problem(Field.CONFLICT_OF_DUTIES, Code.CONFLICT_CONDITION_MISSING, c.key()));
            }
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
        } else if (!acceptedDate(d.date(), today, meetingDate)) {
            problems.add(new Problem(Field.DATE, Code.DATE_IN_FUTURE, null));
        }
        return problems;
    }

    /** Today or earlier, or the date of the (planned) meeting the note is recorded for. */
    public static boolean acceptedDate(LocalDate on, LocalDate today, LocalDate meetingDate) {
        return !on.isAfter(today) || on.equals(meetingDate);
    }

    /** Why a note cannot be withdrawn, or a correction not take its place. */
    public enum WithdrawalProblem {
        NO_REASON, ALREADY_WITHDRAWN, REPLACEMENT_IS_THE_NOTE, REPLACEMENT_WITHDRAWN, UNCHANGED
    }

    /**
     * Whether {@code note} may be withdrawn with this reason, and replaced by {@code replacement} (null when it is
     * only withdrawn). A note is withdrawn once: the first withdrawal is the record, a second would overwrite it. A
     * correction that says exactly what the note said corrects nothing.
     */
    public static List<WithdrawalProblem> checkWithdrawal(Disclosure note, String reason, Disclosure replacement) {
        List<WithdrawalProblem> problems = new ArrayList<>();
        if (blank(reason)) {
            problems.add(WithdrawalProblem.NO_REASON);
        }
        if (note.withdrawn()) {
            problems.add(WithdrawalProblem.ALREADY_WITHDRAWN);
        }
        if (replacement != null) {
            if (replacement.id() != null && replacement.id().equals(note.id())) {
                problems.add(WithdrawalProblem.REPLACEMENT_IS_THE_NOTE);
            } else if (replacement.withdrawn()) {
                problems.add(WithdrawalProblem.REPLACEMENT_WITHDRAWN);
            } else if (sameContent(note, replacement)) {
                problems.add(WithdrawalProblem.UNCHANGED);
            }
        }
        return problems;
    }

    /** Two notes say the same: the order in which categories and recipients were ticked does not count. */
    public static boolean sameContent(Disclosure a, Disclosure b) {
        return new HashSet<>(a.categories()).equals(new HashSet<>(b.categories()))
                && new HashSet<>(a.otherCategories()).equals(new HashSet<>(b.otherCategories()))
                && new HashSet<>(a.to()).equals(new HashSet<>(b.to()))
                && a.basis() == b.basis() && Objects.equals(a.why(), b.why())
                && a.clientInformed() == b.clientInformed()
                && Objects.equals(a.whyNotInformed(), b.whyNotInformed())
                && Objects.equals(a.decidedBy(), b.decidedBy()) && Objects.equals(a.date(), b.date())
                && Objects.equals(a.from(), b.from())
                && Objects.equals(a.conflictOfDuties(), b.conflictOfDuties());
    }

    /** The grondslag to offer first: toestemming when the case has consent, evident belang when it has not. */
    public static DisclosureBasis suggestedBasis(CaseFile c) {
        return c != null && c.hasConsent() ? DisclosureBasis.TOESTEMMING : DisclosureBasis.EVIDENT_BELANG;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
