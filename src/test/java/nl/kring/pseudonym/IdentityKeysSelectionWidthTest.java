package nl.kring.pseudonym;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How wide the identity keys select (issue 17): a client whose surname has a prefix is not read for every Dutch text
 * that says "de" or "van", and is still read for every text that may name them. That the selection is never too narrow
 * is {@code IdentityKeysEquivalenceTest}'s; this holds it to not selecting by a prefix.
 */
class IdentityKeysSelectionWidthTest {
    private static final String ORDINARY = "De cliënt woont sinds kort in de wijk. Het is van belang dat de huisarts en de "
            + "wijkagent op de hoogte zijn; er is contact geweest met de woningcorporatie over de schuld van de huur.";

    private static CaseFile client(String first, String prefix, String surname) {
        Client c = new Client(first, first, prefix, surname, List.of(), LocalDate.of(1970, 1, 1), null,
                "Kerkstraat 1, 1234 AB Rivierstad", null, List.of(), null, false, List.of());
        return new CaseFile("2026-001", c, new Referrer("Buurvrouw", null, false), LocalDate.of(2026, 1, 1),
                Phase.SCREENING, Map.of(), null, null, null, null, null, null, List.of());
    }

    private static boolean selected(CaseFile c, String text) {
        return IdentityKeys.mayName(IdentityKeys.of(c), IdentityKeys.in(List.of(text)));
    }

    @Test
    void aPrefixAloneSelectsNoOne() {
        for (CaseFile c : List.of(client("Jan", "de", "Vries"), client("Anna", "van der", "Berg"),
                client("Ruud", "van 't", "Hek"))) {
            assertThat(selected(c, ORDINARY)).as(c.client().surname()).isFalse();
        }
    }

    @Test
    void everyWayOfWritingTheNameStillSelects() {
        CaseFile c = client("Jan", "de", "Vries");
        for (String text : List.of("Gesprek met de heer De Vries.", "J. de V. was er niet", "Jan kwam niet",
                "mevrouw Devries belde", "de familie de Vreis (typefout)", "J.d.Vries")) {
            assertThat(selected(c, text)).as(text).isTrue();
        }
    }
}
