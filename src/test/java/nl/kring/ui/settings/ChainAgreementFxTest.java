package nl.kring.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.common.Forms;
import nl.kring.vault.Vault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ketenovereenkomst in the settings: the handreiking's texts until the keten writes its own, a
 * coordinator and the signatories from the register saved in the vault, and the documents for clients printed from
 * what was saved (issue 15).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChainAgreementFxTest {
    static final String OWN_PURPOSE = "Samen voorkomen dat inwoners van Rivierstad tussen wal en schip raken.";

    @TempDir
    Path dir;
    AppContext context;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path vault = dir.resolve("vault");
        try (var session = Vault.create(vault, TestVaults.PASSPHRASE.toCharArray())) {
            Store store = new Store(session);
            store.partners().save(new Partner("ggd", "GGD Rivierstad", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()));
            store.partners().save(new Partner("woco", "Woonstichting De Brug", Role.WONINGCORPORATIE, Tier.SCHIL,
                    LocalDate.of(2025, 1, 1), null, List.of()));
        }
        context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        stage.show();
    }

    private static void show(FxRobot robot, String selector) {
        Node n = robot.lookup(selector).query();
        ScrollPane scroll = robot.lookup("#settings-view").queryAs(ScrollPane.class);
        robot.interact(() -> Forms.ensureVisible(scroll, n));
    }

    private static void clickWhenFocused(FxRobot robot, String selector) {
        show(robot, selector);
        robot.clickOn(selector);
        waitUntil(10, () -> robot.lookup(selector).query().isFocused());
    }

    @Test
    void theChairEditsTheAgreementAndPrintsTheLetterFromWhatWasSaved(FxRobot robot) throws Exception {
        UiTestSupport.typePassphrase(robot);
        waitUntil(60, () -> robot.lookup("#workspace").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        waitUntil(30, () -> robot.lookup("#agreement-purpose").tryQuery().isPresent());
        TextArea purpose = robot.lookup("#agreement-purpose").queryAs(TextArea.class);
        // a fresh vault shows the handreiking's texts, and the register's partners to tick
        waitUntil(30, () -> ChainAgreement.DEFAULT_PURPOSE.equals(purpose.getText())
                && robot.lookup("#agreement-signed-woco").tryQuery().isPresent());
        assertThat(robot.lookup("#agreement-reporting").queryAs(TextArea.class).getText())
                .isEqualTo(ChainAgreement.DEFAULT_REPORTING);
        Button save = robot.lookup("#agreement-save").queryButton();
        assertThat(save.isDisabled()).isTrue();

        // the section fits the chair's screen (the headless screen is smaller than 1366×768; LayoutAuditTest lays the
        // settings out at exactly 1366×768): nothing needs more width than the window has
        Node section = robot.lookup("#settings-agreement").query();
        assertThat(robot.lookup("#settings-view").queryAs(ScrollPane.class).getScene().getRoot().minWidth(-1))
                .isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(section.getBoundsInLocal().getWidth()).isLessThanOrEqualTo(stage.getScene().getWidth());

        robot.interact(() -> purpose.setText(OWN_PURPOSE));
        clickWhenFocused(robot, "#agreement-coordinator-name");
        robot.write("A. de Wit");
        clickWhenFocused(robot, "#agreement-signed-on-field");
        robot.write("31-12-2099");
        Label dateMessage = robot.lookup("#error-" + ChainAgreementViewModel.F_SIGNED_ON).queryAs(Label.class);
        waitUntil(10, () -> dateMessage.getText().contains("toekomst"));
        assertThat(save.isDisabled()).as("a future date blocks saving").isTrue();
        TextField date = robot.lookup("#agreement-signed-on-field").queryAs(TextField.class);
        robot.interact(() -> date.setText("02-03-2026"));
        show(robot, "#agreement-signed-ggd");
        robot.clickOn("#agreement-signed-ggd");
        waitUntil(10, () -> robot.lookup("#agreement-signed-ggd").queryAs(CheckBox.class).isSelected());

        // printing before saving is refused in words: the document shows what the vault holds
        show(robot, "#agreement-letter");
        robot.clickOn("#agreement-letter");
        Label result = robot.lookup("#agreement-result").queryAs(Label.class);
        waitUntil(10, () -> result.getText().contains("Sla de overeenkomst eerst op"));

        show(robot, "#agreement-save");
        waitUntil(10, () -> !save.isDisabled());
        robot.clickOn("#agreement-save");
        waitUntil(30, () -> result.getText().equals("De ketenovereenkomst is opgeslagen."));
        Store store = context.services().store();
        // read through the app's one worker: the vault has one connection
        ChainAgreement saved = context.executor().background(p -> ChainAgreementSettings.load(store.settings()))
                .start().get(30, TimeUnit.SECONDS);
        String lastAudit = context.executor().background(p -> store.audit().entries().getLast().detail())
                .start().get(30, TimeUnit.SECONDS);
        assertThat(saved.purpose()).isEqualTo(OWN_PURPOSE);
        assertThat(saved.coordinatorName()).isEqualTo("A. de Wit");
        assertThat(saved.signedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(saved.signedBy()).containsExactly("ggd");
        assertThat(saved.storage()).isEqualTo(ChainAgreement.DEFAULT_STORAGE);
        assertThat(lastAudit).isEqualTo("ketenovereenkomst changed");

        // a place inside the vault is refused
        ChainAgreementSection s = robot.lookup("#settings-agreement").queryAs(ChainAgreementSection.class);
        Path inside = dir.resolve("vault").resolve("brief.pdf");
        robot.interact(() -> s.setSaveTarget((owner, title, name) -> inside));
        robot.clickOn("#agreement-letter");
        waitUntil(10, () -> result.getText().contains("buiten de kluis"));
        assertThat(inside).doesNotExist();

        Path letter = dir.resolve("out").resolve("brief.pdf");
        Path agreement = dir.resolve("out").resolve("overeenkomst.pdf");
        Files.createDirectories(letter.getParent());
        robot.interact(() -> s.setSaveTarget((owner, title, name) -> name.equals("informatie-clienten.pdf") ? letter : agreement));
        robot.clickOn("#agreement-letter");
        waitUntil(30, () -> result.getText().startsWith("Opgeslagen in") && result.getText().contains("brief.pdf"));
        robot.clickOn("#agreement-print");
        waitUntil(30, () -> result.getText().contains("overeenkomst.pdf"));
        String letterText = text(letter);
        assertThat(letterText).contains(OWN_PURPOSE).contains("GGD Rivierstad").contains("Woonstichting De Brug");
        String agreementText = text(agreement);
        assertThat(agreementText).contains(OWN_PURPOSE).contains("Ondertekend op 2 maart 2026 door:")
                .contains("A. de Wit").doesNotContain("Woonstichting De Brug");
    }

    static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
