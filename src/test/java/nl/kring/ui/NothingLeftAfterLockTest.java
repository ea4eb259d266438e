package nl.kring.ui;

import javafx.scene.Node;
import javafx.stage.Stage;
import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Relative;
import nl.kring.interchange.Importer;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.disclosures.DisclosureSection;
import nl.kring.ui.minutes.MinutesView;
import nl.kring.ui.minutes.MinutesViewModel;
import nl.kring.ui.workspace.WorkspaceView;
import nl.kring.vault.Vault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: after the lock no screen part keeps what it showed. The demo vault is unlocked in the application, the
 * chair goes through the overview, a case with a disclosure note, the meeting and its minutes (with the note of that
 * meeting beside the item), and the bar reminds of a backup of long ago; then the vault locks. Everything reachable
 * from the workspace that left the window (its screens, their models, the disclosure sections, the backup reminder),
 * from the window and from the application's context is searched for every case number, name, address, BSN, phone
 * number and date of the vault: none is left.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NothingLeftAfterLockTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    /** The last backup, long ago: the bar reminds of it by its date. */
    static final LocalDate BACKUP = LocalDate.of(2020, 3, 17);

    @TempDir
    Path dir;
    Path vault;
    AppContext context;
    final Set<String> words = new HashSet<>();
    final Set<LocalDate> dates = new HashSet<>();
    String noted;

    @Start
    void start(Stage stage) throws Exception {
        vault = dir.resolve("vault");
        try (Store store = TestVaults.create(vault)) {
            Importer.store(store, DemoData.demoData());
            var item = store.meetings().find(MEETING).orElseThrow().items().getFirst();
            noted = item.caseNumber();
            String partner = store.cases().find(noted).orElseThrow().kring().getFirst();
            new Services(store).disclosures().record(noted, MEETING, new Disclosure(List.of(LifeDomain.HUISVESTING),
                    List.of(partner), DisclosureBasis.EVIDENT_BELANG, "acuut gevaar", "niet bereikbaar", "voorzitter",
                    MEETING));
            new Services(store).backup(dir.resolve("old.kringbackup"), BACKUP);
            new Services(store).retention().postpone(LocalDate.now()); // no question at the unlock over the screens
            for (CaseFile c : store.cases().all()) {
                words.add(c.number());
                Client cl = c.client();
                Stream.of(cl.surname(), cl.firstNames(), cl.roepnaam(), cl.bsn(), cl.address(), cl.phone())
                        .filter(s -> s != null && s.length() > 3).forEach(words::add);
                cl.relatives().stream().map(Relative::name).forEach(words::add);
                if (cl.birthDate() != null) {
                    dates.add(cl.birthDate());
                }
            }
            dates.addAll(store.meetings().dates());
            dates.add(BACKUP);
            dates.remove(LocalDate.now()); // a date field may offer today by itself
        }
        context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        stage.show();
    }

    private List<String> leftovers(Object... roots) {
        return FxTestSupport.fx(() -> Leftovers.in(words, dates, roots));
    }

    @Test
    void theLockedWorkspaceItsModelsAndTheWindowHoldNoCaseNumberNameOrDateOfTheVault(FxRobot robot) throws Exception {
        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());
        WorkspaceView workspace = robot.lookup("#workspace").queryAs(WorkspaceView.class);
        waitUntil(30, () -> robot.lookup("#backup-reminder").queryLabeled().getText().contains(BACKUP.toString()));

        // a case with its disclosure note
        robot.interact(() -> workspace.openCase(noted));
        waitUntil(30, () -> hasTheNote(caseSection(robot)));
        DisclosureSection onCase = caseSection(robot);

        // the meeting, then its minutes with the note of the meeting beside the item of that case
        robot.interact(() -> workspace.openMeeting(MEETING));
        waitUntil(30, () -> robot.lookup("#agenda-table").tryQuery().isPresent());
        robot.interact(() -> workspace.openMinutes(MEETING));
        MinutesViewModel minutes = robot.lookup("#minutes-view").queryAs(MinutesView.class).viewModel();
        waitUntil(30, () -> minutes.items().size() == 7 && !minutes.busyProperty().get());
        robot.interact(() -> minutes.selectedProperty().set(minutes.items().stream()
                .filter(i -> i.caseNumber().equals(noted)).findFirst().orElseThrow()));
        waitUntil(30, () -> minutesSection(robot).map(NothingLeftAfterLockTest::hasTheNote).orElse(false));
        DisclosureSection inMinutes = minutesSection(robot).orElseThrow();

        assertThat(leftovers(workspace)).as("the walk sees what the screens hold").isNotEmpty()
                .anyMatch(h -> h.contains(noted)).anyMatch(h -> h.contains(BACKUP.toString()));

        robot.clickOn("#lock-button");
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        // the close ran on the worker, behind every piece of work queued before it; then their results came back
        waitUntil(60, () -> {
            try {
                Vault.ensureNotInUse(vault);
                return true;
            } catch (Exception e) {
                return false;
            }
        });

        Node window = robot.lookup("#unlock-passphrase").query().getScene().getRoot();
        assertThat(leftovers(workspace, onCase, inMinutes, minutes, context, window)).isEmpty();
    }

    private static boolean hasTheNote(DisclosureSection section) {
        return section.entries().stream().anyMatch(e -> MEETING.equals(e.meetingDate()));
    }

    private static DisclosureSection caseSection(FxRobot robot) {
        return robot.lookup("#cases-view #disclosure-section").queryAs(DisclosureSection.class);
    }

    private static Optional<DisclosureSection> minutesSection(FxRobot robot) {
        return robot.lookup("#minutes-view #disclosure-section").tryQueryAs(DisclosureSection.class);
    }
}
