package nl.kring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Point 5: when the evaluation of a restriction falls due. */
class EvaluationRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static CaseFile c(Phase phase, ConsentStatus consent, LocalDate reported, LocalDate due) {
        return new CaseFile("2026-010", null, null, reported, phase, Map.of(),
                consent == null ? null : new Consent(consent, null, null), null, "evident belang", null, due,
                phase == Phase.AFGESLOTEN ? TODAY : null, List.of("ggd"));
    }

    @Test
    void aNewCaseWithoutConsentIsDueNWeeksAfterItsReportDate() {
        var plan = Evaluation.plan(null, c(Phase.MELDING, null, LocalDate.of(2026, 11, 2), null), TODAY, 6, null);
        assertThat(plan).isEqualTo(new Evaluation.Plan(LocalDate.of(2026, 12, 14), Evaluation.Basis.REPORTED));
        // the interval is the vault's setting, not a constant
        assertThat(Evaluation.plan(null, c(Phase.MELDING, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 11, 2), null),
                TODAY, 4, null).due()).isEqualTo(LocalDate.of(2026, 11, 30));
        // no report date: from the day it is created
        assertThat(Evaluation.plan(null, c(Phase.MELDING, null, null, null), TODAY, 6, null).due())
                .isEqualTo(TODAY.plusWeeks(6));
    }

    @Test
    void aPhaseChangeMakesTheEvaluationDueAtOnce() {
        CaseFile before = c(Phase.SCREENING, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 20));
        CaseFile after = c(Phase.INTAKE, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 20));
        assertThat(Evaluation.plan(before, after, TODAY, 6, null))
                .isEqualTo(new Evaluation.Plan(TODAY, Evaluation.Basis.PHASE_CHANGE));
    }

    @Test
    void aPhaseChangeDoesNotHideAnEvaluationThatWasAlreadyLate() {
        LocalDate late = LocalDate.of(2026, 11, 10);
        CaseFile before = c(Phase.SCREENING, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 1), late);
        CaseFile after = c(Phase.INTAKE, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 1), late);
        assertThat(Evaluation.plan(before, after, TODAY, 6, null).due()).isEqualTo(late);
        assertThat(Evaluation.isOverdue(after, TODAY)).isTrue();
    }

    @Test
    void recordingAnEvaluationSetsTheNextOneNWeeksLater() {
        CaseFile before = c(Phase.INTAKE, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 10));
        var plan = Evaluation.plan(before, before, TODAY, 6, TODAY);
        assertThat(plan).isEqualTo(new Evaluation.Plan(LocalDate.of(2027, 1, 9), Evaluation.Basis.EVALUATED));
        // also when the phase changes in the same edit: the chair evaluated at the change
        CaseFile next = c(Phase.HULPVRAAGDEFINIERING, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 10));
        assertThat(Evaluation.plan(before, next, TODAY, 8, TODAY).due()).isEqualTo(TODAY.plusWeeks(8));
    }

    @Test
    void consentGivenOrAClosedCaseNeedsNoEvaluation() {
        CaseFile before = c(Phase.SCREENING, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 10));
        CaseFile consented = c(Phase.SCREENING, ConsentStatus.GEGEVEN, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 10));
        assertThat(Evaluation.plan(before, consented, TODAY, 6, null))
                .isEqualTo(new Evaluation.Plan(null, Evaluation.Basis.NOT_NEEDED_CONSENT));
        assertThat(Evaluation.plan(before, consented, TODAY, 6, TODAY).needed()).isFalse();
        assertThat(Evaluation.isOverdue(consented, TODAY, 6)).isFalse();
        assertThat(Evaluation.effectiveDue(consented, 6)).isNull();
        CaseFile closed = c(Phase.AFGESLOTEN, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 10));
        assertThat(Evaluation.plan(before, closed, TODAY, 6, null).basis()).isEqualTo(Evaluation.Basis.NOT_NEEDED_CLOSED);
        assertThat(Evaluation.isOverdue(closed, TODAY, 6)).isFalse();
    }

    @Test
    void consentWithdrawnStartsTheRestrictionWithAFullInterval() {
        CaseFile before = c(Phase.INTAKE, ConsentStatus.GEGEVEN, LocalDate.of(2026, 1, 5), null);
        CaseFile after = c(Phase.INTAKE, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 1, 5), null);
        assertThat(Evaluation.plan(before, after, TODAY, 6, null))
                .isEqualTo(new Evaluation.Plan(TODAY.plusWeeks(6), Evaluation.Basis.RESTRICTION_STARTED));
    }

    @Test
    void anUnchangedCaseKeepsItsDate() {
        CaseFile before = c(Phase.INTAKE, ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 3));
        assertThat(Evaluation.plan(before, before, TODAY, 6, null))
                .isEqualTo(new Evaluation.Plan(LocalDate.of(2026, 12, 3), Evaluation.Basis.SCHEDULED));
    }

    @Test
    void aCaseStoredWithoutADateCountsFromItsReportDate() {
        CaseFile legacy = c(Phase.SCREENING, null, LocalDate.of(2026, 9, 1), null);
        assertThat(Evaluation.effectiveDue(legacy, 6)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(Evaluation.isOverdue(legacy, TODAY, 6)).isTrue();
        assertThat(Evaluation.daysLate(legacy, TODAY, 6)).isEqualTo(46);
        // on the due date itself it is due, not late
        assertThat(Evaluation.isOverdue(legacy, LocalDate.of(2026, 10, 13), 6)).isFalse();
    }
}
