package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.pseudonym.Recognizer;
import nl.kring.TestVaults;

/**
 * Issue 12: the register's work e-mail addresses (of partners and their attendees) are professionals', never a
 * client's, in the recogniser every export and the minutes editor use.
 */
class ExportServiceWorkAddressTest {

    @Test
    void aPartnersOrAttendeesWorkAddressStaysWhileTheClientsOwnIsReplaced() {
        CaseFile bos = TestVaults.caseFile("2026-021", new Client("Jan Willem", "Jan", null, "Bos", List.of(), null,
                null, null, null, List.of(), null, false), Phase.SCREENING, true, null, List.of("ggd"));
        Partner ggd = new Partner("ggd", "GGD Vangnet", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null,
                List.of(new Attendee("a-1", "M. Bos", "voorzitter", "m.bos@ggdvangnet.nl", "030-6305400")),
                "bosenzorg@ggdvangnet.nl", null);
        Recognizer r = ExportService.recognizer(List.of(bos), List.of(ggd));
        String text = "Vragen: M.Bos@ggdvangnet.nl of bosenzorg@ggdvangnet.nl. De cliënt mailt vanaf jw.bos@gmail.com.";
        assertThat(r.recognize(text).pseudonymized()).isEqualTo(
                "Vragen: M.Bos@ggdvangnet.nl of bosenzorg@ggdvangnet.nl. De cliënt mailt vanaf [e-mail].");
        // without the register's addresses the chair's address would read as the client's
        Recognizer without = ExportService.recognizer(List.of(bos), List.of(new Partner("ggd", "GGD Vangnet", Role.GGD,
                Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of(new Attendee("a-1", "M. Bos", "voorzitter")))));
        assertThat(without.recognize(text).pseudonymized()).startsWith("Vragen: [e-mail]");
    }
}
