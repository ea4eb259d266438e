package nl.kring.domain;

/** Score 1 (acuut) … 5 (volledig zelfredzaam) on one leefgebied, with a note. */
public record DomainAssessment(Integer score, String note) {
    public DomainAssessment {
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("score must be 1..5, was " + score);
        }
    }

    /** A score of 1 or 2 is a problem the kring should hear about. */
    public boolean isProblem() {
        return score != null && score <= 2;
    }

    /**
     * What a SIGNAAL view says: there is a problem in this domain when the score is 1 or 2, or when there is no
     * score but the chair wrote a note (an unscored concern). A score of 3-5 is no signal, with or without a note.
     */
    public boolean signalsProblem() {
        return score == null ? note != null && !note.isBlank() : isProblem();
    }
}
