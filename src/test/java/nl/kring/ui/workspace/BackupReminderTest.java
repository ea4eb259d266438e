package nl.kring.ui.workspace;

import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup reminder in the top bar: read through the services in the background, said when due. */
class BackupReminderTest {
    @TempDir
    Path tmp;

    @Test
    void noBackupIsRemindedARecentOneIsNotAnOldOneIs() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            Services services = new Services(store);
            LocalDate today = LocalDate.now();
            BackupReminder reminder = new BackupReminder(new SameThreadExecutor(), services, () -> today);
            reminder.check(14);
            assertThat(reminder.textProperty().get()).isEqualTo(I18n.t("workspace.backupNever"));

            services.backup(Files.createDirectories(tmp.resolve("usb")).resolve("a.kringbackup"), today);
            reminder.check(14);
            assertThat(reminder.textProperty().get()).isEmpty();

            BackupReminder later = new BackupReminder(new SameThreadExecutor(), services, () -> today.plusDays(15));
            later.check(14);
            assertThat(later.textProperty().get()).isEqualTo(I18n.t("workspace.backupDue", today));
            later.clear();
            assertThat(later.textProperty().get()).isEmpty();
        }
    }
}
