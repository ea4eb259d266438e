package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;

/** BSN, date of birth, phone and address in their usual forms. */
class PseudonymIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "111 222 333", "111.222.333", "111-222-333", "1112 22 333"})
    void bsnInAnyGrouping(String bsn) {
        assertThat(PseudonymRecognizerTest.p("BSN " + bsn + ".")).isEqualTo("BSN [BSN].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-03-1984", "12/3/1984", "12 maart 1984", "1984-03-12", "12.03.1984", "12 mrt. 1984",
        "12-3-84"})
    void birthDateInDutchFormats(String date) {
        assertThat(PseudonymRecognizerTest.p("Geboren " + date + " te Utrecht.")).isEqualTo("Geboren [geboortedatum] te Utrecht.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "06 1234 5678", "+31 6 12345678", "0612345678", "06 12 34 56 78",
        "+31 (0)6 12345678", "0031 6 12345678"})
    void phoneInAnyGrouping(String phone) {
        assertThat(PseudonymRecognizerTest.p("Tel. " + phone + ".")).isEqualTo("Tel. [telefoon].");
    }

    @Test
    void landlineWithSpacedDash() {
        assertThat(PseudonymRecognizerTest.p("Tel. 030 - 2345678.")).isEqualTo("Tel. [telefoon].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kerkstraat 12", "Kerkstraat 12, 3511 AB Utrecht", "kerkstraat 12 Utrecht",
        "Kerkstr. 12", "Kerkstraat 12, 3511AB"})
    void address(String address) {
        assertThat(PseudonymRecognizerTest.p("Hij woont op " + address + ".")).isEqualTo("Hij woont op [adres cliënt 2026-017].");
    }
}
