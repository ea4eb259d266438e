package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;

/** What must stay: ordinary words, other dates and numbers, places, professionals; suspects. */
class PseudonymTrapsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Hij haalt brood bij de bakker op de hoek.", "Ze sliep in het bos.",
        "Zijn vader was visser.", "Het is een jong gezin.", "De tuin ligt vol mollen.", "Er zit een mol in de tuin.",
        "De bakkers in de wijk doen mee.", "Het overleg is op 12 maart 2027.", "Een bedrag van € 111,22.",
        "Casus 2026-017 is besproken.", "De vergadering was in Utrecht.", "Zie dossiernummer 1112223334.",
        "Het oude adres Kerkstraat 14 is van de buren.", "De Jan van Galenstraat is afgesloten.",
        "Aanwezig: M. Bos, Fenna Jansen en Thomas Visscher.", "Hij woonde vroeger in Vries."})
    void ordinaryWordsAndOtherThings(String text) {
        assertThat(PseudonymRecognizerTest.R.recognize(text).mentions()).isEmpty();
    }

    @Test
    void unknownPersonsBecomeSuspects() {
        Recognition rec = PseudonymRecognizerTest.R.recognize("De melding kwam van buurman Henk Smit; de huisarts, dr. Pieters, weet ervan.");
        assertThat(rec.mentions()).isEmpty();
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Henk Smit", "dr. Pieters");
    }

    @Test
    void unknownPhoneNumberIsASuspectNotAReplacement() {
        Recognition rec = PseudonymRecognizerTest.R.recognize("Bel het meldpunt op 030-6305400.");
        assertThat(rec.mentions()).isEmpty();
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("030-6305400");
    }
}
