package nl.kring.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A casus. The number replaces the client's name everywhere outside the vault. */
public record CaseFile(String number, Client client, Referrer referrer, LocalDate reportedOn, Phase phase,
                       Map<LifeDomain, DomainAssessment> domains, Consent consent, Informed informed,
                       String evidentInterest, String lighterMeansConsidered, LocalDate evaluationDue,
                       LocalDate closedOn, List<String> kring) {

    public static final String NUMBER_PATTERN = "\\d{4}-\\d{3,4}";

    public CaseFile {
        domains = domains == null || domains.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(domains));
        kring = kring == null ? List.of() : List.copyOf(kring);
    }

    /** Without consent, the rights of the client may only be restricted with an evident-belang justification. */
    public boolean hasConsent() {
        return consent != null && consent.status() == ConsentStatus.GEGEVEN;
    }

    /**
     * Why a case may or may not go on an agenda (handreiking point 3 and 4): with consent under the rule for who
     * decides on the meeting date ({@link ConsentRules}); without it only when the evident belang is written down and
     * also why a lighter means, such as bilateral contact, was not enough.
     */
    public enum AgendaFooting {
        CONSENT, JUSTIFIED, NO_EVIDENT_INTEREST, NO_LIGHTER_MEANS;

        public boolean allowed() {
            return this == CONSENT || this == JUSTIFIED;
        }
    }

    public AgendaFooting agendaFooting(LocalDate meetingDate) {
        if (ConsentRules.verdict(this, meetingDate).given()) {
            return AgendaFooting.CONSENT;
        }
        return justification();
    }

    private AgendaFooting justification() {
        if (evidentInterest == null || evidentInterest.isBlank()) {
            return AgendaFooting.NO_EVIDENT_INTEREST;
        }
        if (lighterMeansConsidered == null || lighterMeansConsidered.isBlank()) {
            return AgendaFooting.NO_LIGHTER_MEANS;
        }
        return AgendaFooting.JUSTIFIED;
    }

    /** As {@link #agendaFooting(LocalDate)}, with the case's summary consent (no meeting date at hand). */
    public boolean mayBePutOnAgenda() {
        return hasConsent() || justification().allowed();
    }

    public boolean mayBePutOnAgenda(LocalDate meetingDate) {
        return agendaFooting(meetingDate).allowed();
    }
}
