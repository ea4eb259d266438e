package nl.kring.domain;

import java.util.Optional;

/**
 * Whether a terugmelding can go to the melder of a case. The letter is addressed by name or organisation; a melder
 * who wants to stay anonymous gets none (the chair has nobody to send it to).
 */
public final class ReferrerFeedback {
    public enum Refusal {
        NO_MELDER, ANONYMOUS, NO_ADDRESSEE
    }

    private ReferrerFeedback() {
    }

    /** Empty when a terugmelding can be written. */
    public static Optional<Refusal> refusal(Referrer melder) {
        if (melder == null) {
            return Optional.of(Refusal.NO_MELDER);
        }
        if (melder.anonymous()) {
            return Optional.of(Refusal.ANONYMOUS);
        }
        boolean name = melder.name() != null && !melder.name().isBlank();
        boolean org = melder.organisation() != null && !melder.organisation().isBlank();
        return name || org ? Optional.empty() : Optional.of(Refusal.NO_ADDRESSEE);
    }
}
