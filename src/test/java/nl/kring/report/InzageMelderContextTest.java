package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;

/**
 * Read as the client: the inzage copy withholds the melder, and with it the words around the mask that say who the
 * melder is (docs/inzage.md, "The melder's role"). The melder here is the wijkagent of the register, K. van Dijk; the
 * client knows one wijkagent, so "de wijkagent [melder]" or "[melder] (wijkagent)" would name him.
 */
class InzageMelderContextTest {
    static final CaseFile OWN = new CaseFile("2026-040",
            new Client("Gerrit", "Gerrit", null, "Hofstede", List.of(), LocalDate.of(1961, 2, 3), null,
                    "Kerkstraat 2, 3511 AB Utrecht", null, List.of(), null, false),
            new Referrer("K. van Dijk", "Politie Midden-Nederland, wijkteam Oost", false), LocalDate.of(2026, 9, 1),
            Phase.SCREENING, Map.of(), null, null, null, null, null, null, List.of("ggd-vangnet", "politie-oost"));

    static String mask(String text) {
        InzageMasking m = new InzageMasking(OWN, List.of(OWN), ReportFixtures.PARTNERS, List.of(), Set.of());
        return m.mask("p", text);
    }

    @Test
    void aRoleWordOrTitleBeforeTheMaskIsWithheldWithIt() {
        assertThat(mask("De wijkagent K. van Dijk belde op 3 november over Gerrit."))
                .isEqualTo("[melder] belde op 3 november over Gerrit.");
        assertThat(mask("Gerrit werd gezien door de wijkagent K. van Dijk."))
                .isEqualTo("Gerrit werd gezien door [melder].");
    }

    @Test
    void aRoleInBracketsOrAnAppositionAfterTheMaskIsWithheldWithIt() {
        assertThat(mask("K. van Dijk (wijkagent) belde opnieuw.")).isEqualTo("[melder] belde opnieuw.");
        assertThat(mask("Melding van K. van Dijk, wijkagent van het team, na klachten over Gerrit."))
                .isEqualTo("Melding van [melder], na klachten over Gerrit.");
    }

    @Test
    void wordsThatDoNotSayWhoTheMelderIsStay() {
        // a bracket without a role, the client's own name, a role word not next to the mask
        assertThat(mask("K. van Dijk (3 november) belde; de huisarts weet ervan."))
                .isEqualTo("[melder] (3 november) belde; de huisarts weet ervan.");
        assertThat(mask("Gerrit Hofstede belde zelf.")).isEqualTo("Gerrit Hofstede belde zelf.");
    }

    @Test
    void theWithheldPassageHoldsTheRoleToo() {
        InzageMasking m = new InzageMasking(OWN, List.of(OWN), ReportFixtures.PARTNERS, List.of(), Set.of());
        m.mask("p", "De wijkagent K. van Dijk belde.");
        assertThat(m.passages()).singleElement().satisfies(p -> {
            assertThat(p.original()).isEqualTo("De wijkagent K. van Dijk");
            assertThat(p.category()).isEqualTo(InzageMasking.Category.MELDER);
        });
    }
}
