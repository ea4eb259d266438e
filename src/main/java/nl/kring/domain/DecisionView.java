package nl.kring.domain;

import java.time.LocalDate;

/** A decision of the item; {@code own} marks the viewing partner's own actions (never set on a presentation). */
public record DecisionView(String action, Part<PartnerRef> owner, Part<LocalDate> due, boolean own) {
}
