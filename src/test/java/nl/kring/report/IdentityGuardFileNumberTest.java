package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kring.domain.CaseFile;
import nl.kring.domain.FileNumber;

/**
 * Issue 12, the second net: the report writer's identity guard masks a client's file number in any text that reaches
 * it, whatever the pseudonymiser did before (here: nothing), in every spelling the recogniser knows.
 */
class IdentityGuardFileNumberTest {
    static final CaseFile C = ReportFixtures.C17;
    static final CaseFile NUMBERED = new CaseFile(C.number(), C.client().withFileNumbers(List.of(
            new FileNumber("woco-dak", "huurnummer", "48213"), new FileNumber("ggd-vangnet", "dossiernr.", "GGD-2024-58317"))),
            C.referrer(), C.reportedOn(), C.phase(), C.domains(), C.consent(), C.informed(), C.evidentInterest(),
            C.lighterMeansConsidered(), C.evaluationDue(), C.closedOn(), C.kring());

    @Test
    void everySpellingOfAClientsNumberIsMaskedAndCounted() {
        IdentityGuard guard = IdentityGuard.of(List.of(NUMBERED));
        assertThat(guard.mask("Huurnummer 48213, huurnr.48 213 en (4\u200b8213); dossier ggd 2024 58317 of GGD-2024-58317."))
                .isEqualTo("Huurnummer [dossiernummer], huurnr.[dossiernummer] en ([dossiernummer]); dossier "
                        + "[dossiernummer] of [dossiernummer].");
        assertThat(guard.hits()).isEqualTo(5);
    }

    @Test
    void aMarkerIsLeftWholeEvenWhereANumberEqualsACaseNumber() {
        CaseFile odd = new CaseFile(C.number(), C.client().withFileNumbers(List.of(new FileNumber("ggd-vangnet", null,
                "2026-017"))), C.referrer(), C.reportedOn(), C.phase(), C.domains(), C.consent(), C.informed(),
                C.evidentInterest(), C.lighterMeansConsidered(), C.evaluationDue(), C.closedOn(), C.kring());
        assertThat(IdentityGuard.of(List.of(odd)).mask("Zie [cliënt 2026-017]; dossier 2026-017."))
                .isEqualTo("Zie [cliënt 2026-017]; dossier [dossiernummer].");
    }

    @Test
    void otherNumbersStay() {
        IdentityGuard guard = IdentityGuard.of(List.of(NUMBERED));
        String text = "Factuur 482131, order X48213 en 2024-58318 blijven staan.";
        assertThat(guard.mask(text)).isEqualTo(text);
        assertThat(guard.hits()).isZero();
    }
}
