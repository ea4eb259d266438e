package nl.kring.ui.meetingroom;

import nl.kring.domain.CaseView;
import nl.kring.domain.HiddenReason;

import java.time.LocalDate;

/** What the presentation window shows now. Computed by {@link MeetingRoomViewModel}; the window only draws it. */
public sealed interface PresentationState {

    /** No item to show (empty agenda, or still loading): the meeting's title. */
    record Idle(LocalDate date) implements PresentationState {
    }

    /** The chair blanked the screen (key B). */
    record Blank() implements PresentationState {
    }

    /**
     * The item is withheld: nobody is checked in, or someone present is not in its kring. Nothing of the case is
     * shown, not even its number.
     */
    record Waiting(HiddenReason reason) implements PresentationState {
    }

    /** The current item as everyone present may see it (the strictest role wins). */
    record Showing(CaseView view, int position, int total, boolean outsidersAdmitted) implements PresentationState {
    }
}
