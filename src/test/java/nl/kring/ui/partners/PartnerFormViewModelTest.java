package nl.kring.ui.partners;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.service.PartnerService;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.ui.common.Problem;
import nl.kring.vault.Vault;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.partners.PartnerFormViewModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    PartnerFormViewModel form = new PartnerFormViewModel(() -> TODAY);

    private List<String> messages(String field) {
        return form.problems().stream().filter(p -> p.field().equals(field)).map(Problem::message).toList();
    }

    private Partner woco() {
        return new Partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
                LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 15), List.of(new Attendee("a-1", "R. Kok", "wijkconsulent")));
    }

    @Test
    void newPartnerNeedsNameRoleAndAValidCode() {
        form.startNew(List.of(woco()));
        assertThat(form.isValid()).isFalse();
        assertThat(form.blockingMessages()).contains("Naam is verplicht.", "Kies de rol van de partner.");
        form.nameProperty().set("GGD Regio Rivierstad");
        assertThat(form.idProperty().get()).isEqualTo("ggd-regio-rivierstad"); // proposed from the name
        form.roleProperty().set(Role.GGD);
        assertThat(form.isValid()).isTrue();
        form.idProperty().set("ggd vangnet!");
        assertThat(messages(F_ID)).containsExactly("De code mag alleen letters, cijfers en - bevatten.");
        form.idProperty().set("WOCO-dak");
        assertThat(messages(F_ID)).containsExactly("De code WOCO-dak is al in gebruik bij een andere partner.");
        form.idProperty().set("ggd-1");
        form.nameProperty().set("GGD Vangnet"); // a typed code is not overwritten by the name
        assertThat(form.idProperty().get()).isEqualTo("ggd-1");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void aCodeThatWouldCollideWithAReportOrBeAWindowsDeviceIsRefusedInDutch() {
        form.startNew(List.of(woco()));
        form.nameProperty().set("Verslavingszorg Noord");
        form.roleProperty().set(Role.VERSLAVINGSZORG);
        form.idProperty().set("verslag");
        assertThat(messages(F_ID)).containsExactly("De code verslag is de naam van een verslag in de export "
                + "(verslag, rooster, uitnodiging); kies een andere code.");
        form.idProperty().set("Rooster");
        assertThat(messages(F_ID)).hasSize(1).first().asString().contains("naam van een verslag");
        form.idProperty().set("CON");
        assertThat(messages(F_ID)).containsExactly("De code CON is een gereserveerde apparaatnaam in Windows "
                + "(zoals CON, NUL, COM1); kies een andere code.");
        form.idProperty().set("lpt1");
        assertThat(messages(F_ID)).hasSize(1).first().asString().contains("apparaatnaam");
        form.idProperty().set("woco-dak-uitnodiging");
        assertThat(messages(F_ID)).hasSize(1).first().asString().contains("naam van een verslag");
        form.idProperty().set("vz-noord");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void agreementDatesMustMakeSense() {
        form.startNew(List.of());
        form.nameProperty().set("Politie Basisteam");
        form.roleProperty().set(Role.POLITIE);
        assertThat(messages(F_SIGNED)).containsExactly("Zonder getekende ketenovereenkomst kan deze partner niet in een kring.");
        assertThat(form.isValid()).isTrue(); // advice, not a blocker
        form.signedProperty().set("01-12-2026");
        assertThat(messages(F_SIGNED)).singleElement().asString().contains("toekomst");
        form.signedProperty().set("01-06-2026");
        form.endsProperty().set("31-05-2026");
        assertThat(messages(F_ENDS)).containsExactly("De einddatum ligt vóór de datum van tekenen.");
        form.endsProperty().set("31-06-2027");
        assertThat(messages(F_ENDS)).singleElement().asString().contains("31-06-2027").contains("geen bestaande datum");
        form.endsProperty().set("30-06-2027");
        assertThat(form.problems()).isEmpty();
        form.signedProperty().set("");
        assertThat(messages(F_ENDS)).containsExactly("Vul ook in wanneer de ketenovereenkomst is getekend.");
    }

    @Test
    void newAttendeesGetIdsUniqueInTheWholeVault() {
        Partner other = new Partner("a", "Partner A", Role.GGZ, Tier.KERN, null, null,
                List.of(new Attendee("a-1", "X", null), new Attendee("a-2", "Y", null)));
        form.startNew(List.of(other));
        form.nameProperty().set("A");
        form.idProperty().set("a");
        form.roleProperty().set(Role.GGZ);
        form.attendees().add(new AttendeeRow(null, "M. Bos", "voorzitter"));
        form.attendees().add(new AttendeeRow(null, "", ""));
        form.attendees().add(new AttendeeRow(null, "P. de Wit", ""));
        assertThat(form.toPartner().attendees()).extracting(Attendee::id, Attendee::name, Attendee::function)
                .containsExactly(Tuple.tuple("a-3", "M. Bos", "voorzitter"),
                        Tuple.tuple("a-4", "P. de Wit", null));
        form.attendees().add(new AttendeeRow(null, "", "notulist"));
        assertThat(messages(F_ATTENDEES)).containsExactly("Deelnemer 4: de naam ontbreekt.");
    }

    @Test
    void agreementStatusReadsLikeTheChairSaysIt() {
        assertThat(PartnersViewModel.agreementStatus(woco(), TODAY)).isEqualTo("geldig tot 15-01-2028");
        assertThat(PartnersViewModel.agreementStatus(woco(), LocalDate.of(2028, 1, 16))).isEqualTo("verlopen op 15-01-2028");
        assertThat(PartnersViewModel.agreementStatus(new Partner("x", "X", Role.GGD, Tier.KERN, null, null, null), TODAY))
                .isEqualTo("niet getekend");
        assertThat(PartnersViewModel.agreementStatus(new Partner("x", "X", Role.GGD, Tier.KERN,
                LocalDate.of(2020, 1, 1), null, null), TODAY)).isEqualTo("geldig, zonder einddatum");
    }

    @Test
    void searchFindsNameCodeAndRole() {
        PartnersViewModel vm = new PartnersViewModel(new SameThreadExecutor(), null, () -> TODAY);
        vm.setPartners(List.of(woco(), TestVaults.partner("ggd", Role.GGD, null, null),
                TestVaults.partner("mo", Role.MAATSCHAPPELIJKE_OPVANG, null, null)));
        vm.searchProperty().set("woningcorp");
        assertThat(vm.filtered()).extracting(Partner::id).containsExactly("woco-dak");
        vm.searchProperty().set("opvang");
        assertThat(vm.filtered()).extracting(Partner::id).containsExactly("mo");
        vm.searchProperty().set("het dak");
        assertThat(vm.filtered()).extracting(Partner::id).containsExactly("woco-dak");
    }

    @Test
    void deletingAPartnerInAKringIsRefusedInDutchNamingTheCases(@TempDir Path dir) throws Exception {
        try (var session = Vault.create(dir.resolve("v"), TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            PartnerService service = new PartnerService(store);
            service.save(woco(), true);
            service.save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null), true);
            store.cases().save(TestVaults.caseFile("2026-017", TestVaults.client("Jan", null, "de", "Vries", List.of()),
                    Phase.SCREENING, true, null, List.of("woco-dak")));

            // the service refuses in types, the register says it in Dutch
            assertThatThrownBy(() -> service.delete("woco-dak"))
                    .isInstanceOfSatisfying(PartnerService.StillInUse.class,
                            e -> assertThat(e.cases()).containsExactly("2026-017"));
            PartnersViewModel vm = new PartnersViewModel(new SameThreadExecutor(), new PartnerService(store), () -> TODAY);
            vm.load();
            vm.select(vm.partners().stream().filter(p -> p.id().equals("woco-dak")).findFirst().orElseThrow());
            vm.delete();
            assertThat(vm.messageProperty().get())
                    .isEqualTo("Deze partner kan niet worden verwijderd: hij zit in de kring van 1 casus(sen): 2026-017. "
                            + "Haal de partner eerst uit die kring(en).");
            assertThat(store.partners().find("woco-dak")).isPresent();

            vm.select(vm.partners().stream().filter(p -> p.id().equals("ggd")).findFirst().orElseThrow());
            vm.delete();
            assertThat(store.partners().find("ggd")).isEmpty();
            assertThat(store.audit().entries()).extracting(e -> e.action() + " " + e.subject() + " " + e.detail())
                    .containsSubsequence("PARTNER_CHANGED woco-dak created", "PARTNER_CHANGED ggd deleted");
            // a new partner never silently replaces an existing one with the same code
            assertThatThrownBy(() -> service.save(woco(), true))
                    .isInstanceOfSatisfying(PartnerService.IdTaken.class, e -> assertThat(e.id()).isEqualTo("woco-dak"));
        }
    }

    @Test
    void editingKeepsAttendeeIds() {
        form.edit(woco(), List.of(woco()));
        assertThat(form.isNewProperty().get()).isFalse();
        assertThat(form.isValid()).isTrue();
        form.attendees().getFirst().functionProperty().set("teamleider");
        assertThat(form.toPartner().attendees()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a-1");
            assertThat(a.function()).isEqualTo("teamleider");
        });
    }
}
