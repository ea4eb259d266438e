package nl.kring.ui.minutes;

import javafx.scene.control.Label;
import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.ui.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: the passwords of an export are listed with a number to call, and gone once the list is closed. */
class PasswordListTest {
    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void theListHasTheTickedPartnersWithAPhoneAndForgetsOnClose() throws Exception {
        Partner woco = new Partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
                LocalDate.of(2026, 1, 15), null, List.of(new Attendee("a-1", "R. Kok", "wijkconsulent", null, "06-55500033")));
        Partner ggd = new Partner("ggd", "GGD", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of(),
                null, "088-5550200");
        ExportPasswordsModel model = onFx(() -> new ExportPasswordsModel(List.of(woco, ggd)));
        PasswordList list = onFx(() -> {
            model.generate(model.rows().get(0));
            model.mailProperty().set(true);
            return model.passwordList();
        });
        assertThat(list.entries()).hasSize(1);
        PasswordList.Entry e = list.entries().getFirst();
        assertThat(e.partner()).isEqualTo("Woonstichting Het Dak");
        assertThat(e.phone()).isEqualTo("06-55500033");
        assertThat(e.password()).isEqualTo(model.passwords().get("woco-dak")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(PasswordList.phoneOf(ggd)).isEqualTo("088-5550200");
        var printable = onFx(() -> PasswordListDialog.content(list));
        assertThat(onFx(() -> printable.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList())).contains(e.password(), "06-55500033");
        list.forget();
        assertThat(list.entries()).isEmpty();
    }
}
