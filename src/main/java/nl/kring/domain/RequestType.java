package nl.kring.domain;

/** What the data subject asks for (AVG art. 15-17; guideline point 10). */
public enum RequestType {
    /** To see what is held (art. 15). */
    INZAGE,
    /** To have incorrect data corrected (art. 16). */
    CORRECTIE,
    /** A copy of what is held (art. 15(3)). */
    AFSCHRIFT,
    /** To have the data destroyed (art. 17). */
    VERNIETIGING;

    /** Inzage and afschrift are both answered with the access copy. */
    public boolean answeredWithAccessCopy() {
        return this == INZAGE || this == AFSCHRIFT;
    }
}
