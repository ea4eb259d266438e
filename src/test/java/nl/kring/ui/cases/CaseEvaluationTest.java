package nl.kring.ui.cases;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.CaseService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation date in the case form follows the rules of point 5, and the form says why. */
class CaseEvaluationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Partner GGD = TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null);

    CaseFormViewModel form = new CaseFormViewModel(() -> TODAY);

    static CaseFile stored(ConsentStatus consent, LocalDate due) {
        return new CaseFile("2026-020", TestVaults.client("Jozef", "Sjef", null, "Kranenburg", List.of()), null,
                LocalDate.of(2026, 9, 1), Phase.SCREENING, null,
                consent == null ? null : new Consent(consent, LocalDate.of(2026, 9, 2), "voorzitter"), null,
                "ernstige zelfverwaarlozing", "bilateraal overleg onvoldoende", due, null, List.of("ggd"));
    }

    @Test
    void aNewCaseIsDueNWeeksAfterTheReportAndTheIntervalIsTheVaultsSetting() {
        form.startNew("2026-021", List.of(GGD), Set.of());
        form.reportedOnProperty().set("16-11-2026");
        assertThat(form.evaluationDueProperty().get()).isEqualTo("28-12-2026");
        assertThat(form.evaluationNoteBinding().get()).isEqualTo("Eerste evaluatie uiterlijk 28-12-2026: 6 weken na de melding van 16-11-2026.");
        boolean dirty = form.dirtyProperty().get();
        form.setEvaluationWeeks(4);
        assertThat(form.evaluationDueProperty().get()).isEqualTo("14-12-2026");
        assertThat(form.dirtyProperty().get()).isEqualTo(dirty); // a setting arriving is no edit
        form.surnameProperty().set("Kranenburg");
        form.kring().getFirst().selectedProperty().set(true);
        assertThat(form.toCaseFile().evaluationDue()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void aPhaseChangeMakesItDueTodayAndConsentRemovesIt() {
        form.edit(stored(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 12, 20)), List.of(GGD));
        assertThat(form.evaluationDueProperty().get()).isEqualTo("20-12-2026");
        assertThat(form.evaluationNoteBinding().get())
                .isEqualTo("Volgende evaluatie uiterlijk 20-12-2026; daarna elke 6 weken en bij elke fasewissel.");
        assertThat(form.dirtyProperty().get()).isFalse();

        form.phaseProperty().set(Phase.INTAKE);
        assertThat(form.evaluationDueProperty().get()).isEqualTo("28-11-2026");
        assertThat(form.evaluationNoteBinding().get()).startsWith("De fase is gewijzigd: de beperking moet nu opnieuw worden bekeken");
        assertThat(form.toCaseFile().evaluationDue()).isEqualTo(TODAY);

        form.consentStatusProperty().set(ConsentStatus.GEGEVEN);
        assertThat(form.evaluationDueProperty().get()).isEmpty();
        assertThat(form.evaluationNoteBinding().get()).startsWith("Geen evaluatie nodig: de cliënt heeft toestemming gegeven");
        assertThat(form.toCaseFile().evaluationDue()).isNull();
        form.recordEvaluation(); // nothing to evaluate
        assertThat(form.evaluatedOnProperty().get()).isNull();
    }

    @Test
    void anOverdueEvaluationSaysHowLateItIs() {
        form.edit(stored(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 11, 18)), List.of(GGD));
        assertThat(form.evaluationNoteBinding().get()).endsWith("Dat is 10 dagen te laat.");
    }

    @Test
    void recordingAnEvaluationSetsTheNextDateAndIsAuditedWithoutContent(@TempDir Path dir) throws Exception {
        form.edit(stored(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 11, 18)), List.of(GGD));
        form.recordEvaluation();
        assertThat(form.evaluatedOnProperty().get()).isEqualTo(TODAY);
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.evaluationDueProperty().get()).isEqualTo("09-01-2027");
        assertThat(form.evaluationNoteBinding().get())
                .isEqualTo("Evaluatie van 28-11-2026 wordt vastgelegd bij opslaan; de volgende uiterlijk 09-01-2027 (6 weken later).");

        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(GGD);
            store.cases().save(stored(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 11, 18)));
            CaseFile saved = new CaseService(store).save(form.toCaseFile(), false, true);
            assertThat(saved.evaluationDue()).isEqualTo(LocalDate.of(2027, 1, 9));
            var entry = store.audit().entries().getLast();
            assertThat(entry.action()).isEqualTo("CASE_CHANGED");
            assertThat(entry.subject()).isEqualTo("2026-020");
            assertThat(entry.detail()).isEqualTo("evaluation of the restriction recorded, next due 2027-01-09");
            assertThat(store.verify()).isEmpty();
        }
        // after the save the form shows the stored case again: nothing pending
        form.edit(stored(ConsentStatus.GEWEIGERD, LocalDate.of(2027, 1, 9)), List.of(GGD));
        assertThat(form.evaluatedOnProperty().get()).isNull();
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewCaseCannotRecordAnEvaluationYet() {
        form.startNew("2026-021", List.of(GGD), Set.of());
        form.recordEvaluation();
        assertThat(form.evaluatedOnProperty().get()).isNull();
    }
}
