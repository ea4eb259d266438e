package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;

/** Client and relative names in every form of issue 3. */
class PseudonymNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Johannes Petrus de Vries", "Jan de Vries", "Johannes", "Hansje", "De Vries",
        "de Vries", "DE VRIES", "Vries", "VRIES", "dhr. De Vries", "mw. de Vries", "mevr. De Vries",
        "meneer De Vries", "mevrouw de Vries", "de heer De Vries", "J.P. de Vries", "J. de Vries", "J.P. De Vries",
        "Vries, J.P. de", "De Vries, Jan", "Vries, J. de", "Devries", "DEVRIES", "Jan Vries", "J. P. de Vries",
        "Johanes", "Jhoannes", "Vreis", "Dhr. de\nVries", "Jan de\nVries"})
    void deVriesInAnyForm(String form) {
        assertThat(PseudonymRecognizerTest.p("Gesproken met " + form + " over de huur.")).isEqualTo(
                "Gesproken met [cliënt 2026-017] over de huur.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Johannes'", "De Vries'", "Hansjes", "Hansje's", "Vries'", "DE VRIES'"})
    void possessives(String form) {
        assertThat(PseudonymRecognizerTest.p("Dat is " + form + " fiets.")).isEqualTo("Dat is [cliënt 2026-017] fiets.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jans", "Jan's"})
    void possessiveOfAnAmbiguousName(String form) {
        assertThat(PseudonymRecognizerTest.p("Dat is " + form + " fiets.")).isEqualTo("Dat is [cliënt 2026-017/2026-021] fiets.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Özdemir", "Ozdemir", "OZDEMIR", "özdemir", "Özdemirs", "Ayse", "Ayşe Özdemir",
        "mw. Ozdemir", "Ozdemri", "Ozdemier"})
    void diacriticsAndTypos(String form) {
        assertThat(PseudonymRecognizerTest.p("Volgens de school is " + form + " ziek.")).isEqualTo(
                "Volgens de school is [cliënt 2026-018] ziek.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Visser-de Jong", "Visser-De Jong", "mevrouw Visser", "mw. De Jong", "De Jong",
        "Visser", "Ria", "Maria Johanna Visser-de Jong", "Vissre-de Jong", "mevrouw Visser-de Jong"})
    void doubleAndMarriedNames(String form) {
        assertThat(PseudonymRecognizerTest.p("Daarna belde " + form + " terug.")).isEqualTo("Daarna belde [cliënt 2026-019] terug.");
    }

    @Test
    void nameBrokenWithAHyphenOverALineEnd() {
        assertThat(PseudonymRecognizerTest.p("Gesproken met mw. Özde-\nmir en met dhr. Bak-\nker.")).isEqualTo(
                "Gesproken met [cliënt 2026-018] en met [cliënt 2026-020].");
    }

    @Test
    void relatives() {
        assertThat(PseudonymRecognizerTest.p("Zijn zoon Peter de Vries belde. Peter en Truus komen ook. P. de Vries stuurde een mail."))
                .isEqualTo("Zijn zoon [zoon van cliënt 2026-017] belde. [zoon van cliënt 2026-017] en "
                        + "[moeder van cliënt 2026-017] komen ook. [zoon van cliënt 2026-017] stuurde een mail.");
        assertThat(PseudonymRecognizerTest.p("Haar man Kees Visser is opgenomen.")).isEqualTo(
                "Haar man [echtgenoot van cliënt 2026-019] is opgenomen.");
    }

    @Test
    void ambiguousFirstNameIsReplacedAndMarked() {
        Recognition rec = PseudonymRecognizerTest.R.recognize("Jan belde.");
        assertThat(rec.pseudonymized()).isEqualTo("[cliënt 2026-017/2026-021] belde.");
        assertThat(rec.mentions().get(0).ambiguous()).isTrue();
        assertThat(rec.mentions().get(0).caseNumbers()).containsExactly("2026-017", "2026-021");
        // the surname settles it
        assertThat(PseudonymRecognizerTest.p("Jan Bos belde, Jan de Vries niet.")).isEqualTo("[cliënt 2026-021] belde, [cliënt 2026-017] niet.");
    }

    @Test
    void offsetsPointAtTheMention() {
        String text = "Met mevrouw Visser-de Jong gesproken.";
        Mention m = PseudonymRecognizerTest.R.recognize(text).mentions().get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("mevrouw Visser-de Jong");
        assertThat(m.kind()).isEqualTo(Kind.CLIENT_NAME);
        assertThat(m.targets()).containsExactly(new Target("2026-019", null));
    }
}
