package nl.kring.ui.disclosures;

import org.junit.jupiter.api.Tag;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.report.ExportService;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.TestVaults;
import nl.kring.domain.Disclosure;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.cases.CasesView;
import nl.kring.ui.common.Dates;
import nl.kring.ui.minutes.ItemModel;
import nl.kring.ui.minutes.MinutesView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Recording disclosure notes in the real window, from the case screen and from the minutes, and finding them back. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DisclosuresFxTest {
    static final LocalDate MEETING = LocalDate.now().minusDays(2);

    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("oud", Role.THUISZORG, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)));
        store.cases().save(TestVaults.caseFile("2026-017", TestVaults.client("Johannes", "Jan", "de", "Vries", List.of()),
                Phase.SCREENING, false, "ernstige zelfverwaarlozing", List.of("woco")));
        store.cases().save(TestVaults.caseFile("2026-018", TestVaults.client("Fatma", null, null, "Yilmaz", List.of()),
                Phase.SCREENING, true, null, List.of("ggd")));
        store.meetings().save(new Meeting(MEETING, "zaal 2", LocalTime.of(9, 0), List.of(),
                List.of(AgendaItem.of("2026-018"), AgendaItem.of("2026-017"))));
        var ctx = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false);
        ctx.unlocked(store);
        stage.show();
    }

    static Node cell(FxRobot robot, String table, String text) {
        // only cells on screen: the table keeps spare cells (invisible, with old text) for scrolling
        return robot.lookup(table + " .table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText())
                && c.isVisible() && c.getTableRow() != null && c.getTableRow().isVisible() && !c.isEmpty()).query();
    }

    /** Into a field that may be scrolled out of the dialog's view: focus it (the form scrolls to it), then type. */
    static void type(FxRobot robot, String id, String text) {
        var field = robot.lookup(id).queryTextInputControl();
        robot.targetWindow(field.getScene().getWindow()); // typed text goes to the dialog, not to the window behind it
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    /** Ticks a check box the way the keyboard does: focus, Space. */
    static void tick(FxRobot robot, String id) {
        CheckBox box = robot.lookup(id).queryAs(CheckBox.class);
        robot.targetWindow(box.getScene().getWindow());
        robot.interact(box::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(box.isSelected()).as(id).isTrue();
    }

    private void fillAndRecord(FxRobot robot, String why) {
        tick(robot, "#disclosure-cat-HUISVESTING");
        tick(robot, "#disclosure-cat-FINANCIEN");
        tick(robot, "#disclosure-to-woco");
        type(robot, "#disclosure-why", why);
        type(robot, "#disclosure-why-not-informed", "Niet bereikbaar geweest");
        robot.clickOn("#disclosure-save");
        waitUntil(15, () -> robot.lookup("#disclosure-save").tryQuery().isEmpty()
                || robot.lookup("#disclosure-message").queryAs(Label.class).isVisible());
        robot.lookup("#disclosure-message").tryQuery().filter(Node::isVisible).ifPresent(m -> {
            throw new AssertionError("not recorded: " + robot.lookup(".label").queryAllAs(Label.class).stream()
                    .filter(l -> l.getId() != null && l.getId().startsWith("error-") && !l.getText().isEmpty())
                    .map(l -> l.getId() + "=" + l.getText()).toList());
        });
    }

    @Test
    void recordedOnTheCaseScreenItIsListedAuditedAndFoundInTheRegister(FxRobot robot) throws Exception {
        waitUntil(30, () -> robot.lookup("#workspace").tryQuery().isPresent());
        robot.clickOn("#nav-cases"); // the overview comes first after unlock
        waitUntil(30, () -> robot.lookup("#case-table").tryQuery().isPresent());
        TableView<?> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() == 2);
        robot.clickOn(cell(robot, "#case-table", "2026-017"));
        waitUntil(15, () -> "Vries".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        waitUntil(15, () -> robot.lookup("#disclosure-section .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Er zijn geen verstrekkingen zonder toestemming vastgelegd.".equals(l.getText())));

        // the keyboard shortcut opens the form
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        UiTestSupport.waitForWindows(2, 15);
        waitUntil(15, () -> robot.lookup("#disclosure-save").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<DisclosureBasis> basis = robot.lookup("#disclosure-basis").queryAs(ComboBox.class);
        assertThat(basis.getValue()).isEqualTo(DisclosureBasis.EVIDENT_BELANG); // the case has no consent
        assertThat(robot.lookup("#disclosure-date-field").queryTextInputControl().getText())
                .isEqualTo(Dates.format(LocalDate.now()));
        assertThat(robot.lookup("#disclosure-to-oud").queryAs(CheckBox.class).isDisabled()).isTrue();

        // saving an incomplete note keeps the dialog open and says what is missing, in Dutch
        robot.clickOn("#disclosure-save");
        waitUntil(10, () -> robot.lookup("#disclosure-message").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#error-disclosure-categories").queryAs(Label.class).getText())
                .isEqualTo("Kies minstens één leefgebied waarover gegevens zijn verstrekt.");
        assertThat(robot.lookup("#error-disclosure-decided-by").queryAs(Label.class).getText())
                .isEqualTo("Vul in wie tot de verstrekking heeft besloten.");
        UiTestSupport.waitForWindows(2, 5);
        assertThat(store.disclosures().all()).isEmpty();

        type(robot, "#disclosure-decided-by", "M. Bos, voorzitter");
        fillAndRecord(robot, "Huisuitzetting dreigt; corporatie gebeld");
        UiTestSupport.waitForWindows(1, 15);

        // listed on the case screen
        waitUntil(15, () -> robot.lookup("#disclosure-list .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Partner woco".equals(l.getText())));
        assertThat(robot.lookup("#disclosure-list .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Evident belang", "Financiën, Huisvesting");
        List<DisclosureRepository.Entry> stored = store.disclosures().forCase("2026-017");
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().meetingDate()).isNull();
        assertThat(stored.getFirst().disclosure().to()).containsExactly("woco");
        assertThat(stored.getFirst().disclosure().categories()).containsExactly(LifeDomain.FINANCIEN, LifeDomain.HUISVESTING);
        assertThat(stored.getFirst().disclosure().decidedBy()).isEqualTo("M. Bos, voorzitter");
        AuditLog.Entry audit = store.audit().entries().getLast();
        assertThat(audit.action()).isEqualTo("DISCLOSURE");
        assertThat(audit.subject()).isEqualTo("2026-017");
        assertThat(audit.detail()).doesNotContain("Huisuitzetting").doesNotContain("Bos").doesNotContain("Vries");
        assertThat(store.settings().get(DisclosureFormViewModel.LAST_DECIDED_BY)).contains("M. Bos, voorzitter");

        // another case open, then the register: filter on the partner, and from there back to the case
        store.disclosures().record("2026-018", new Disclosure(List.of(LifeDomain.VEILIGHEID),
                List.of("ggd"), DisclosureBasis.WETTELIJK_VOORSCHRIFT, "meldcode", "gevaar", "M. Bos", LocalDate.now(), false));
        robot.clickOn(cell(robot, "#case-table", "2026-018"));
        waitUntil(15, () -> "Yilmaz".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        robot.clickOn("#nav-disclosures");
        TableView<DisclosureRow> register = robot.lookup("#register-table").queryTableView();
        waitUntil(15, () -> register.getItems().size() == 2);
        assertThat(robot.lookup("#register-count").queryAs(Label.class).getText()).isEqualTo("2 verstrekkingen");
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Partner>> partner = robot.lookup("#register-partner").queryAs(ComboBox.class);
        robot.interact(() -> partner.getSelectionModel().select(partner.getItems().stream()
                .filter(o -> o.isPresent() && o.get().id().equals("woco")).findFirst().orElseThrow()));
        waitUntil(15, () -> register.getItems().size() == 1);
        assertThat(robot.lookup("#register-count").queryAs(Label.class).getText()).isEqualTo("1 verstrekking");
        DisclosureRow row = register.getItems().getFirst();
        assertThat(row.caseNumber()).isEqualTo("2026-017");
        assertThat(row.to()).isEqualTo("Partner woco");
        assertThat(row.decidedBy()).isEqualTo("M. Bos, voorzitter");
        assertThat(row.meeting()).isEqualTo("buiten overleg");
        // a date range that excludes it
        robot.clickOn("#register-to").write(Dates.format(LocalDate.now().minusDays(1)));
        waitUntil(15, () -> register.getItems().isEmpty());
        robot.clickOn("#register-clear");
        waitUntil(15, () -> register.getItems().size() == 2);

        robot.clickOn(cell(robot, "#register-table", "2026-017"));
        robot.clickOn("#register-open-case");
        waitUntil(15, () -> robot.lookup("#cases-view").tryQuery().map(n -> n.getScene() != null).orElse(false));
        waitUntil(15, () -> "Vries".equals(robot.lookup("#client-surname").queryTextInputControl().getText()));
        CasesView casesView = robot.lookup("#cases-view").queryAs(CasesView.class);
        assertThat(casesView.viewModel().form().numberProperty().get()).isEqualTo("2026-017");
    }

    @Test
    void recordedFromTheMinutesItKeepsTheMeetingDateAndReachesTheInzageCopy(FxRobot robot) throws Exception {
        robot.clickOn("#nav-minutes");
        MinutesView minutes = robot.lookup("#minutes-view").queryAs(MinutesView.class);
        robot.interact(() -> minutes.open(MEETING));
        waitUntil(30, () -> minutes.viewModel().items().size() == 2 && !minutes.viewModel().busyProperty().get());
        ListView<ItemModel> items = robot.lookup("#minutes-items").queryListView();
        robot.interact(() -> items.getSelectionModel().select(1));
        waitUntil(15, () -> robot.lookup("#minutes-item-heading").queryAs(Label.class).getText().startsWith("2026-017"));
        assertThat(robot.lookup("#disclosure-section .form-section").queryAs(Label.class).getText())
                .isEqualTo("Verstrekkingen zonder toestemming in dit overleg");

        robot.clickOn("#disclosure-record");
        UiTestSupport.waitForWindows(2, 15);
        waitUntil(15, () -> robot.lookup("#disclosure-save").tryQuery().isPresent());
        assertThat(robot.lookup("#disclosure-date-field").queryTextInputControl().getText())
                .isEqualTo(Dates.format(MEETING));
        // none preselected; the item's kring first
        List<CheckBox> to = robot.lookup("#disclosure-recipients .check-box").queryAllAs(CheckBox.class).stream().toList();
        assertThat(to).noneMatch(CheckBox::isSelected);
        assertThat(robot.lookup("#disclosure-recipients .check-box").queryAllAs(CheckBox.class).iterator().next().getId())
                .isEqualTo("disclosure-to-woco");
        assertThat(robot.lookup("#disclosure-decided-by").queryTextInputControl().getText()).isEmpty(); // nobody decided before
        type(robot, "#disclosure-decided-by", "Overleg, M. Bos");
        fillAndRecord(robot, "Gedeeld in het overleg wegens acute dreiging");
        UiTestSupport.waitForWindows(1, 15);
        waitUntil(15, () -> robot.lookup("#disclosure-list .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Partner woco".equals(l.getText())));

        List<DisclosureRepository.Entry> stored = store.disclosures().forCase("2026-017");
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().meetingDate()).isEqualTo(MEETING);
        assertThat(stored.getFirst().disclosure().date()).isEqualTo(MEETING);
        assertThat(store.audit().entries().getLast().detail()).contains("meeting " + MEETING);

        // the client's access copy lists it, with the recipient's name and the reason
        Path pdf = dir.resolve("inzage.pdf");
        ExportService.inzage(store, "2026-017", pdf);
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Verstrekkingen zonder uw toestemming").contains("Partner woco")
                .contains("Gedeeld in het overleg wegens acute dreiging").contains("Niet bereikbaar geweest")
                // "M. Bos" is no attendee of this vault: an unknown person, masked in the client's copy (issue 11)
                .contains("Besloten door Overleg, M. [persoon]").doesNotContain("M. Bos")
                .doesNotContain("Er zijn geen gegevens zonder uw toestemming verstrekt");
    }
}
