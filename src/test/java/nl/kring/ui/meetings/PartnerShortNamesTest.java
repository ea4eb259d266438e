package nl.kring.ui.meetings;

import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: the agenda's short names stay distinct when two partners share a role, and say which is which. */
class PartnerShortNamesTest {
    static Partner partner(String id, String name, Role role) {
        return new Partner(id, name, role, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of());
    }

    @Test
    void theRoleAbbreviationAndWhereTwoShareItTheWordThatTellsThemApart() {
        var names = PartnerShortNames.of(List.of(
                partner("ggd", "GGD Vangnet Rivierstad", Role.GGD),
                partner("ggz-a", "GGZ Stroomland, FACT-team Rivierstad", Role.GGZ),
                partner("ggz-b", "GGZ Centraal Rivierstad", Role.GGZ),
                partner("wmo", "Gemeente Rivierstad, Wmo-loket", Role.GEMEENTE),
                partner("rn", "Reclassering Nederland, unit Oost", Role.RECLASSERING),
                partner("x", "Buurtbemiddeling Oost", Role.OVERIG),
                partner("x2", "Buurtbemiddeling Oost", Role.OVERIG)));
        assertThat(names).containsEntry("ggd", "GGD").containsEntry("wmo", "Gem.").containsEntry("rn", "Reclassering")
                .containsEntry("ggz-a", "GGZ Stroomland").containsEntry("ggz-b", "GGZ Centraal")
                .containsEntry("x", "Buurtbemiddeling Oost (x)").containsEntry("x2", "Buurtbemiddeling Oost (x2)");
        assertThat(names.values()).doesNotHaveDuplicates();
    }
}
