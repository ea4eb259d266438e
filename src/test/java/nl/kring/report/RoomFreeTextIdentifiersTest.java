package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kring.TestVaults;
import nl.kring.domain.Client;
import nl.kring.domain.FreeText;
import nl.kring.domain.Phase;
import nl.kring.domain.Relative;

/**
 * Free text in the meeting room (bekijk als, the presentation window) as its reader sees it: where the room may see
 * the item's client, the client's name, relatives and address stay as typed; the BSN (never on the presentation),
 * the date of birth, the phone number and the e-mail address the minutes hold are markers, as are other clients.
 */
class RoomFreeTextIdentifiersTest {
    static final Client MARIEKE = new Client("Marieke", null, null, "Dijkstra", List.of(), LocalDate.of(1961, 3, 14),
            "111222333", "Kerkstraat 12, 3511 AB Utrecht", "0612345678", List.of(new Relative("Henk Dijkstra", "broer")),
            null, false, List.of());
    static final Client OTHER = new Client("Pieter", null, null, "Kuipers", List.of(), null, "123456782", null, null,
            List.of(), null, false, List.of());

    static final String MINUTES = "Mw. Dijkstra (BSN 111222333, geboren 14-03-1961, tel. 06-12345678) woont Kerkstraat 12; "
            + "broer Henk Dijkstra belt. Dhr. Kuipers, BSN 123456782, is de buurman.";

    final FreeText room = ExportService.freeText(List.of(
            TestVaults.caseFile("2026-017", MARIEKE, Phase.MELDING, false, "zorg", List.of("ggd")),
            TestVaults.caseFile("2026-018", OTHER, Phase.MELDING, false, "zorg", List.of("ggd"))), List.of());

    @Test
    void theRoomReadsTheClientsNameRelativeAndAddressButNoIdentifier() {
        String shown = room.render(MINUTES, "2026-017", true);
        assertThat(shown).contains("Dijkstra", "Henk Dijkstra", "Kerkstraat 12")
                .doesNotContain("111222333", "14-03-1961", "06-12345678")
                .contains("[BSN]", "[geboortedatum]", "[telefoon]");
        // another client of the vault is a marker, the BSN included
        assertThat(shown).doesNotContain("Kuipers", "123456782");
    }

    @Test
    void whereTheNameIsNotVisibleEverythingIsAMarker() {
        String shown = room.render(MINUTES, "2026-017", false);
        assertThat(shown).doesNotContain("Dijkstra", "Kerkstraat", "111222333", "14-03-1961", "06-12345678",
                "Kuipers", "123456782");
    }

}
