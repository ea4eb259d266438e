package nl.kring.ui.cases;

import static nl.kring.ui.cases.CaseFormViewModel.F_FILE_NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.kring.TestVaults;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.ui.common.Problem;

/** Issue 12, the rows of partners' file numbers on the case form: each rule with its Dutch message, and the saved list. */
class FileNumberFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Partner GGD = TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null);
    static final Partner WOCO = TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2024, 1, 1),
            LocalDate.of(2026, 1, 1));

    CaseFormViewModel form = new CaseFormViewModel(() -> TODAY);

    @BeforeEach
    void newCase() {
        form.startNew("2026-018", List.of(GGD, WOCO), Set.of());
        form.surnameProperty().set("Vries");
        form.kring().stream().filter(o -> o.partnerId().equals("ggd")).findFirst().orElseThrow().selectedProperty().set(true);
    }

    private List<String> messages() {
        return form.problems().stream().filter(p -> p.field().equals(F_FILE_NUMBERS)).map(Problem::message).toList();
    }

    @Test
    void everyPartnerOfTheRegisterCanHaveIssuedANumberAlsoOneWithoutAValidAgreement() {
        assertThat(form.fileNumberPartners()).containsExactly("ggd", "woco");
        assertThat(form.partnerName("woco")).isEqualTo(WOCO.name());
    }

    @Test
    void eachRuleHasItsMessageNamingTheRow() {
        form.fileNumbers().setAll(List.of(
                new FileNumberRow("", "dossiernr.", "2024-0815"),
                new FileNumberRow("ggd", "dossiernr.", " "),
                new FileNumberRow("ggd", null, "12-34"),
                new FileNumberRow("woco", "huurnummer", "48213"),
                new FileNumberRow("woco", "huurdersnr.", "48 213"),
                new FileNumberRow("", "", "")));
        assertThat(messages()).containsExactly(
                "Dossiernummer 1: kies de partner die het nummer uitgaf.",
                "Dossiernummer 2: vul het nummer in.",
                "Dossiernummer 3: een nummer heeft minstens 5 letters en cijfers, waaronder een cijfer.",
                "Dossiernummer 5: dit nummer van " + WOCO.name() + " staat er al (spaties, punten en streepjes tellen niet mee).");
        assertThat(form.isValid()).isFalse();
    }

    @Test
    void theSavedCaseCarriesTheFilledRowsStrippedAndBlankRowsLeftOut() {
        form.fileNumbers().setAll(List.of(new FileNumberRow("woco", "  huurnummer ", " 48 213 "),
                new FileNumberRow("", "", ""), new FileNumberRow("ggd", "", "GGD-2024-0815")));
        assertThat(messages()).isEmpty();
        assertThat(form.isValid()).isTrue();
        assertThat(form.toCaseFile().client().fileNumbers()).containsExactly(
                new FileNumber("woco", "huurnummer", "48 213"), new FileNumber("ggd", null, "GGD-2024-0815"));
    }
}
