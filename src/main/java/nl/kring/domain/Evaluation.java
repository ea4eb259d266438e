package nl.kring.domain;

import java.time.LocalDate;

/**
 * Point 5: a restriction of the client's rights is evaluated at every phase change and at least every N weeks
 * (default 6).
 */
public final class Evaluation {
    public static final int DEFAULT_WEEKS = 6;

    private Evaluation() {
    }

    /** The next evaluation after an evaluation (or a phase change) on the given date. */
    public static LocalDate nextAfter(LocalDate evaluatedOn, int weeks) {
        return evaluatedOn.plusWeeks(weeks);
    }

    /** Overdue when the due date has passed and the case still runs without consent. */
    public static boolean isOverdue(CaseFile c, LocalDate today) {
        return c.phase() != Phase.AFGESLOTEN && !c.hasConsent() && c.evaluationDue() != null
                && c.evaluationDue().isBefore(today);
    }
}
