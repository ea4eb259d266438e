package nl.kring.ui;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import nl.kring.TestVaults;
import nl.kring.domain.Role;
import nl.kring.service.VaultService;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;
import nl.kring.vault.Vault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;


import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a backup restored inside the app, from the unlock screen (the vault will not open, the chair has a backup
 * on a USB stick): the restore dialog refuses the wrong passphrase in Dutch and stays open, then restores into a new
 * folder; Kring shows the restored vault's unlock screen, remembers it as the vault to open next time, and it unlocks
 * with the backup's data.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RestoreInAppTest {
    @TempDir
    Path dir;
    Settings settings;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("kluis");
        Path backup = dir.resolve("usb").resolve("kring.kringbackup");
        Files.createDirectories(backup.getParent());
        try (Store store = new Store(Vault.create(vault, TestVaults.PASSPHRASE.toCharArray()))) {
            store.partners().save(TestVaults.partner("ggd-uit-de-back-up", Role.GGD,
                    LocalDate.of(2025, 1, 1), null));
            VaultService.backup(store, backup, LocalDate.of(2026, 12, 1));
        }
        settings = Settings.load(dir.resolve("s.properties"));
        KringApplication.buildOn(stage, settings, vault, false);
        stage.show();
    }

    @Test
    void fromTheUnlockScreenABackupIsRestoredAndOpened(FxRobot robot) {
        waitUntil(30, () -> robot.lookup("#unlock-restore").tryQuery().isPresent());
        robot.clickOn("#unlock-restore");
        waitUntil(30, () -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        Path target = dir.resolve("teruggezet");
        robot.interact(() -> {
            robot.lookup("#restore-file").queryTextInputControl().setText(dir.resolve("usb").resolve("kring.kringbackup").toString());
            robot.lookup("#restore-target").queryTextInputControl().setText(target.toString());
            robot.lookup("#restore-passphrase").queryTextInputControl().setText("een verkeerde wachtzin voor de test");
        });
        robot.clickOn("#restore-button");
        waitUntil(30, () -> robot.lookup("#restore-result").queryAs(Labeled.class).getText()
                .startsWith("Onjuiste wachtzin voor deze back-up"));
        assertThat(robot.lookup("#restore-dialog").tryQuery()).isPresent(); // still open, the chair tries again
        assertThat(target).doesNotExist();

        robot.interact(() -> robot.lookup("#restore-passphrase").queryTextInputControl().setText(TestVaults.PASSPHRASE));
        robot.clickOn("#restore-button");
        waitUntil(60, () -> robot.lookup("#restore-dialog").tryQuery().isEmpty()
                && robot.lookup("#unlock-notice").tryQuery().map(n -> ((Labeled) n).getText()).orElse("")
                .equals(I18n.t("restore.opened")));
        assertThat(settings.lastVaultProperty().get()).isEqualTo(target.toAbsolutePath().toString());
        assertThat(Vault.exists(target)).isTrue();

        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());
        robot.clickOn("#nav-partners");
        waitUntil(30, () -> robot.lookup("#partner-table").tryQuery().isPresent());
        waitUntil(30, () -> robot.lookup("#partner-table").queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("#partner-table").queryTableView().getItems().getFirst().toString())
                .contains("ggd-uit-de-back-up");
    }

    /** From the settings of an open vault: the open vault locks, the restored one's unlock screen shows. */
    @Test
    void fromTheSettingsTheOpenVaultLocksAndTheRestoredOneIsOffered(FxRobot robot) {
        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        waitUntil(30, () -> robot.lookup("#settings-restore").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settings-restore").queryButton().fire());
        waitUntil(30, () -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        // the suggested folder: a new one beside the vault
        String suggested = robot.lookup("#restore-target").queryTextInputControl().getText();
        assertThat(suggested).startsWith(dir.resolve("kluis").toAbsolutePath() + "-teruggezet-");
        robot.interact(() -> {
            robot.lookup("#restore-file").queryTextInputControl().setText(dir.resolve("usb").resolve("kring.kringbackup").toString());
            robot.lookup("#restore-passphrase").queryTextInputControl().setText(TestVaults.PASSPHRASE);
        });
        robot.clickOn("#restore-button");
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isEmpty()
                && robot.lookup("#unlock-notice").tryQuery().map(n -> ((Labeled) n).getText()).orElse("")
                .equals(I18n.t("restore.opened")));
        assertThat(settings.lastVaultProperty().get()).isEqualTo(suggested);
        assertThat(Vault.exists(Path.of(suggested))).isTrue();
        assertThat(Vault.exists(dir.resolve("kluis"))).isTrue(); // the vault it came from stays as it was
    }
}
