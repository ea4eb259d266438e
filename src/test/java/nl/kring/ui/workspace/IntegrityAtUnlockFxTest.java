package nl.kring.ui.workspace;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import nl.kring.ui.UiTestSupport;
import nl.kring.vault.Vault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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

/**
 * Issue 17, the whole way: a vault with a flipped byte that the open lets through is unlocked in the application; the
 * workspace opens and works, and the check that runs after the unlock shows the fault under the top bar in Dutch.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IntegrityAtUnlockFxTest {
    @TempDir
    static Path dir;
    static Path vault;

    /** The search for the flip takes longer than the window's start may: it runs before, off the FX thread. */
    @BeforeAll
    static void flippedVault() throws Exception {
        Path original = dir.resolve("original");
        try (var session = Vault.create(original, TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
            for (int i = 0; i < 150; i++) {
                store.cases().save(TestVaults.caseFile(String.format("2026-%03d", i + 1),
                        TestVaults.client("Voornaam" + i, null, null, "Achternaam" + i, List.of()), Phase.INTAKE, true,
                        "zorgen over de woning en de gezondheid, ".repeat(4) + i, List.of("ggd")));
            }
        }
        vault = dir.resolve("vault");
        FlippedVault.make(original, vault, dir, TestVaults.PASSPHRASE, 20261205L);
    }

    @Start
    void start(Stage stage) {
        KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        stage.show();
    }

    @Test
    void theFaultIsShownUnderTheTopBarAfterTheUnlock(FxRobot robot) {
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#integrity-fault").tryQuery().map(n -> n.isVisible()).orElse(false));
        Label fault = robot.lookup("#integrity-fault").queryAs(Label.class);
        assertThat(fault.getText()).startsWith("Controle na het ontgrendelen: de kluis is beschadigd of buiten Kring"
                + " gewijzigd").contains("kring verify");
        // the workspace is there and usable: the lock button still locks
        robot.clickOn("#lock-button");
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
    }
}
