package nl.kring.ui.disclosures;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DisclosureWithdrawal;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.TestVaults;
import nl.kring.domain.DisclosureRules;
import nl.kring.service.DisclosureService;
import nl.kring.service.Services;
import nl.kring.ui.common.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.disclosures.DisclosureFormViewModel.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Correcting and withdrawing a note, in the view models, against a real vault (no stage). */
class DisclosureCorrectionViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate NOTED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;
    Store store;
    DisclosureRepository.Entry note;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @BeforeEach
    void setUp() throws Exception {
        store = TestVaults.create(dir.resolve("v"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
        // its agreement ended after the note's date: still eligible in a correction of that note
        store.partners().save(TestVaults.partner("thuis", Role.THUISZORG, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 25)));
        store.cases().save(TestVaults.caseFile("2026-017", TestVaults.client("Johannes", "Jan", "de", "Vries", List.of()),
                Phase.SCREENING, false, "zelfverwaarlozing", List.of("woco", "ggd")));
        note = store.disclosures().record("2026-017", new Disclosure(List.of(LifeDomain.HUISVESTING, LifeDomain.FINANCIEN),
                List.of("ggd"), DisclosureBasis.EVIDENT_BELANG, "Huisuitzetting dreigt", "Niet bereikbaar", "M. Bos", NOTED, false));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    DisclosureFormViewModel correction() {
        return DisclosureFormViewModel.correcting(DisclosureFormViewModel.load(new Services(store), "2026-017"), note, () -> TODAY);
    }

    static List<String> blockingFields(DisclosureFormViewModel f) {
        return f.problems().stream().filter(Problem::blocking).map(Problem::field).toList();
    }

    @Test
    void theCorrectionFormOpensWithWhatTheNoteSays() {
        var f = correction();
        assertThat(f.corrects()).contains(note);
        assertThat(f.category(LifeDomain.HUISVESTING).get()).isTrue();
        assertThat(f.category(LifeDomain.FINANCIEN).get()).isTrue();
        assertThat(f.category(LifeDomain.VEILIGHEID).get()).isFalse();
        assertThat(f.recipients()).filteredOn(RecipientOption::isSelected).extracting(RecipientOption::partnerId)
                .containsExactly("ggd");
        assertThat(f.basisProperty().get()).isEqualTo(DisclosureBasis.EVIDENT_BELANG);
        assertThat(f.whyProperty().get()).isEqualTo("Huisuitzetting dreigt");
        assertThat(f.whyNotInformedProperty().get()).isEqualTo("Niet bereikbaar");
        assertThat(f.decidedByProperty().get()).isEqualTo("M. Bos");
        assertThat(f.dateProperty().get()).isEqualTo("20-11-2026");
        assertThat(f.dirtyProperty().get()).isFalse();
        // the same note (the form lists categories in leefgebied order, the note in the order they were ticked)
        assertThat(DisclosureRules.sameContent(f.toDisclosure(), note.disclosure())).isTrue();
        // who could receive data is judged on the note's day, not today
        assertThat(f.recipient("thuis").orElseThrow().eligible()).isTrue();
        // nothing shows as wrong before the chair did anything
        assertThat(f.shownMessage(F_CORRECTION_REASON).get()).isEmpty();
    }

    @Test
    void aCorrectionNeedsAReasonAndAChange() {
        var f = correction();
        assertThat(f.attemptSave()).isFalse();
        assertThat(blockingFields(f)).containsExactly(F_CORRECTION_REASON, F_CORRECTION_REASON);
        assertThat(f.shownMessage(F_CORRECTION_REASON).get())
                .isEqualTo("Geef aan wat er aan de oorspronkelijke aantekening niet klopte.");

        f.correctionReasonProperty().set("De woningcorporatie kreeg de gegevens, niet de GGD");
        assertThat(f.isValid()).isFalse();
        assertThat(f.shownMessage(F_CORRECTION_REASON).get())
                .isEqualTo("De aantekening is niet veranderd. Pas aan wat niet klopte, of trek de aantekening in.");

        f.recipient("ggd").orElseThrow().selectedProperty().set(false);
        f.recipient("woco").orElseThrow().selectedProperty().set(true);
        assertThat(f.attemptSave()).isTrue();
        assertThat(f.shownMessage(F_CORRECTION_REASON).get()).isEmpty();
        // the ordinary rules of a note hold for the correction too
        f.whyProperty().set("");
        assertThat(blockingFields(f)).containsExactly(F_WHY);
    }

    @Test
    void savingTheCorrectionRecordsTheNewNoteAndWithdrawsTheOld() {
        var f = correction();
        f.recipient("ggd").orElseThrow().selectedProperty().set(false);
        f.recipient("woco").orElseThrow().selectedProperty().set(true);
        f.decidedByProperty().set("A. de Wit, voorzitter");
        f.correctionReasonProperty().set("Verkeerde partner aangevinkt");
        assertThat(f.attemptSave()).isTrue();

        var corrected = new DisclosureService(store).correct(note.id(), f.today(),
                f.correctionReasonProperty().get(), f.toDisclosure());

        assertThat(corrected.disclosure().to()).containsExactly("woco");
        assertThat(corrected.meetingDate()).isNull();
        List<DisclosureRepository.Entry> stored = store.disclosures().forCase("2026-017");
        assertThat(stored).hasSize(2);
        assertThat(stored.getFirst().id()).isEqualTo(note.id());
        assertThat(stored.getFirst().disclosure().withdrawal())
                .isEqualTo(new DisclosureWithdrawal(TODAY, "Verkeerde partner aangevinkt", corrected.id()));
        assertThat(stored.get(1)).isEqualTo(corrected);
        assertThat(store.settings().get(DisclosureFormViewModel.LAST_DECIDED_BY)).contains("A. de Wit, voorzitter");
    }

    @Test
    void withdrawingAsksTheReasonAndRefusesAWithdrawnNote() {
        var w = new WithdrawalFormViewModel(note, () -> TODAY);
        assertThat(w.shownMessage().get()).isEmpty();
        assertThat(w.attemptSave()).isFalse();
        assertThat(w.shownMessage().get()).isEqualTo("Geef de reden van de intrekking.");
        w.reasonProperty().set("Dubbel vastgelegd");
        assertThat(w.attemptSave()).isTrue();

        var withdrawn = new DisclosureService(store).withdraw(note.id(), w.today(), w.reasonProperty().get());
        assertThat(withdrawn.disclosure().withdrawal()).isEqualTo(new DisclosureWithdrawal(TODAY, "Dubbel vastgelegd", null));

        // a screen that still shows it as standing gets a Dutch message, from the form and from the store
        var again = new WithdrawalFormViewModel(withdrawn, () -> TODAY);
        again.reasonProperty().set("nog eens");
        assertThat(again.attemptSave()).isFalse();
        assertThat(again.shownMessage().get()).isEqualTo("Deze aantekening is al ingetrokken op 28-11-2026.");
        try {
            new DisclosureService(store).withdraw(note.id(), TODAY, "nog eens");
            throw new AssertionError("withdrawn twice");
        } catch (DisclosureRepository.WithdrawalRefused e) {
            assertThat(WithdrawDialog.describe(e)).isEqualTo("Deze aantekening is intussen al ingetrokken. Ververs het overzicht.");
        }
    }

    @Test
    void theRegisterMarksWithdrawnNotesAndCanHideThem() throws Exception {
        var corrected = store.disclosures().correct(note.id(), TODAY, "Verkeerde partner",
                new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("woco"), DisclosureBasis.EVIDENT_BELANG,
                        "Huisuitzetting dreigt", "Niet bereikbaar", "M. Bos", NOTED.plusDays(1), false)).replacement();
        DisclosuresViewModel vm = onFx(() -> new DisclosuresViewModel(new SameThreadExecutor(), new Services(store)));
        onFx(() -> {
            vm.load();
            return null;
        });
        waitForRows(vm, 2);
        // shown by default, marked in words, with the reason and the replacement
        assertThat(onFx(() -> vm.showWithdrawnProperty().get())).isTrue();
        DisclosureRow old = onFx(() -> vm.rows().stream().filter(DisclosureRow::withdrawn).findFirst().orElseThrow());
        assertThat(old.entry().id()).isEqualTo(note.id());
        assertThat(old.status()).isEqualTo("ingetrokken 28-11-2026");
        assertThat(old.detail()).isEqualTo("Reden van intrekking: Verkeerde partner — vervangen door de aantekening van 21-11-2026");
        DisclosureRow replacement = onFx(() -> vm.rows().stream().filter(r -> !r.withdrawn()).findFirst().orElseThrow());
        assertThat(replacement.entry().id()).isEqualTo(corrected.id());
        assertThat(replacement.status()).isEmpty();

        onFx(() -> {
            vm.showWithdrawnProperty().set(false);
            return null;
        });
        waitForRows(vm, 1);
        assertThat(onFx(() -> vm.rows().getFirst().entry().id())).isEqualTo(corrected.id());
        onFx(() -> {
            vm.clearFilters();
            return null;
        });
        waitForRows(vm, 2);
    }

    static void waitForRows(DisclosuresViewModel vm, int n) throws Exception {
        assertThat(onFx(() -> vm.busyProperty().get())).isFalse();
        assertThat(onFx(() -> vm.rows().size())).isEqualTo(n);
    }
}
