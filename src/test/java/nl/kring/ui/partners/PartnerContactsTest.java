package nl.kring.ui.partners;

import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.ui.common.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: e-mail and phone of a partner and its attendees, checked on the form and kept in the vault. */
class PartnerContactsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    PartnerFormViewModel form = new PartnerFormViewModel(() -> TODAY);

    private Partner woco() {
        return new Partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
                LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 15),
                List.of(new Attendee("a-1", "R. Kok", "wijkconsulent", "r.kok@hetdak.example", "06-55500033")),
                "wijkteam@hetdak.example", "088-5550210");
    }

    @Test
    void contactDetailsAreShownCheckedAndCarriedIntoThePartner() {
        form.edit(woco(), List.of(woco()));
        assertThat(form.emailProperty().get()).isEqualTo("wijkteam@hetdak.example");
        assertThat(form.phoneProperty().get()).isEqualTo("088-5550210");
        assertThat(form.attendees().getFirst().emailProperty().get()).isEqualTo("r.kok@hetdak.example");
        assertThat(form.isValid()).isTrue();

        form.emailProperty().set("wijkteam hetdak.example");
        assertThat(form.isValid()).isFalse();
        assertThat(form.blockingMessages()).contains("Dit is geen geldig e-mailadres (zoals naam@organisatie.nl).");
        form.emailProperty().set(" info@hetdak.example ");
        form.phoneProperty().set("bel maar");
        assertThat(form.blockingMessages()).anyMatch(m -> m.startsWith("Dit is geen geldig telefoonnummer"));
        form.phoneProperty().set("");
        form.attendees().getFirst().emailProperty().set("kok@");
        assertThat(form.problems()).extracting(Problem::message)
                .contains("Deelnemer 1: het e-mailadres is niet geldig (zoals naam@organisatie.nl).");
        form.attendees().getFirst().emailProperty().set("");
        form.attendees().getFirst().phoneProperty().set("+31 6 5550 0033");
        assertThat(form.isValid()).isTrue();

        Partner p = form.toPartner();
        assertThat(p.email()).isEqualTo("info@hetdak.example");
        assertThat(p.phone()).isNull();
        assertThat(p.attendees().getFirst().email()).isNull();
        assertThat(p.attendees().getFirst().phone()).isEqualTo("+31 6 5550 0033");
    }

    @Test
    void theVaultKeepsPartnerAndAttendeeContacts(@TempDir Path tmp) throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            store.partners().save(woco());
            Partner back = store.partners().find("woco-dak").orElseThrow();
            assertThat(back).isEqualTo(woco());
            store.partners().save(back.withContact(null, "088-1"));
            assertThat(store.partners().find("woco-dak").orElseThrow().email()).isNull();
        }
    }
}
