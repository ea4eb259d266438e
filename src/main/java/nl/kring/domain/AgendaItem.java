package nl.kring.domain;

import java.util.List;

/** One case on a meeting's agenda, with what was said and decided about it. */
public record AgendaItem(String caseNumber, int durationMinutes, List<MinutesParagraph> minutes,
                         List<Decision> decisions, List<Disclosure> disclosures) {
    public static final int DEFAULT_DURATION = 10;

    public AgendaItem {
        minutes = minutes == null ? List.of() : List.copyOf(minutes);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
        if (durationMinutes <= 0) {
            durationMinutes = DEFAULT_DURATION;
        }
    }

    public static AgendaItem of(String caseNumber) {
        return new AgendaItem(caseNumber, DEFAULT_DURATION, List.of(), List.of(), List.of());
    }
}
