package nl.kring.ui.meetings;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.service.MeetingService;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.vault.Vault;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);

    static final CaseFile WITH_CONSENT = TestVaults.caseFile("2026-001", TestVaults.client("Jan", null, "de", "Vries", List.of()),
            Phase.SCREENING, true, null, List.of("ggd", "woco"));
    static final CaseFile EVIDENT = TestVaults.caseFile("2026-002", TestVaults.client("Fatma", null, null, "Yılmaz", List.of()),
            Phase.INTAKE, false, "ernstige zelfverwaarlozing", List.of("ggd"));
    static final CaseFile NO_FOOTING = TestVaults.caseFile("2026-003", TestVaults.client("Kees", null, null, "Berg", List.of()),
            Phase.MELDING, false, null, List.of("ggd"));
    static final CaseFile CLOSED = TestVaults.caseFile("2025-090", TestVaults.client("Els", null, null, "Smit", List.of()),
            Phase.AFGESLOTEN, true, null, List.of("ggd"));

    MeetingsViewModel vm = new MeetingsViewModel(new SameThreadExecutor(), null, () -> TODAY);

    private void openEmptyMeeting() {
        vm.setData(List.of(MEETING), List.of(WITH_CONSENT, EVIDENT, NO_FOOTING, CLOSED));
        vm.show(new Meeting(MEETING, "GGD, zaal 2", LocalTime.of(9, 30), List.of(), List.of()));
    }

    @Test
    void candidatesAreOpenCasesNotYetOnTheAgenda() {
        openEmptyMeeting();
        assertThat(vm.candidates()).extracting(CaseFile::number).containsExactly("2026-001", "2026-002", "2026-003");
        vm.addCase(WITH_CONSENT);
        assertThat(vm.candidates()).extracting(CaseFile::number).containsExactly("2026-002", "2026-003");
    }

    @Test
    void aCaseWithoutConsentOrEvidentInterestIsRefusedWithAReason() {
        openEmptyMeeting();
        assertThat(vm.addCase(NO_FOOTING)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Casus 2026-003 kan niet op de agenda: er is geen toestemming")
                .contains("evident belang"));
        assertThat(vm.items()).isEmpty();
        assertThat(vm.refusalProperty().get()).startsWith("Casus 2026-003 kan niet op de agenda");
        assertThat(vm.addCase(EVIDENT)).isEmpty();
        assertThat(vm.refusalProperty().get()).isEmpty();
        assertThat(vm.addCase(WITH_CONSENT)).isEmpty();
        assertThat(vm.items()).extracting(AgendaRow::caseNumber, AgendaRow::clientName, AgendaRow::kringText)
                .containsExactly(Tuple.tuple("2026-002", "Fatma Yılmaz", "ggd"),
                        Tuple.tuple("2026-001", "Jan de Vries", "ggd, woco"));
    }

    @Test
    void itemsMoveUpAndDownAndTimesFollowTheDurations() {
        openEmptyMeeting();
        vm.addCase(WITH_CONSENT);
        vm.addCase(EVIDENT);
        assertThat(vm.items()).extracting(r -> r.startProperty().get()).containsExactly("09:30", "09:40");
        vm.items().getFirst().durationProperty().set(25);
        assertThat(vm.items()).extracting(r -> r.startProperty().get()).containsExactly("09:30", "09:55");
        AgendaRow second = vm.items().get(1);
        assertThat(vm.move(second, -1)).isZero();
        assertThat(vm.items()).extracting(AgendaRow::caseNumber).containsExactly("2026-002", "2026-001");
        assertThat(vm.items()).extracting(r -> r.startProperty().get()).containsExactly("09:30", "09:40");
        assertThat(vm.move(second, -1)).isZero(); // already first
        assertThat(vm.move(second, 1)).isEqualTo(1);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.startProperty().set("9.5");
        assertThat(vm.isValid()).isFalse();
        vm.startProperty().set("13:15");
        assertThat(vm.items().getFirst().startProperty().get()).isEqualTo("13:15");
    }

    @Test
    void newMeetingChecksDateAndStart() {
        vm.setData(List.of(MEETING), List.of());
        assertThat(vm.checkNew("03-12-2026", "09:00")).contains("Op 03-12-2026 is al een vergadering.");
        assertThat(vm.checkNew("31-11-2026", "09:00")).hasValueSatisfying(m -> assertThat(m).contains("geen bestaande datum"));
        assertThat(vm.checkNew("10-12-2026", "25:00")).contains("Vul de begintijd in als uu:mm, bijvoorbeeld 09:00.");
        assertThat(vm.checkNew("10-12-2026", "9:00")).isEmpty();
        assertThat(vm.proposedDate()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void itemsWithDisclosuresCannotBeRemoved() {
        Disclosure d = new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("woco"), DisclosureBasis.EVIDENT_BELANG,
                "acuut", "niet bereikbaar", "voorzitter", MEETING);
        vm.setData(List.of(MEETING), List.of(WITH_CONSENT));
        vm.show(new Meeting(MEETING, null, null, List.of(), List.of(
                new AgendaItem("2026-001", 10, List.of(), List.of(), List.of(d)))));
        assertThat(vm.remove(vm.items().getFirst())).hasValueSatisfying(m -> assertThat(m).contains("dossier"));
        assertThat(vm.items()).hasSize(1);
    }

    @Test
    void savingANewOrderKeepsMinutesDecisionsAndDisclosures(@TempDir Path dir) throws Exception {
        try (var session = Vault.create(dir.resolve("v"), TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
            for (CaseFile c : List.of(WITH_CONSENT, EVIDENT, NO_FOOTING)) {
                store.cases().save(c);
            }
            Disclosure disc = new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("woco"), DisclosureBasis.EVIDENT_BELANG,
                    "acuut", "niet bereikbaar", "voorzitter", MEETING);
            store.meetings().save(new Meeting(MEETING, "GGD", LocalTime.of(9, 0), List.of(), List.of(
                    new AgendaItem("2026-001", 15, List.of(new MinutesParagraph(null, "Besproken: huurachterstand.")),
                            List.of(new Decision("Huisbezoek", "ggd", LocalDate.of(2026, 12, 10))), List.of(disc)),
                    new AgendaItem("2026-002", 10, List.of(), List.of(), List.of()))));

            List<MeetingService.Planned> planned = List.of(new MeetingService.Planned("2026-002", 20),
                    new MeetingService.Planned("2026-001", 15), new MeetingService.Planned("2026-003", 10));
            Meeting saved = new MeetingService(store).saveAgenda(MEETING, "Stadhuis", LocalTime.of(10, 0), planned);

            assertThat(saved.location()).isEqualTo("Stadhuis");
            assertThat(saved.start()).isEqualTo(LocalTime.of(10, 0));
            assertThat(saved.items()).extracting(AgendaItem::caseNumber, AgendaItem::durationMinutes).containsExactly(
                    Tuple.tuple("2026-002", 20), Tuple.tuple("2026-001", 15),
                    Tuple.tuple("2026-003", 10));
            AgendaItem kept = saved.items().get(1);
            assertThat(kept.minutes()).extracting(MinutesParagraph::text).containsExactly("Besproken: huurachterstand.");
            assertThat(kept.decisions()).extracting(Decision::action).containsExactly("Huisbezoek");
            assertThat(kept.disclosures()).hasSize(1);
            assertThat(store.audit().entries()).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo("MEETING_CHANGED");
                assertThat(e.subject()).isEqualTo("2026-12-03");
            });
        }
    }
}
