package nl.kring.ui.retention;

import org.junit.jupiter.api.Tag;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.TestVaults;
import nl.kring.retention.Postponement;
import nl.kring.ui.UiTestSupport;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** At unlock the app asks about what is past retention: "Later" keeps everything, "Nu vernietigen" purges it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RetentionAtUnlockTest {
    static final String SURNAME = "Wolthuis-Bakker";

    @TempDir
    Path dir;
    Path vault;

    @Start
    void start(Stage stage) throws Exception {
        vault = dir.resolve("vault");
        try (var session = Vault.create(vault, TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
            Client client = new Client("Hendrika", "Riek", null, SURNAME, List.of(), LocalDate.of(1949, 2, 3), "111222333",
                    "Dorpsstraat 1, Rivierstad", null, List.of(), null, false);
            // closed three years ago: past the two-year period
            store.cases().save(new CaseFile("2022-014", client, null, LocalDate.of(2022, 3, 1), Phase.AFGESLOTEN, null,
                    null, null, "acute zelfverwaarlozing", null, null, LocalDate.now().minusYears(3), List.of("ggd")));
            store.cases().save(TestVaults.caseFile("2026-002", TestVaults.client("Piet", null, null, "Open", List.of()),
                    Phase.INTAKE, true, null, List.of("ggd")));
        }
        KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        stage.show();
    }

    private void unlock(FxRobot robot) {
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        UiTestSupport.typePassphrase(robot);
    }

    private void lock(FxRobot robot) {
        robot.clickOn("#lock-button");
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
    }

    /** Opens the vault the app has just locked (its close runs in the background). */
    private Store openLocked() throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                return new Store(Vault.open(vault, TestVaults.PASSPHRASE.toCharArray()));
            } catch (VaultException e) {
                if (e.kind() != VaultException.Kind.IN_USE || System.currentTimeMillis() > end) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static String dialogText(FxRobot robot) {
        return String.join("\n", robot.lookup("#retention-lines .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }

    @Test
    void laterKeepsEverythingAndAsksAgainNowDestroysWithAContentFreeNote(FxRobot robot) throws Exception {
        unlock(robot);
        waitUntil(60, () -> robot.lookup("#retention-later").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("Casus 2022-014: afgesloten op").contains("bewaartermijn van 2 jaar")
                .doesNotContain("2026-002").doesNotContain(SURNAME);
        assertThat(robot.lookup("#retention-purge").queryButton().getText()).isEqualTo("Nu vernietigen");

        // "Later": nothing is purged; the overview still lists it
        robot.clickOn("#retention-later");
        waitUntil(15, () -> robot.lookup("#retention-later").tryQuery().isEmpty());
        waitUntil(30, () -> UiTestSupport.allVisibleTexts().stream()
                .anyMatch(t -> t != null && t.startsWith("• Casus 2022-014")));
        lock(robot);
        try (Store store = openLocked()) {
            assertThat(store.cases().exists("2022-014")).isTrue();
            assertThat(store.audit().entries()).noneMatch(e -> e.action().equals("PURGE"));
            // "Later" is kept with its date: Kring asks again after a set time (issue 15)
            assertThat(Postponement.load(store.settings())).hasValueSatisfying(p ->
                    assertThat(p.askAgainOn()).isEqualTo(LocalDate.now().plusDays(
                            Postponement.ASK_AGAIN_DAYS)));
        }

        // the next unlock within those days does not ask, the Overzicht says since when it was put off; from there
        // "Nu vernietigen" purges in the background and shows the result
        unlock(robot);
        waitUntil(30, () -> UiTestSupport.allVisibleTexts().stream()
                .anyMatch(t -> t != null && t.startsWith("• Vernietiging uitgesteld sinds")));
        assertThat(robot.lookup("#retention-purge").tryQuery()).isEmpty();
        robot.clickOn("#overview-purge");
        waitUntil(60, () -> robot.lookup("#retention-purge").tryQuery().isPresent());
        robot.clickOn("#retention-purge");
        waitUntil(30, () -> robot.lookup("#retention-continue").tryQuery().isPresent());
        assertThat(robot.lookup("#retention-result").queryAs(Label.class).getText())
                .startsWith("Vernietigd: 1 casus en geen vergaderingen.");
        robot.clickOn("#retention-continue");
        waitUntil(15, () -> robot.lookup("#retention-continue").tryQuery().isEmpty());
        waitUntil(30, () -> UiTestSupport.allVisibleTexts().contains("Niets is over zijn bewaartermijn heen."));
        lock(robot);
        try (Store store = openLocked()) {
            assertThat(store.cases().exists("2022-014")).isFalse();
            assertThat(store.cases().exists("2026-002")).isTrue();
            var purge = store.audit().entries().getLast();
            assertThat(purge.action()).isEqualTo("PURGE");
            assertThat(purge.subject()).isEqualTo("2022-014");
            assertThat(purge.detail()).doesNotContain(SURNAME).doesNotContain("Hendrika").doesNotContain("111222333");
            assertThat(store.verify()).isEmpty();
        }

        // nothing is due any more: no question at the next unlock
        unlock(robot);
        waitUntil(60, () -> robot.lookup("#overview-view").tryQuery().isPresent());
        waitUntil(30, () -> UiTestSupport.allVisibleTexts().contains("Niets is over zijn bewaartermijn heen."));
        assertThat(robot.lookup("#retention-purge").tryQuery()).isEmpty();
        lock(robot);
    }
}
