package nl.kring.domain;

import java.time.LocalDate;

/**
 * A decision of the item; {@code own} marks the viewing partner's own actions (never set on a presentation). The
 * action's text is hidden where {@link NeedToKnow#actionVisible} says so: the audience then reads "actie van
 * &lt;owner&gt;, uiterlijk &lt;due&gt;".
 */
public record DecisionView(Part<String> action, Part<PartnerRef> owner, Part<LocalDate> due, boolean own) {
}
