package nl.kring.domain;

import java.time.LocalDate;

/**
 * A decision of the item; {@code own} marks the viewing partner's own actions (never set on a presentation). The
 * action's text is hidden where {@link NeedToKnow#actionVisible} says so: the audience then reads "actie van
 * &lt;owner&gt;, uiterlijk &lt;due&gt;". {@code police}: the action carries information from the police (issue 15); when
 * its text is shown the audience is admitted by the {@link PoliceRule}, when hidden for that reason the reason is
 * {@link HiddenReason#POLICE}.
 */
public record DecisionView(Part<String> action, Part<PartnerRef> owner, Part<LocalDate> due, boolean own,
                           boolean police) {
    public DecisionView(Part<String> action, Part<PartnerRef> owner, Part<LocalDate> due, boolean own) {
        this(action, owner, due, own, false);
    }
}
