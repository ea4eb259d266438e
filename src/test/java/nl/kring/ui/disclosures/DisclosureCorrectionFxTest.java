package nl.kring.ui.disclosures;

import org.junit.jupiter.api.Tag;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.TestVaults;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.common.Dates;
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
 * Correcting a disclosure note from the case screen in the real window: the old note stays listed, marked as
 * withdrawn with its reason, the corrected one is listed as standing; then the register shows both and withdraws one.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DisclosureCorrectionFxTest {
    static final LocalDate NOTED = LocalDate.now().minusDays(3);

    @TempDir
    Path dir;
    Store store;
    DisclosureRepository.Entry note;

    @Start
    void start(Stage stage) throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
        store.cases().save(TestVaults.caseFile("2026-017", TestVaults.client("Johannes", "Jan", "de", "Vries", List.of()),
                Phase.SCREENING, false, "ernstige zelfverwaarlozing", List.of("woco", "ggd")));
        note = store.disclosures().record("2026-017", new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("ggd"),
                DisclosureBasis.EVIDENT_BELANG, "Huisuitzetting dreigt", "Niet bereikbaar", "M. Bos", NOTED, false));
        var ctx = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false);
        ctx.unlocked(store);
        stage.show();
    }

    /** Sets a check box the way the keyboard does: focus, Space. */
    static void set(FxRobot robot, String id, boolean selected) {
        CheckBox box = robot.lookup(id).queryAs(CheckBox.class);
        robot.targetWindow(box.getScene().getWindow());
        robot.interact(box::requestFocus);
        if (box.isSelected() != selected) {
            robot.type(KeyCode.SPACE);
        }
        assertThat(box.isSelected()).as(id).isEqualTo(selected);
    }

    static List<String> sectionTexts(FxRobot robot) {
        return robot.lookup("#disclosure-list .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void correctingFromTheCaseScreenKeepsTheOldNoteMarkedAndListsTheNewOne(FxRobot robot) throws Exception {
        waitUntil(30, () -> robot.lookup("#nav-cases").tryQuery().isPresent());
        robot.clickOn("#nav-cases"); // the overview comes first after unlock
        waitUntil(30, () -> robot.lookup("#case-table").tryQuery().isPresent());
        TableView<?> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() == 1);
        robot.clickOn(DisclosuresFxTest.cell(robot, "#case-table", "2026-017"));
        waitUntil(15, () -> "Vries".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        waitUntil(15, () -> robot.lookup("#disclosure-correct-" + note.id()).tryQuery().isPresent());

        // by keyboard: the section is at the bottom of the case form, the focus scrolls it into view
        Button correct = robot.lookup("#disclosure-correct-" + note.id()).queryButton();
        robot.interact(correct::requestFocus);
        robot.type(KeyCode.SPACE);
        UiTestSupport.waitForWindows(2, 15);
        waitUntil(15, () -> robot.lookup("#disclosure-save").tryQuery().isPresent());
        // the form says what the note says
        assertThat(robot.lookup("#disclosure-to-ggd").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#disclosure-cat-HUISVESTING").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#disclosure-date-field").queryTextInputControl().getText()).isEqualTo(Dates.format(NOTED));
        assertThat(robot.lookup("#disclosure-save").queryAs(Button.class).getText()).isEqualTo("Correctie vastleggen");

        // saving it unchanged and without a reason is refused, in Dutch, and nothing is written
        robot.clickOn("#disclosure-save");
        waitUntil(10, () -> robot.lookup("#disclosure-message").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#error-disclosure-correction-reason").queryAs(Label.class).getText())
                .isEqualTo("Geef aan wat er aan de oorspronkelijke aantekening niet klopte.");
        assertThat(store.disclosures().forCase("2026-017")).hasSize(1);

        set(robot, "#disclosure-to-ggd", false);
        set(robot, "#disclosure-to-woco", true);
        DisclosuresFxTest.type(robot, "#disclosure-correction-reason", "Verkeerde partner aangevinkt");
        robot.clickOn("#disclosure-save");
        UiTestSupport.waitForWindows(1, 15);

        // on the case screen: the old note marked as withdrawn (in words), with its reason; the new one standing
        String today = Dates.format(LocalDate.now());
        waitUntil(15, () -> robot.lookup("#disclosure-withdrawn-" + note.id()).tryQuery().isPresent());
        assertThat(robot.lookup("#disclosure-withdrawn-" + note.id()).queryAs(Label.class).getText())
                .isEqualTo("ingetrokken " + today);
        List<DisclosureRepository.Entry> stored = store.disclosures().forCase("2026-017");
        assertThat(stored).hasSize(2);
        DisclosureRepository.Entry corrected = stored.get(1);
        assertThat(corrected.disclosure().to()).containsExactly("woco");
        assertThat(stored.getFirst().disclosure().withdrawal().replacedBy()).isEqualTo(corrected.id());
        assertThat(stored.getFirst().disclosure().withdrawal().reason()).isEqualTo("Verkeerde partner aangevinkt");
        assertThat(sectionTexts(robot)).contains("Partner ggd", "Partner woco",
                "Reden van intrekking: Verkeerde partner aangevinkt — vervangen door de aantekening van " + Dates.format(NOTED));
        assertThat(robot.lookup("#disclosure-correct-" + note.id()).tryQuery()).isEmpty();
        assertThat(robot.lookup("#disclosure-withdraw-" + note.id()).tryQuery()).isEmpty();
        assertThat(robot.lookup("#disclosure-correct-" + corrected.id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#disclosure-section-message").queryAs(Label.class).getText())
                .isEqualTo("De correctie is vastgelegd; de aantekening van " + Dates.format(NOTED)
                        + " is ingetrokken en blijft zichtbaar.");

        // the register lists both, the old one marked; it cannot be corrected again
        robot.clickOn("#nav-disclosures");
        TableView<DisclosureRow> register = robot.lookup("#register-table").queryTableView();
        waitUntil(15, () -> register.getItems().size() == 2);
        DisclosureRow old = register.getItems().stream().filter(DisclosureRow::withdrawn).findFirst().orElseThrow();
        assertThat(old.status()).isEqualTo("ingetrokken " + today);
        robot.interact(() -> register.getSelectionModel().select(old));
        assertThat(robot.lookup("#register-correct").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#register-withdraw").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#register-detail").queryAs(Label.class).getText()).contains("Verkeerde partner aangevinkt");

        // withdraw the correction from the register: the reason is asked, then both are withdrawn and still listed
        DisclosureRow standing = register.getItems().stream().filter(r -> !r.withdrawn()).findFirst().orElseThrow();
        robot.interact(() -> register.getSelectionModel().select(standing));
        robot.clickOn("#register-withdraw");
        UiTestSupport.waitForWindows(2, 15);
        waitUntil(15, () -> robot.lookup("#withdraw-confirm").tryQuery().isPresent());
        robot.clickOn("#withdraw-confirm");
        waitUntil(10, () -> "Geef de reden van de intrekking.".equals(
                robot.lookup("#error-withdraw-reason").queryAs(Label.class).getText()));
        DisclosuresFxTest.type(robot, "#withdraw-reason", "Er is niets verstrekt");
        robot.clickOn("#withdraw-confirm");
        UiTestSupport.waitForWindows(1, 15);
        waitUntil(15, () -> register.getItems().size() == 2 && register.getItems().stream().allMatch(DisclosureRow::withdrawn));
        assertThat(store.disclosures().byId(corrected.id()).orElseThrow().disclosure().withdrawal().reason())
                .isEqualTo("Er is niets verstrekt");

        // "ook ingetrokken tonen" off: nothing stands any more
        robot.clickOn("#register-show-withdrawn");
        waitUntil(15, () -> register.getItems().isEmpty());
        // audit: content-free, and the chain holds
        assertThat(store.audit().entries()).extracting(e -> e.detail()).noneMatch(d -> d.contains("Verkeerde") || d.contains("niets"));
        assertThat(store.audit().verify()).isEmpty();
    }
}
