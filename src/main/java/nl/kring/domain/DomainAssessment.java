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
}
