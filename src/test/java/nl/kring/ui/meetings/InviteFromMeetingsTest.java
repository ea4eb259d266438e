package nl.kring.ui.meetings;

import javafx.scene.control.Label;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.TestVaults;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Meeting;
import nl.kring.interchange.Importer;
import nl.kring.interchange.InterchangeReader;
import nl.kring.service.Services;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.ui.common.PdfPreview;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** "Uitnodigingen maken…" on the meetings screen, against the demo data in a real vault. */
class InviteFromMeetingsTest {
    static final LocalDate MEETING = LocalDate.parse("2026-11-26");

    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    static Store demo(Path dir) throws Exception {
        Store store = TestVaults.create(dir);
        try (InputStream in = Files.newInputStream(Path.of("resources/demo/demo.json"))) {
            Importer.store(store, InterchangeReader.read(in, LocalDate.parse("2026-12-01")));
        }
        return store;
    }

    @Test
    void theShownMeetingGetsItsInvitationPackAndAChairWithoutEmailIsToldWhatToDo() throws Exception {
        try (Store store = demo(tmp.resolve("v"))) {
            MeetingsViewModel vm = onFx(() -> new MeetingsViewModel(new SameThreadExecutor(), new Services(store), () -> LocalDate.parse("2026-11-20")));
            onFx(() -> {
                vm.refresh(MEETING);
                return null;
            });
            assertThat(!vm.items().isEmpty() && !vm.busyProperty().get()).isTrue();
            // issue 11: the invitations previewed first, one section per partner invited, as the pack writes them
            AtomicReference<List<PdfPreview.Section>> previewed = new AtomicReference<>();
            onFx(() -> {
                vm.previewInvitations(previewed::set);
                return null;
            });
            assertThat(previewed.get()).as(vm.messageProperty().get()).hasSize(8)
                    .allSatisfy(sec -> assertThat(sec.pages()).isNotEmpty())
                    .anySatisfy(sec -> assertThat(sec.heading()).isEqualTo("Uitnodiging voor Woonstichting Het Dak"))
                    .noneSatisfy(sec -> assertThat(sec.heading()).contains("Onderdak"));
            Path out = tmp.resolve("uit");
            AtomicReference<Path> done = new AtomicReference<>();
            onFx(() -> {
                vm.invite(out, true, done::set);
                return null;
            });
            assertThat(done.get() != null || vm.messageIsErrorProperty().get() && !vm.messageProperty().get().isEmpty()).isTrue();
            assertThat(done.get()).as(vm.messageProperty().get()).isEqualTo(out);
            assertThat(vm.messageProperty().get()).startsWith("Uitnodigingen voor 8 partner(s) gemaakt: 24 bestanden");
            try (var files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString()).toList())
                        .contains("woco-dak-uitnodiging.pdf", "woco-dak.ics", "woco-dak.eml")
                        .noneMatch(n -> n.startsWith("mo-onderdak"));
            }

            ChairDetails c = ContactSettings.load(store.settings());
            ContactSettings.save(store.settings(), new ChairDetails(c.name(), c.function(), null, c.phone(), c.complaints()));
            Path none = tmp.resolve("niets");
            onFx(() -> {
                vm.invite(none, false, p -> { });
                return null;
            });
            assertThat(vm.messageProperty().get().startsWith("Vul eerst")).isTrue();
            previewed.set(null);
            onFx(() -> {
                vm.previewInvitations(previewed::set);
                return null;
            });
            assertThat(previewed.get()).isNull();
            assertThat(vm.messageProperty().get()).startsWith("Vul eerst");
            assertThat(vm.messageProperty().get()).contains("Instellingen").contains("e-mailadres");
            assertThat(vm.messageIsErrorProperty().get()).isTrue();
            assertThat(none).doesNotExist();
        }
    }

    @Test
    void theAgendaPrintoutShowsTimesCaseNumbersAndPartnerCodesButNoClientName() throws Exception {
        MeetingsViewModel vm = new MeetingsViewModel(new SameThreadExecutor(), null, () -> LocalDate.parse("2026-11-28"));
        vm.setData(List.of(MeetingsViewModelTest.MEETING), List.of(MeetingsViewModelTest.WITH_CONSENT, MeetingsViewModelTest.EVIDENT));
        vm.show(new Meeting(MeetingsViewModelTest.MEETING, "GGD, zaal 2", LocalTime.of(9, 30),
                List.of(), List.of()));
        vm.addCase(MeetingsViewModelTest.WITH_CONSENT);
        vm.addCase(MeetingsViewModelTest.EVIDENT);
        var page = onFx(() -> AgendaPrint.build(MeetingsViewModelTest.MEETING, "GGD, zaal 2", LocalTime.of(9, 30),
                List.copyOf(vm.items())));
        List<String> texts = onFx(() -> page.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(texts).contains("09:30–09:40", "09:40–09:50", "2026-001", "2026-002", "ggd, woco", "ggd", "woco",
                "09:30–09:50", "2026-001, 2026-002");
        assertThat(String.join(" ", texts)).doesNotContain("Vries").doesNotContain("Yılmaz").doesNotContain("Jan");
    }
}
