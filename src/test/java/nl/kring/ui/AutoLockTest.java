package nl.kring.ui;

import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import org.junit.jupiter.api.Tag;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.domain.Client;
import nl.kring.domain.Phase;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.ui.cases.CaseRow;
import nl.kring.ui.cases.CasesView;
import nl.kring.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Idleness locks the vault, and nothing of the client is left in any window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AutoLockTest {
    static final String SURNAME = "Mollema-Oudeboer";

    @TempDir
    Path dir;
    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        try (var session = Vault.create(vault, TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            Client client = new Client("Zwaantje", "Zwaan", null, SURNAME, List.of(), LocalDate.of(1961, 4, 2),
                    "111222333", "Lindelaan 4, Rivierstad", "06-11112222", List.of(new Relative("Berend Mollema", "broer")),
                    null, false);
            store.cases().save(new CaseFile("2026-040", client, null, LocalDate.of(2026, 10, 1),
                    Phase.SCREENING, null, null, null, "acute zelfverwaarlozing", null, null, null, List.of("ggd")));
        }
        Settings settings = Settings.load(dir.resolve("s.properties"));
        settings.autoLockMinutesProperty().set(1);
        KringApplication.buildOn(stage, settings, vault, false, now::get);
        stage.show();
    }

    @Test
    void autoLockClearsTheWindow(FxRobot robot) {
        UiTestSupport.unlockToCases(robot);
        TableView<CaseRow> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() == 1);
        robot.clickOn(RegisterEndToEndTest.cell(robot, "#case-table", "2026-040"));
        waitUntil(15, () -> SURNAME.equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        assertThat(UiTestSupport.allVisibleTexts()).anyMatch(t -> t != null && t.contains(SURNAME));

        // an unsaved change, then "new case": the "discard changes?" dialog is open when the lock comes
        robot.clickOn("#client-phone").write("3");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        UiTestSupport.waitForWindows(2, 15);
        CasesView casesView = robot.lookup("#cases-view").queryAs(CasesView.class);

        now.addAndGet(61_000); // a minute without input
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());

        assertThat(robot.lookup("#workspace").tryQuery()).isEmpty();
        assertThat(robot.lookup("#unlock-passphrase").query().isVisible()).isTrue();
        List<String> texts = UiTestSupport.allVisibleTexts();
        assertThat(texts).noneMatch(t -> t != null && (t.contains("Mollema") || t.contains("Zwaan")
                || t.contains("111222333") || t.contains("Lindelaan") || t.contains("2026-040")));
        assertThat(UiTestSupport.applicationStages()).isEqualTo(1);

        // the discarded screen itself was emptied too, in case anything still refers to it
        assertThat(casesView.viewModel().rows()).isEmpty();
        assertThat(casesView.viewModel().form().surnameProperty().get()).isEmpty();
        List<String> leftovers = new ArrayList<>();
        robot.interact(() -> UiTestSupport.collectTexts(casesView, leftovers));
        assertThat(leftovers).noneMatch(t -> t != null && (t.contains("Mollema") || t.contains("111222333")));
    }
}
