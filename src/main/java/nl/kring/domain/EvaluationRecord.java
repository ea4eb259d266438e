package nl.kring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation of a restriction of the client's rights (handreiking deel I §6 point 5: "Regelmatig wordt geëvalueerd
 * of er nog steeds redenen zijn de rechten van betrokkene te beperken"): when, with what outcome and why. {@code id}
 * is the vault's number, null until stored.
 */
public record EvaluationRecord(Long id, LocalDate on, Outcome outcome, String motivation) {
    public static final int MAX_MOTIVATION = 4000;

    public enum Outcome {
        /** The reasons to restrict the rights still hold: the restriction continues. */
        CONTINUE("Beperking blijft nodig"),
        /** A less intrusive means will do (point 4), such as bilateral contact. */
        LIGHTER_MEANS("Verder met een minder ingrijpend middel"),
        /** The restriction stops: no more sharing without consent. */
        STOP("Beperking stopt");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why a record cannot be kept: outcome and motivation are required, the date cannot lie ahead. */
    public enum Problem { NO_DATE, DATE_IN_FUTURE, NO_OUTCOME, NO_MOTIVATION, MOTIVATION_TOO_LONG }

    public List<Problem> problems(LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (on == null) {
            out.add(Problem.NO_DATE);
        } else if (on.isAfter(today)) {
            out.add(Problem.DATE_IN_FUTURE);
        }
        if (outcome == null) {
            out.add(Problem.NO_OUTCOME);
        }
        if (motivation == null || motivation.isBlank()) {
            out.add(Problem.NO_MOTIVATION);
        } else if (motivation.length() > MAX_MOTIVATION) {
            out.add(Problem.MOTIVATION_TOO_LONG);
        }
        return out;
    }
}
