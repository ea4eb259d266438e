package nl.kring.report;

import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.PoliceRule;

import java.util.List;
import java.util.Map;

/**
 * The legal record a verslag prints beside the minutes (issue 15): the keten's own wording of evident belang (the
 * handreiking's definition when the vault has none) and the evaluations of a restriction, per case number; and which
 * roles read information from the police ({@link PoliceRule}), which every report honours.
 */
public record LegalRecord(String evidentInterestDefinition, Map<String, List<EvaluationRecord>> evaluations,
                          PoliceRule policeRule) {
    public static final LegalRecord NONE = new LegalRecord(null, Map.of());

    public LegalRecord {
        evaluations = evaluations == null ? Map.of() : Map.copyOf(evaluations);
        policeRule = policeRule == null ? PoliceRule.DEFAULT : policeRule;
    }

    public LegalRecord(String evidentInterestDefinition, Map<String, List<EvaluationRecord>> evaluations) {
        this(evidentInterestDefinition, evaluations, PoliceRule.DEFAULT);
    }

    public LegalRecord withPoliceRule(PoliceRule rule) {
        return new LegalRecord(evidentInterestDefinition, evaluations, rule);
    }

    /** True when the vault holds the keten's own wording (else the guideline's is printed). */
    public boolean ownDefinition() {
        return evidentInterestDefinition != null && !evidentInterestDefinition.isBlank();
    }

    public String definition() {
        return ownDefinition() ? evidentInterestDefinition : EvidentInterest.GUIDELINE;
    }

    public List<EvaluationRecord> evaluations(String caseNumber) {
        return evaluations.getOrDefault(caseNumber, List.of());
    }
}
