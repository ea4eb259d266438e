package nl.kring.ui;

import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.service.UnsavedMinutes;
import nl.kring.store.Store;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule "no destruction while minutes are unsaved" lives in the services; the application tells them what the
 * minutes editor holds: when it changes, and at each unlock (minutes left unsaved over a lock still count).
 */
class UnsavedMinutesReachTheServicesTest {
    @TempDir
    Path dir;

    @Test
    void theEditorsStateReachesTheServicesOfTheUnlockedVaultAndTheirRuleRefuses() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            AppContext context = new AppContext(Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false,
                    new SameThreadExecutor());
            context.unsavedMinutesProperty().set(true);
            Services services = new Services(store);
            context.unlocked(services);
            assertThat(services.unsavedMinutes().held()).as("held before the unlock").isTrue();
            assertThatThrownBy(() -> services.purge(services.retention().due(LocalDate.now())))
                    .isInstanceOf(UnsavedMinutes.DestructionRefused.class);

            context.unsavedMinutesProperty().set(false);
            assertThat(services.unsavedMinutes().held()).isFalse();
            context.unsavedMinutesProperty().set(true);
            assertThat(services.unsavedMinutes().held()).isTrue();
        }
    }
}
