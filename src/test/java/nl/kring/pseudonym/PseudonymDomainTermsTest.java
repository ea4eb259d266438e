package nl.kring.pseudonym;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Terms of the field that minutes capitalise (laws, measures, teams) are no possible person: "Wvggz" was flagged and
 * then withheld as "[persoon]" in the demo's inzage copy ("in het kader van de [persoon]"), a false statement in the
 * client's own record. A client whose name is such a term is still recognised from the case data.
 */
class PseudonymDomainTermsTest {
    static final Recognizer R = Recognizer.builder().clients(List.of(PseudonymRecognizerTest.DE_VRIES)).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "De GGZ overweegt een verkennend onderzoek in het kader van de Wvggz als vrijwillig contact niet lukt.",
            "Er is een zorgmachtiging aangevraagd; de Wzd is hier niet van toepassing.",
            "Het Wmo-loket en het FACT-team gaan samen op huisbezoek; het CJG is op de hoogte.",
            "Een IBS lijkt niet nodig; de crisismaatregel wordt niet aangevraagd.",
            "Aanvraag bij het CIZ voor een Wlz-indicatie loopt, de Jeugdwet speelt niet."})
    void aTermOfTheFieldIsNoPossibleName(String text) {
        assertThat(R.recognize(text).suspects()).extracting(Suspect::text).isEmpty();
    }

    @Test
    void anUnknownCapitalisedWordStillIs() {
        assertThat(R.recognize("Het overleg met Kwakkelstein over de Wvggz loopt.").suspects()).extracting(Suspect::text)
                .containsExactly("Kwakkelstein");
    }
}
