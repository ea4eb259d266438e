package nl.kring.ui.requests;

import org.junit.jupiter.api.Tag;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequest;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.TestVaults;
import nl.kring.ui.AppContext;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.cases.CaseRow;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Forms;
import nl.kring.vault.Vault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** The requests of the client and the terugmelding, driven through the case screen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RequestsUiTest {
    @TempDir
    Path dir;
    Path vault;
    Path out;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        vault = dir.resolve("vault");
        out = Files.createDirectories(dir.resolve("out"));
        try (Store store = TestVaults.create(vault)) {
            RequestsFixture.fill(store);
        }
        context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        stage.show();
    }

    private TableView<CaseRow> openCase(FxRobot robot, String number) {
        UiTestSupport.unlockToCases(robot);
        TableView<CaseRow> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() == 2);
        select(robot, number);
        return cases;
    }

    private void select(FxRobot robot, String number) {
        Node cell = robot.lookup("#case-table .table-cell").match((TableCell<?, ?> c) ->
                number.equals(c.getText()) && c.isVisible() && !c.isEmpty()).query();
        robot.clickOn(cell);
        waitUntil(15, () -> number.equals(robot.lookup("#case-number").queryTextInputControl().getText()));
        // the section follows the form once the case is loaded
        waitUntil(15, () -> number.equals(section(robot).viewModel().caseNumberProperty().get()));
        robot.interact(() -> {
            section(robot).setSaveTarget((owner, title, name) -> out.resolve(name));
            robot.lookup("#referrer-feedback").queryAs(ReferrerFeedbackPane.class)
                    .setSaveTarget((owner, title, name) -> out.resolve(name));
        });
    }

    private static RequestsSection section(FxRobot robot) {
        return robot.lookup("#requests-section").queryAs(RequestsSection.class);
    }

    /** Clicks a control in the long case form: focus first, so the form scrolls it into view. */
    private static void click(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        robot.interact(n::requestFocus);
        // a part that has just appeared is laid out first, then scrolled to
        robot.interact(() -> Forms.ensureVisible(robot.lookup("#case-scroll").queryAs(ScrollPane.class), n));
        robot.clickOn(n);
    }

    /** Waits until the label's text starts with the prefix; on a timeout says what it showed instead. */
    private static void waitForText(FxRobot robot, String id, String prefix, int seconds) {
        try {
            waitUntil(seconds, () -> text(robot, id) != null && text(robot, id).startsWith(prefix));
        } catch (AssertionError e) {
            throw new AssertionError(id + " shows \"" + text(robot, id) + "\", expected \"" + prefix + "…\"", e);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private TableView<RightsRequest> register(FxRobot robot, RequestType type) {
        return register(robot, type, null);
    }

    private TableView<RightsRequest> register(FxRobot robot, RequestType type, LocalDate received) {
        ComboBox<RequestType> combo = robot.lookup("#request-type").queryComboBox();
        robot.interact(() -> combo.getSelectionModel().select(type));
        if (received != null) {
            click(robot, "#request-received");
            robot.interact(() -> robot.lookup("#request-received").queryTextInputControl().selectAll());
            robot.write(Dates.format(received));
        }
        click(robot, "#request-register");
        TableView<RightsRequest> table = robot.lookup("#requests-table").queryTableView();
        waitUntil(30, () -> table.getItems().stream().anyMatch(r -> r.type() == type)
                && table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().type() == type);
        assertThat(text(robot, "#requests-message")).startsWith("Verzoek om " + RequestTexts.type(type) + " geregistreerd");
        return table;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Locks the app, waits for the vault to close, and opens it here. */
    private Store lockAndOpen(FxRobot robot) throws Exception {
        robot.clickOn("#lock-button");
        waitUntil(30, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        context.executor().background(p -> null).start().get(30, TimeUnit.SECONDS); // the close runs on the one worker before this
        return new Store(Vault.open(vault, TestVaults.PASSPHRASE.toCharArray()));
    }

    @Test
    void anInzageRequestIsRegisteredAndAnsweredWithTheAccessCopy(FxRobot robot) throws Exception {
        openCase(robot, "2026-017");
        assertThat(robot.lookup("#requests-table").queryTableView().getItems()).isEmpty();
        // received six weeks ago: past the one-month deadline, and marked so
        TableView<RightsRequest> table = register(robot, RequestType.INZAGE, LocalDate.now().minusWeeks(6));
        // the cells restyle after the list's reload: wait for them rather than race them
        waitUntil(15, () -> robot.lookup("#requests-table .table-cell").match((TableCell<?, ?> c) ->
                c.getText() != null && c.getText().startsWith("Open, ") && c.getText().endsWith(" te laat")
                        && c.getStyleClass().contains("deadline-overdue")).tryQuery().isPresent());
        assertThat(text(robot, "#requests-summary")).isEqualTo("1 open, waarvan 1 te laat");
        assertThat(robot.lookup("#request-handle").queryButton().getText()).isEqualTo("Inzage-afschrift maken…");

        click(robot, "#request-handle");
        // first the review: every passage the copy withholds, then the file
        waitUntil(60, () -> robot.lookup("#inzage-review").query().isVisible()
                && !robot.lookup("#inzage-passages").queryListView().getItems().isEmpty());
        click(robot, "#inzage-write");
        Path pdf = out.resolve("inzage-2026-017.pdf");
        waitForText(robot, "#requests-message", "Verzoek om Inzage afgehandeld", 60);
        assertThat(text(robot, "#requests-message")).contains(pdf.toString());
        String copy = pdfText(pdf);
        assertThat(copy).contains("2026-017").contains(RequestsFixture.SURNAME).doesNotContain(RequestsFixture.MELDER);
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.isOpen()).isFalse());
        assertThat(robot.lookup("#requests-table .table-cell").match((TableCell<?, ?> c) ->
                c.getText() != null && c.getText().startsWith("Afgehandeld op ")).tryQuery()).isPresent();
        assertThat(robot.lookup("#requests-table .deadline-overdue").tryQuery()).isEmpty();
        assertThat(text(robot, "#request-outcome")).startsWith("Inzage: afgehandeld op ");

        try (Store store = lockAndOpen(robot)) {
            List<AuditLog.Entry> audit = store.audit().entries();
            assertThat(audit).extracting(AuditLog.Entry::action).contains("INZAGE", "REQUEST");
            assertThat(audit).allSatisfy(e -> assertThat(e.subject() + " " + e.detail())
                    .doesNotContain(RequestsFixture.SURNAME).doesNotContain(RequestsFixture.MELDER));
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aCaseIsDestroyedOnRequestAfterTheChairTypesItsNumber(FxRobot robot) throws Exception {
        TableView<CaseRow> cases = openCase(robot, "2026-017");
        register(robot, RequestType.VERNIETIGING);
        click(robot, "#request-handle");
        waitForText(robot, "#request-destroy-scope", "Dit vernietigt casus 2026-017 definitief", 30);
        assertThat(text(robot, "#request-destroy-scope"))
                .contains("1 agendapunt(en)");
        assertThat(robot.lookup("#request-destroy").queryButton().isDisabled()).isTrue();
        click(robot, "#request-destroy-confirm");
        robot.write("2026-018");
        assertThat(robot.lookup("#request-destroy").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#request-destroy-confirm").queryTextInputControl().clear());
        robot.write("2026-017");
        waitUntil(5, () -> !robot.lookup("#request-destroy").queryButton().isDisabled());
        click(robot, "#request-destroy");

        waitUntil(60, () -> cases.getItems().size() == 1);
        assertThat(cases.getItems()).extracting(CaseRow::number).containsExactly("2026-018");
        // the form is gone and says why
        waitUntil(15, () -> robot.lookup(".register-form > .label").match((Label l) -> l.isVisible()
                && l.getText().startsWith("Casus 2026-017 is op verzoek van de cliënt vernietigd.")).tryQuery().isPresent());
        assertThat(robot.lookup("#case-number").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#client-surname").queryTextInputControl().getText()).isEmpty();
        assertThat(cases.getSelectionModel().getSelectedItem()).isNull();

        try (Store store = lockAndOpen(robot)) {
            assertThat(store.cases().exists("2026-017")).isFalse();
            assertThat(store.cases().exists("2026-018")).isTrue();
            assertThat(store.requests().forCase("2026-017")).isEmpty();
            assertThat(store.disclosures().forCase("2026-017")).isEmpty();
            assertThat(store.meetings().find(RequestsFixture.MEETING).orElseThrow().items())
                    .extracting(i -> i.caseNumber()).containsExactly("2026-018");
            List<AuditLog.Entry> audit = store.audit().entries();
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("REQUEST");
                assertThat(e.subject()).isEqualTo("2026-017");
                assertThat(e.detail()).contains("VERNIETIGING HANDLED");
            });
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("PURGE");
                assertThat(e.subject()).isEqualTo("2026-017");
            });
            assertThat(audit).allSatisfy(e -> assertThat(e.subject() + " " + e.detail())
                    .doesNotContain(RequestsFixture.SURNAME).doesNotContain("Johanna").doesNotContain("Molenweg")
                    .doesNotContain(RequestsFixture.MELDER));
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aRefusalNeedsAReason(FxRobot robot) {
        openCase(robot, "2026-017");
        TableView<RightsRequest> table = register(robot, RequestType.VERNIETIGING);
        click(robot, "#request-refuse");
        waitForText(robot, "#requests-message", "Een weigering heeft een reden nodig", 15);
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.isOpen()).isTrue());

        click(robot, "#request-note");
        robot.write("Wettelijke bewaarplicht");
        click(robot, "#request-refuse");
        waitForText(robot, "#requests-message", "Verzoek om Vernietiging geweigerd.", 30);
        // the message comes with the refusal; the list is read again after it
        waitUntil(30, () -> table.getItems().size() == 1 && !table.getItems().getFirst().isOpen());
        assertThat(text(robot, "#request-outcome")).endsWith("Toelichting: Wettelijke bewaarplicht");
        assertThat(robot.lookup("#requests-table .table-cell").match((TableCell<?, ?> c) ->
                c.getText() != null && c.getText().startsWith("Geweigerd op ")).tryQuery()).isPresent();
    }

    @Test
    void theTerugmeldingGoesToAKnownMelderAndIsRefusedForAnAnonymousOne(FxRobot robot) throws Exception {
        openCase(robot, "2026-017");
        click(robot, "#referrer-feedback-button");
        Path letter = out.resolve("terugmelding-2026-017.pdf");
        waitForText(robot, "#referrer-feedback-message", "Terugmelding opgeslagen in", 60);
        assertThat(pdfText(letter)).contains(RequestsFixture.MELDER).doesNotContain(RequestsFixture.SURNAME);

        select(robot, "2026-018");
        click(robot, "#referrer-feedback-button");
        waitForText(robot, "#referrer-feedback-message", "Geen terugmelding mogelijk: de melder wil anoniem blijven", 30);
        assertThat(out.resolve("terugmelding-2026-018.pdf")).doesNotExist();
    }
}
