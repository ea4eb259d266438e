package nl.kring.ui.disclosures;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;
import nl.kring.ui.EscapeProbe;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.WorkerExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in the real dialog: recording a disclosure ahead of a planned meeting opens on today, takes the meeting's
 * date and refuses any other later one with a Dutch message; Esc in the disclosure and withdrawal dialogs cancels and
 * writes nothing.
 */
@Tag("ui")
class DisclosureDateAndEscFxTest {
    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate PLANNED = TODAY.plusDays(6);

    @TempDir
    Path dir;
    Store store;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @BeforeEach
    void vault() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
        store.cases().save(TestVaults.caseFile("2026-017", TestVaults.client("Johannes", "Jan", "de", "Vries", List.of()),
                Phase.SCREENING, false, "ernstige zelfverwaarlozing", List.of("woco", "ggd")));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /** Replaces the text of a field as the chair does: focus (waited for), select all, type. */
    static void retype(FxRobot robot, String id, String text) throws Exception {
        TextInputControl field = robot.lookup(id).queryTextInputControl();
        robot.targetWindow(field.getScene().getWindow());
        robot.interact(field::requestFocus);
        waitUntil(30, () -> field.isFocused() && field.getScene().getWindow().isFocused());
        robot.interact(field::selectAll);
        robot.write(text);
        waitUntil(30, () -> text.equals(field.getText()));
    }

    static String dateError(FxRobot robot) {
        return robot.lookup("#error-" + DisclosureFormViewModel.F_DATE).queryAs(Label.class).getText();
    }

    @Test
    void aheadOfAPlannedMeetingTheDialogOpensOnTodayAndTakesTheMeetingsDateOnly() throws Exception {
        Node owner = EscapeProbe.owner();
        AtomicReference<DisclosureRepository.Entry> saved = new AtomicReference<>();
        onFx(() -> {
            DisclosureDialog.open(owner, new ScreenTasks(new WorkerExecutor()), new Services(store), "2026-017", PLANNED, saved::set, e -> { });
            return null;
        });
        FxRobot robot = new FxRobot();
        waitUntil(30, () -> robot.lookup("#disclosure-save").tryQuery().isPresent());
        TextInputControl date = robot.lookup("#" + DisclosureFormViewModel.F_DATE + "-field").queryTextInputControl();
        assertThat(date.getText()).isEqualTo(Dates.format(TODAY));

        retype(robot, "#" + DisclosureFormViewModel.F_DATE + "-field", Dates.format(PLANNED.plusDays(1)));
        waitUntil(30, () -> !dateError(robot).isEmpty());
        assertThat(dateError(robot)).isEqualTo("De datum (" + Dates.format(PLANNED.plusDays(1)) + ") ligt na vandaag en is "
                + "niet de datum van deze geplande vergadering (" + Dates.format(PLANNED) + "). Kies " + Dates.format(PLANNED)
                + ", vandaag of een eerdere dag.");

        retype(robot, "#" + DisclosureFormViewModel.F_DATE + "-field", Dates.format(PLANNED));
        waitUntil(30, () -> dateError(robot).isEmpty());
        DisclosuresFxTest.tick(robot, "#disclosure-cat-HUISVESTING");
        DisclosuresFxTest.tick(robot, "#disclosure-to-woco");
        retype(robot, "#" + DisclosureFormViewModel.F_WHY, "Huisuitzetting dreigt");
        retype(robot, "#" + DisclosureFormViewModel.F_WHY_NOT_INFORMED, "Niet bereikbaar");
        retype(robot, "#" + DisclosureFormViewModel.F_DECIDED_BY, "M. Bos");
        robot.interact(() -> robot.lookup("#disclosure-save").queryAs(Button.class).fire());
        waitUntil(30, () -> saved.get() != null);
        List<DisclosureRepository.Entry> stored = store.disclosures().forCase("2026-017");
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.meetingDate()).isEqualTo(PLANNED);
            assertThat(e.disclosure().date()).isEqualTo(PLANNED);
        });
    }

    @Test
    void escInTheDisclosureDialogCancelsAndRecordsNothing() throws Exception {
        Node owner = EscapeProbe.owner();
        AtomicReference<DisclosureRepository.Entry> saved = new AtomicReference<>();
        EscapeProbe.escCloses(() -> DisclosureDialog.open(owner, new ScreenTasks(new WorkerExecutor()), new Services(store), "2026-017", null, saved::set, e -> { }));
        assertThat(store.disclosures().forCase("2026-017")).isEmpty();
        assertThat(saved.get()).isNull();
    }

    @Test
    void escInTheWithdrawalDialogCancelsAndWithdrawsNothing() throws Exception {
        DisclosureRepository.Entry note = store.disclosures().record("2026-017", new Disclosure(List.of(LifeDomain.HUISVESTING),
                List.of("ggd"), DisclosureBasis.EVIDENT_BELANG, "Huisuitzetting dreigt", "Niet bereikbaar", "M. Bos",
                TODAY.minusDays(2), false));
        Node owner = EscapeProbe.owner();
        EscapeProbe.escCloses(() -> WithdrawDialog.open(owner, new ScreenTasks(new WorkerExecutor()), new Services(store), note, e -> { }, e -> { }));
        assertThat(store.disclosures().byId(note.id()).orElseThrow().disclosure().withdrawal()).isNull();
    }
}
