package nl.kring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Point 5: a restriction of the client's rights (no consent) is evaluated at every phase change and at least every
 * N weeks (default 6). A case with consent, or a closed one, restricts nothing and so has no evaluation due.
 */
public final class Evaluation {
    public static final int DEFAULT_WEEKS = 6;
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 52;

    /** Why the evaluation falls due when it does; the form explains each in a line. */
    public enum Basis {
        /** Consent given: nothing is restricted. */
        NOT_NEEDED_CONSENT,
        /** The case is closed. */
        NOT_NEEDED_CLOSED,
        /** A new case: N weeks after the report date. */
        REPORTED,
        /** The phase changed: due at once, on the date of the change. */
        PHASE_CHANGE,
        /** The chair recorded an evaluation: the next is N weeks later. */
        EVALUATED,
        /** Consent was withdrawn or refused after it had been given: the restriction starts now. */
        RESTRICTION_STARTED,
        /** Nothing changed: the date set earlier stays. */
        SCHEDULED
    }

    /** The evaluation due date (null when none is needed) and why. */
    public record Plan(LocalDate due, Basis basis) {
        public boolean needed() {
            return due != null;
        }
    }

    private Evaluation() {
    }

    /** The next evaluation after an evaluation (or a phase change) on the given date. */
    public static LocalDate nextAfter(LocalDate evaluatedOn, int weeks) {
        return evaluatedOn.plusWeeks(weeks);
    }

    /** Only a running case without consent restricts the client's rights. */
    public static boolean isNeeded(CaseFile c) {
        return c.phase() != Phase.AFGESLOTEN && !c.hasConsent();
    }

    /**
     * The due date a case gets when it is saved.
     *
     * @param before      the case as stored, or null for a new case
     * @param after       the case as it will be stored
     * @param today       the date of the save
     * @param weeks       the interval N
     * @param evaluatedOn the date the chair recorded an evaluation in this edit, or null
     */
    public static Plan plan(CaseFile before, CaseFile after, LocalDate today, int weeks, LocalDate evaluatedOn) {
        if (after.phase() == Phase.AFGESLOTEN) {
            return new Plan(null, Basis.NOT_NEEDED_CLOSED);
        }
        if (after.hasConsent()) {
            return new Plan(null, Basis.NOT_NEEDED_CONSENT);
        }
        if (evaluatedOn != null) {
            return new Plan(nextAfter(evaluatedOn, weeks), Basis.EVALUATED);
        }
        if (before == null) {
            return new Plan(nextAfter(after.reportedOn() != null ? after.reportedOn() : today, weeks), Basis.REPORTED);
        }
        if (before.phase() != after.phase()) {
            // Due at once; an evaluation that was already late stays late rather than being moved to today.
            LocalDate was = effectiveDue(before, weeks);
            return new Plan(was != null && was.isBefore(today) && isNeeded(before) ? was : today, Basis.PHASE_CHANGE);
        }
        if (!isNeeded(before)) {
            return new Plan(nextAfter(today, weeks), Basis.RESTRICTION_STARTED);
        }
        LocalDate was = effectiveDue(before, weeks);
        return was != null ? new Plan(was, Basis.SCHEDULED) : new Plan(nextAfter(today, weeks), Basis.SCHEDULED);
    }

    /**
     * The due date the rules give a stored case: its recorded date, or for a case saved before the rules applied
     * (no date recorded) N weeks after its report date. Null when no evaluation is needed.
     */
    public static LocalDate effectiveDue(CaseFile c, int weeks) {
        if (!isNeeded(c)) {
            return null;
        }
        if (c.evaluationDue() != null) {
            return c.evaluationDue();
        }
        return c.reportedOn() == null ? null : nextAfter(c.reportedOn(), weeks);
    }

    /** Overdue when the due date has passed and the case still runs without consent. */
    public static boolean isOverdue(CaseFile c, LocalDate today) {
        return isNeeded(c) && c.evaluationDue() != null && c.evaluationDue().isBefore(today);
    }

    /** As {@link #isOverdue(CaseFile, LocalDate)}, with the rules' date for a case that has none recorded. */
    public static boolean isOverdue(CaseFile c, LocalDate on, int weeks) {
        LocalDate due = effectiveDue(c, weeks);
        return due != null && due.isBefore(on);
    }

    /** Days between the due date and {@code on} (positive when late); 0 when no evaluation is due. */
    public static long daysLate(CaseFile c, LocalDate on, int weeks) {
        LocalDate due = effectiveDue(c, weeks);
        return due == null ? 0 : ChronoUnit.DAYS.between(due, on);
    }
}
