package nl.kring.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.TestVaults;
import nl.kring.ui.common.HeldExecutor;
import nl.kring.vault.Vault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The unlock screen's "Annuleren" in the application's window (issue 16): offered while the vault opens, it puts the
 * chair back on the passphrase field at once; the vault the worker opened anyway brings no workspace and is closed;
 * the next unlock opens the workspace. The worker is held by the test, so the moments are taken in turn.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UnlockCancelFxTest {
    @TempDir
    Path dir;
    Path vault;
    final HeldExecutor worker = new HeldExecutor();
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        vault = dir.resolve("vault");
        TestVaults.create(vault).close();
        context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false,
                System::currentTimeMillis, worker, null);
        stage.show();
    }

    private boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void cancelReturnsToThePassphraseTheLateVaultOpensNothingAndTheNextUnlockOpensTheWorkspace(FxRobot robot) {
        assertThat(showing(robot, "#unlock-cancel")).as("nothing to cancel yet").isFalse();
        UiTestSupport.typePassphrase(robot);
        waitUntil(30, () -> showing(robot, "#unlock-cancel"));
        assertThat(robot.lookup("#unlock-passphrase").query().isDisabled()).isTrue();

        robot.clickOn("#unlock-cancel");
        waitUntil(30, () -> !showing(robot, "#unlock-cancel"));
        assertThat(robot.lookup("#unlock-passphrase").query().isDisabled()).isFalse();
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").query().isFocused());

        robot.interact(worker::release); // the worker comes to the cancelled unlock
        assertThat(context.services()).as("the late result opens no workspace").isNull();
        assertThat(robot.lookup("#workspace").tryQuery()).isEmpty();
        assertThat(robot.lookup("#unlock-error").queryLabeled().getText()).isEmpty();
        assertThatCode(() -> Vault.ensureNotInUse(vault)).as("no Kring holds the vault").doesNotThrowAnyException();

        // Esc cancels too
        UiTestSupport.typePassphrase(robot);
        waitUntil(30, () -> showing(robot, "#unlock-cancel"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(30, () -> !showing(robot, "#unlock-cancel"));
        robot.interact(worker::release);
        assertThat(context.services()).isNull();

        UiTestSupport.typePassphrase(robot);
        robot.interact(worker::releaseFirst); // this unlock is not cancelled: the workspace opens
        waitUntil(30, () -> robot.lookup("#workspace").tryQuery().isPresent());
        assertThat(context.services().isOpen()).isTrue();

        robot.interact(context::lock);
        robot.interact(worker::release); // the workspace's first work, then the close
        assertThatCode(() -> Vault.ensureNotInUse(vault)).doesNotThrowAnyException();
    }
}
