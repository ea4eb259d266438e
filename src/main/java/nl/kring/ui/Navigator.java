package nl.kring.ui;

import java.time.LocalDate;

/**
 * How a screen shows another screen with something open (issue 13: a row opens what it names). The workspace of the
 * unlocked vault implements it; screens get it when they are built (issue 16: no openers set on the context, no casts).
 */
public interface Navigator {
    /** Shows the case screen with that case open. */
    void openCase(String caseNumber);

    /** Shows the meetings screen with the meeting on that date open. */
    void openMeeting(LocalDate date);

    /** Shows the minutes editor for the meeting on that date. */
    void openMinutes(LocalDate date);
}
