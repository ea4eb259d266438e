package nl.kring.ui.disclosures;

import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.TestVaults;
import nl.kring.domain.DataCategory;
import nl.kring.domain.Partner;
import nl.kring.ui.common.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.disclosures.DisclosureFormViewModel.*;
import static org.assertj.core.api.Assertions.assertThat;

class DisclosureFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final List<Partner> PARTNERS = List.of(
            TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null),
            TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2026, 1, 1), null),
            TestVaults.partner("amw", Role.MAATSCHAPPELIJK_WERK, LocalDate.of(2026, 1, 1), null),
            TestVaults.partner("oud", Role.THUISZORG, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));

    static DisclosureFormViewModel form(boolean consent, LocalDate meeting, String lastDecidedBy) {
        var c = TestVaults.caseFile("2026-017", TestVaults.client("Johannes", "Jan", "de", "Vries", List.of()),
                Phase.SCREENING, consent, consent ? null : "zelfverwaarlozing", List.of("woco"));
        return new DisclosureFormViewModel(new DisclosureFormViewModel.Data(c, PARTNERS, lastDecidedBy), meeting, () -> TODAY);
    }

    static List<String> blockingFields(DisclosureFormViewModel f) {
        return f.problems().stream().filter(Problem::blocking).map(Problem::field).toList();
    }

    @Test
    void opensWithTodayTheLastDeciderAndEvidentBelangWithoutConsent() {
        var f = form(false, null, "M. Bos, voorzitter");
        assertThat(f.dateProperty().get()).isEqualTo("28-11-2026");
        assertThat(f.decidedByProperty().get()).isEqualTo("M. Bos, voorzitter");
        assertThat(f.basisProperty().get()).isEqualTo(DisclosureBasis.EVIDENT_BELANG);
        assertThat(f.dirtyProperty().get()).isFalse();
        // the case's kring first, then the others with an agreement, the lapsed one last and not eligible
        assertThat(f.recipients()).extracting(RecipientOption::partnerId).containsExactly("woco", "amw", "ggd", "oud");
        assertThat(f.recipients()).extracting(RecipientOption::eligible).containsExactly(true, true, true, false);
        assertThat(f.recipients()).noneMatch(RecipientOption::isSelected);
    }

    @Test
    void withConsentToestemmingIsPreselectedAndFromAMeetingItsDate() {
        var f = form(true, LocalDate.of(2026, 11, 26), "");
        assertThat(f.basisProperty().get()).isEqualTo(DisclosureBasis.TOESTEMMING);
        assertThat(f.dateProperty().get()).isEqualTo("26-11-2026");
        assertThat(f.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void anEmptyFormShowsNothingUntilTouchedOrSavedThenDutchMessagesPerField() {
        var f = form(false, null, "");
        assertThat(f.isValid()).isFalse();
        assertThat(blockingFields(f)).containsExactly(F_CATEGORIES, F_RECIPIENTS, F_WHY, F_WHY_NOT_INFORMED, F_DECIDED_BY);
        assertThat(f.shownMessage(F_WHY).get()).isEmpty();

        f.whyProperty().set("x");
        f.whyProperty().set(" ");
        assertThat(f.shownMessage(F_WHY).get()).isEqualTo("Leg uit waarom de verstrekking noodzakelijk was.");
        assertThat(f.shownMessage(F_CATEGORIES).get()).isEmpty();

        assertThat(f.attemptSave()).isFalse();
        assertThat(f.shownMessage(F_CATEGORIES).get()).isEqualTo("Kies minstens één leefgebied waarover gegevens zijn verstrekt.");
        assertThat(f.shownMessage(F_RECIPIENTS).get()).isEqualTo("Kies aan welke partner of partners de gegevens zijn verstrekt.");
        assertThat(f.shownMessage(F_DECIDED_BY).get()).isEqualTo("Vul in wie tot de verstrekking heeft besloten.");
        assertThat(f.firstBlockingField()).contains(F_CATEGORIES);
    }

    @Test
    void aCompleteFormGivesTheNoteAsTyped() {
        var f = form(false, null, "M. Bos");
        f.category(LifeDomain.FINANCIEN).set(true);
        f.category(LifeDomain.HUISVESTING).set(true);
        f.recipient("woco").orElseThrow().selectedProperty().set(true);
        f.recipient("ggd").orElseThrow().selectedProperty().set(true);
        f.whyProperty().set("  Huisuitzetting dreigt ");
        f.whyNotInformedProperty().set("Niet bereikbaar");
        f.dateProperty().set("27-11-2026");
        assertThat(f.attemptSave()).isTrue();
        assertThat(f.toDisclosure()).isEqualTo(new Disclosure(List.of(LifeDomain.FINANCIEN, LifeDomain.HUISVESTING), // leefgebied order
                List.of("woco", "ggd"), DisclosureBasis.EVIDENT_BELANG, "Huisuitzetting dreigt", "Niet bereikbaar",
                "M. Bos", LocalDate.of(2026, 11, 27), false));

        // told the client: no reason needed, and none kept
        f.clientInformedProperty().set(true);
        assertThat(f.isValid()).isTrue();
        assertThat(f.toDisclosure().whyNotInformed()).isNull();
        assertThat(f.toDisclosure().clientInformed()).isTrue();
        f.clientInformedProperty().set(false);
        f.whyNotInformedProperty().set("");
        assertThat(blockingFields(f)).containsExactly(F_WHY_NOT_INFORMED);
        assertThat(f.shownMessage(F_WHY_NOT_INFORMED).get())
                .isEqualTo("Geef aan waarom de cliënt niet is geïnformeerd, of vink aan dat dat wel is gebeurd.");
    }

    @Test
    void datesInTheFutureOrImpossibleAreRefusedInDutch() {
        var f = form(false, null, "M. Bos");
        f.dateProperty().set("29-11-2026");
        assertThat(f.problem(F_DATE).orElseThrow().message()).isEqualTo("De datum (29-11-2026) ligt na vandaag: een "
                + "verstrekking legt u vast als zij gebeurd is. Vooruit kan alleen voor een geplande vergadering, vanuit die vergadering.");
        f.dateProperty().set("31-02-2026");
        assertThat(f.problem(F_DATE).orElseThrow().message()).isEqualTo("Datum: „31-02-2026\" is geen bestaande datum (dd-mm-jjjj).");
        f.dateProperty().set("");
        assertThat(f.problem(F_DATE).orElseThrow().message()).isEqualTo("Vul de datum van de verstrekking in.");
    }

    /** Issue 13: ahead of a planned meeting the form opens on today and takes the meeting's date, no other later one. */
    @Test
    void forAPlannedMeetingTheFormOpensOnTodayAndAcceptsTheMeetingsDateOnly() {
        LocalDate planned = LocalDate.of(2026, 12, 3);
        var f = form(false, planned, "M. Bos");
        assertThat(f.dateProperty().get()).isEqualTo("28-11-2026");
        assertThat(f.problem(F_DATE)).isEmpty();
        f.dateProperty().set("03-12-2026");
        assertThat(f.problem(F_DATE)).isEmpty();
        f.category(LifeDomain.HUISVESTING).set(true);
        f.recipients().getFirst().selectedProperty().set(true);
        f.whyProperty().set("dreigende huisuitzetting");
        f.whyNotInformedProperty().set("niet bereikbaar");
        assertThat(f.isValid()).isTrue();
        assertThat(f.toDisclosure().date()).isEqualTo(planned);
        f.dateProperty().set("04-12-2026");
        assertThat(f.problem(F_DATE).orElseThrow().message()).isEqualTo("De datum (04-12-2026) ligt na vandaag en is niet "
                + "de datum van deze geplande vergadering (03-12-2026). Kies 03-12-2026, vandaag of een eerdere dag.");
        assertThat(f.isValid()).isFalse();
        f.dateProperty().set("20-11-2026");
        assertThat(f.problem(F_DATE)).isEmpty();
        // a meeting that was held: its own day, as before
        assertThat(form(false, LocalDate.of(2026, 11, 26), "").dateProperty().get()).isEqualTo("26-11-2026");
    }

    @Test
    void aRecipientWithoutAgreementOnTheDateIsRefusedAndToestemmingWithoutConsentIsQuestioned() {
        var f = form(false, null, "M. Bos");
        f.recipient("oud").orElseThrow().selectedProperty().set(true); // the view disables it; the rule holds anyway
        assertThat(f.problems()).filteredOn(p -> p.field().equals(F_RECIPIENTS)).extracting(Problem::message)
                .containsExactly("Partner oud had op 28-11-2026 geen geldige ketenovereenkomst; aan deze partner mag niets worden verstrekt.");
        f.basisProperty().set(DisclosureBasis.TOESTEMMING);
        Problem warning = f.problem(F_BASIS).orElseThrow();
        assertThat(warning.blocking()).isFalse();
        assertThat(warning.message()).contains("geen gegeven toestemming");
    }

    /** Issue 15: data besides the leefgebieden can be ticked, alone or with them, and are kept apart from them. */
    @Test
    void otherDataCategoriesAreTickedAloneOrBesideTheLeefgebieden() {
        var f = form(false, null, "M. Bos");
        f.recipient("woco").orElseThrow().selectedProperty().set(true);
        f.whyProperty().set("Adres nodig voor het huisbezoek");
        f.whyNotInformedProperty().set("Niet bereikbaar");
        f.dateProperty().set("27-11-2026");
        assertThat(f.attemptSave()).isFalse(); // no category at all
        f.category(DataCategory.IDENTITEITSGEGEVENS).set(true);
        assertThat(f.attemptSave()).isTrue();
        assertThat(f.toDisclosure().categories()).isEmpty();
        assertThat(f.toDisclosure().otherCategories()).containsExactly(DataCategory.IDENTITEITSGEGEVENS);
        f.category(DataCategory.CONTACT_HULPVERLENERS).set(true);
        f.category(LifeDomain.HUISVESTING).set(true);
        assertThat(f.toDisclosure().categoryLabels())
                .containsExactly("Huisvesting", "Identiteitsgegevens", "Contact met hulpverleners");
    }
}
