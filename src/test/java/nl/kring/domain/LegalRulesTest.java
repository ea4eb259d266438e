package nl.kring.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LegalRulesTest {
    static Client born(String date, boolean incapacitated) {
        return new Client(null, null, null, "X", List.of(), date == null ? null : LocalDate.parse(date), null, null, null,
                List.of(), incapacitated ? "mr. Y" : null, incapacitated);
    }

    @ParameterizedTest
    @CsvSource({
            "2014-11-27, PARENTS",            // 11 on the meeting date: one day before the 12th birthday
            "2014-11-26, CHILD_AND_PARENTS",  // 12 today
            "2010-11-27, CHILD_AND_PARENTS",  // 15
            "2010-11-26, CLIENT",             // 16 today
            "1950-01-01, CLIENT",
    })
    void whoseConsentCountsFollowsTheAgeOnTheMeetingDate(String birth, ConsentRules.WhoConsents expected) {
        assertThat(ConsentRules.whoConsents(born(birth, false), LocalDate.of(2026, 11, 26))).isEqualTo(expected);
    }

    @Test
    void aWilsonbekwameClientIsRepresented() {
        assertThat(ConsentRules.whoConsents(born("1950-01-01", true), LocalDate.of(2026, 11, 26)))
                .isEqualTo(ConsentRules.WhoConsents.LEGAL_REPRESENTATIVE);
        assertThat(ConsentRules.whoConsents(born(null, false), LocalDate.of(2026, 11, 26)))
                .isEqualTo(ConsentRules.WhoConsents.UNKNOWN_AGE);
    }

    static CaseFile caseWith(Phase phase, ConsentStatus consent, LocalDate evaluationDue, LocalDate closedOn) {
        return new CaseFile("2026-001", born("1980-01-01", false), null, LocalDate.of(2026, 1, 1), phase, Map.of(),
                consent == null ? null : new Consent(consent, LocalDate.of(2026, 1, 2), "cliënt"), null,
                consent == ConsentStatus.GEGEVEN ? null : "ernstige zelfverwaarlozing",
                consent == ConsentStatus.GEGEVEN ? null : "bilateraal overleg met de huisarts onvoldoende", evaluationDue,
                closedOn, List.of("ggd"));
    }

    @Test
    void evaluationIsOverdueOnlyWithoutConsentAndWhileOpen() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(Evaluation.isOverdue(caseWith(Phase.SCREENING, ConsentStatus.GEWEIGERD, today.minusDays(1), null), today)).isTrue();
        assertThat(Evaluation.isOverdue(caseWith(Phase.SCREENING, ConsentStatus.GEWEIGERD, today, null), today)).isFalse();
        assertThat(Evaluation.isOverdue(caseWith(Phase.SCREENING, ConsentStatus.GEGEVEN, today.minusDays(1), null), today)).isFalse();
        assertThat(Evaluation.isOverdue(caseWith(Phase.AFGESLOTEN, ConsentStatus.GEWEIGERD, today.minusDays(1), today), today)).isFalse();
        assertThat(Evaluation.nextAfter(LocalDate.of(2026, 11, 26), 6)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void aCaseWithoutConsentNeedsTheEvidentInterestJustificationForTheAgenda() {
        CaseFile refused = caseWith(Phase.SCREENING, ConsentStatus.GEWEIGERD, null, null);
        assertThat(refused.mayBePutOnAgenda()).isTrue();
        CaseFile unjustified = new CaseFile("2026-002", born("1980-01-01", false), null, null, Phase.MELDING, Map.of(),
                new Consent(ConsentStatus.GEWEIGERD, null, null), null, "  ", null, null, null, List.of("ggd"));
        assertThat(unjustified.mayBePutOnAgenda()).isFalse();
        assertThat(caseWith(Phase.SCREENING, ConsentStatus.GEGEVEN, null, null).mayBePutOnAgenda()).isTrue();
    }

    @Test
    void withoutConsentTheReasonWhyNoLighterMeansWasEnoughIsAlsoNeeded() {
        // handreiking deel I §6 point 4
        CaseFile noLighter = new CaseFile("2026-002", born("1980-01-01", false), null, null, Phase.MELDING, Map.of(),
                new Consent(ConsentStatus.GEWEIGERD, null, null), null, "ernstige zelfverwaarlozing", " ", null, null,
                List.of("ggd"));
        assertThat(noLighter.mayBePutOnAgenda()).isFalse();
        assertThat(noLighter.agendaFooting(LocalDate.of(2026, 11, 26))).isEqualTo(CaseFile.AgendaFooting.NO_LIGHTER_MEANS);
        CaseFile withConsent = new CaseFile("2026-003", born("1980-01-01", false), null, null, Phase.MELDING, Map.of(),
                new Consent(ConsentStatus.GEGEVEN, null, null), null, null, null, null, null, List.of("ggd"));
        assertThat(withConsent.agendaFooting(LocalDate.of(2026, 11, 26))).isEqualTo(CaseFile.AgendaFooting.CONSENT);
    }

    @Test
    void retentionIsTwoYearsAfterClosing() {
        CaseFile closed = caseWith(Phase.AFGESLOTEN, ConsentStatus.GEWEIGERD, null, LocalDate.of(2024, 11, 28));
        CaseFile open = caseWith(Phase.TRAJECT_EVALUATIE, ConsentStatus.GEWEIGERD, null, null);
        assertThat(Retention.due(List.of(closed, open), LocalDate.of(2026, 11, 27), Retention.DEFAULT_CASE_PERIOD)).isEmpty();
        assertThat(Retention.due(List.of(closed, open), LocalDate.of(2026, 11, 28), Retention.DEFAULT_CASE_PERIOD))
                .extracting(Retention.Due::caseNumber).containsExactly("2026-001");
    }
}
