package nl.kring.ui.retention;

import nl.kring.retention.CaseEraser;
import nl.kring.retention.RetentionService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention dialog's result line adds, only when there were any, how many texts elsewhere lost a name. */
class RetentionResultTextTest {
    @Test
    void theResultSaysHowManyTextsElsewhereNowHoldTheCaseNumber() {
        String plain = RetentionTexts.result(new RetentionService.Result(List.of("2026-010"), List.of(), CaseEraser.Counts.NONE));
        assertThat(plain).isEqualTo("Vernietigd: 1 casus en geen vergaderingen. In het auditlog staat per onderdeel een "
                + "aantekening zonder inhoud.");
        String scrubbed = RetentionTexts.result(new RetentionService.Result(List.of("2026-010"), List.of(),
                new CaseEraser.Counts(2, 1, 1, 1, 2, 1, 2)));
        assertThat(scrubbed).isEqualTo(plain + " Waar andere casussen deze cliënten noemden (8 tekst(en)), staat nu het casusnummer.");
    }
}
