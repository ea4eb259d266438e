package nl.kring.interchange;

import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.PoliceRule;

import java.util.List;
import java.util.Map;

/**
 * The content of an interchange file, validated. {@code vault} holds the optional vault settings (null when absent);
 * {@code evaluations} the evaluations of a restriction recorded per case (case field {@code evaluations}).
 */
public record Interchange(List<Partner> partners, List<CaseFile> cases, List<Meeting> meetings, VaultSettings vault,
                          Map<String, List<EvaluationRecord>> evaluations) {
    public Interchange {
        partners = List.copyOf(partners);
        cases = List.copyOf(cases);
        meetings = List.copyOf(meetings);
        evaluations = evaluations == null ? Map.of() : Map.copyOf(evaluations);
    }

    public Interchange(List<Partner> partners, List<CaseFile> cases, List<Meeting> meetings) {
        this(partners, cases, meetings, null, Map.of());
    }

    /** The same file with other cases and meetings (the demo moved to another day); settings and evaluations kept. */
    public Interchange with(List<CaseFile> newCases, List<Meeting> newMeetings) {
        return new Interchange(partners, newCases, newMeetings, vault, evaluations);
    }

    /** The chair's contact details and the complaints contact from {@code vault}, or null. */
    public ChairDetails chair() {
        return vault == null ? null : vault.chair();
    }

    /**
     * The top-level {@code vault} object (docs/interchange.md): the retention period in months, the evaluation
     * interval in weeks, the keten's own definition of evident belang, the chair's contact details and the
     * complaints contact; each may be null.
     */
    public record VaultSettings(Integer retentionMonths, Integer evaluationWeeks, String evidentInterestDefinition,
                                ChairDetails chair, ChainAgreement agreement,
                                PoliceRule policeRule) {
        public VaultSettings(Integer retentionMonths, Integer evaluationWeeks, String evidentInterestDefinition,
                             ChairDetails chair, ChainAgreement agreement) {
            this(retentionMonths, evaluationWeeks, evidentInterestDefinition, chair, agreement, null);
        }

        public VaultSettings(Integer retentionMonths, Integer evaluationWeeks, String evidentInterestDefinition,
                             ChairDetails chair) {
            this(retentionMonths, evaluationWeeks, evidentInterestDefinition, chair, null);
        }

        /** With the ketenovereenkomst of {@code vault.agreement} (issue 15), read once the partners are known. */
        public VaultSettings withAgreement(ChainAgreement a) {
            return new VaultSettings(retentionMonths, evaluationWeeks, evidentInterestDefinition, chair, a, policeRule);
        }

        /** With the roles of {@code vault.policeRoles} that read information from the police (issue 15). */
        public VaultSettings withPoliceRule(PoliceRule rule) {
            return new VaultSettings(retentionMonths, evaluationWeeks, evidentInterestDefinition, chair, agreement, rule);
        }
    }
}
