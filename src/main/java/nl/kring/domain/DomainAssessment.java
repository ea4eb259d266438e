package nl.kring.domain;

/**
 * Score 1 (acuut) … 5 (volledig zelfredzaam) on one leefgebied, with a note. {@code policeNote} marks the note as
 * information from the police: only the roles of the {@link PoliceRule} read it (the score is not marked).
 */
public record DomainAssessment(Integer score, String note, boolean policeNote) {
    public DomainAssessment {
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("score must be 1..5, was " + score);
        }
    }

    public DomainAssessment(Integer score, String note) {
        this(score, note, false);
    }

    /**
     * What a reader outside the police rule may know of this assessment: the score, and the note unless it came from
     * the police.
     */
    public DomainAssessment withoutPoliceNote() {
        return policeNote ? new DomainAssessment(score, null, false) : this;
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
