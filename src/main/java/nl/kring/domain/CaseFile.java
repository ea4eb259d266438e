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

    public boolean mayBePutOnAgenda() {
        return hasConsent() || (evidentInterest != null && !evidentInterest.isBlank());
    }
}
