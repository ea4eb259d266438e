package nl.kring.ui.audit;

import org.junit.jupiter.api.Tag;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.kring.audit.AuditLog;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.common.WorkerExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail screen on a real vault: it lists the entries, filters them, and says when the chain is broken. */
@Tag("ui")
class AuditViewTest {
    @TempDir
    Path dir;
    Store store;
    Stage stage;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @BeforeEach
    void open() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        store.audit().append(AuditLog.Action.DISCLOSURE, "2026-003", "EVIDENT_BELANG to politie-rivierstad");
        store.audit().append(AuditLog.Action.EXPORT, "2026-11-26", "ggd-rivierstad.pdf cases 2026-003");
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
        store.close();
    }

    private AuditView show() throws Exception {
        AuditView view = onFx(() -> new AuditView(new WorkerExecutor(), new Services(store)));
        stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(view, 1100, 600));
            s.show();
            return s;
        });
        return view;
    }

    @Test
    void listsTheTrailNewestFirstFiltersItAndFindsTheChainIntact() throws Exception {
        AuditView view = show();
        FxRobot robot = new FxRobot();
        Label chain = robot.lookup("#audit-chain").queryAs(Label.class);
        waitUntil(30, () -> chain.getText().startsWith("Keten intact"));
        int total = store.audit().entries().size();
        assertThat(chain.getText()).contains("alle " + total + " regels");
        TableView<?> table = robot.lookup("#audit-table").queryTableView();
        assertThat(table.getItems()).hasSize(total);
        assertThat(((AuditLog.Entry) table.getItems().getFirst()).action()).isEqualTo("EXPORT");

        onFx(() -> {
            view.viewModel().actionProperty().set(AuditLog.Action.DISCLOSURE);
            return null;
        });
        assertThat(table.getItems()).singleElement().satisfies(e -> assertThat(((AuditLog.Entry) e).subject()).isEqualTo("2026-003"));
        onFx(() -> {
            view.viewModel().actionProperty().set(null);
            return null;
        });
        robot.clickOn("#audit-subject").write("2026-11-26");
        waitUntil(30, () -> table.getItems().size() == 1);
        // the screen shows what the log holds: case numbers and dates, never a client of the demo vault
        onFx(() -> {
            view.viewModel().subjectProperty().set("");
            return null;
        });
        waitUntil(30, () -> table.getItems().size() == total);
        var surnames = store.cases().all().stream().map(c -> c.client().surname()).toList();
        assertThat(surnames).isNotEmpty();
        assertThat(UiTestSupport.allVisibleTexts()).noneMatch(t -> t != null && surnames.stream().anyMatch(t::contains));
    }

    @Test
    void aChangedEntryShowsTheChainBrokenAtThatLine() throws Exception {
        store.session().dsl().execute("UPDATE audit_entry SET detail = 'EVIDENT_BELANG to ggd' WHERE action = 'DISCLOSURE'");
        long seq = store.audit().entries().stream().filter(e -> e.action().equals("DISCLOSURE")).findFirst().orElseThrow().seq();
        show();
        FxRobot robot = new FxRobot();
        Label chain = robot.lookup("#audit-chain").queryAs(Label.class);
        waitUntil(30, () -> chain.getText().startsWith("Keten verbroken"));
        assertThat(chain.getText()).contains("regel " + seq + " is gewijzigd nadat hij geschreven is");
        assertThat(chain.getStyleClass()).contains("error");
    }

    /** Issue 13: the details read in Dutch words with the professionals' names; the stored text is in the tooltip. */
    @Test
    void detailsReadInDutchWordsWithNamesAndTheStoredTextInTheTooltip() throws Exception {
        var ggd = store.partners().find("ggd-vangnet").orElseThrow();
        var nurse = ggd.attendees().getFirst();
        String stored = "check-in " + nurse.id() + " (ggd-vangnet)";
        store.audit().append(AuditLog.Action.MEETING_CHANGED, "2026-11-26", stored);
        show();
        FxRobot robot = new FxRobot();
        Label chain = robot.lookup("#audit-chain").queryAs(Label.class);
        waitUntil(30, () -> chain.getText().startsWith("Keten intact"));
        String words = "aangemeld: " + nurse.name() + " (" + ggd.name() + ")";
        waitUntil(30, () -> UiTestSupport.allVisibleTexts().contains(words));
        TableCell<?, ?> cell = onFx(() -> robot.lookup(".table-cell").queryAllAs(
                TableCell.class).stream().filter(c -> c.getGraphic() instanceof Text t
                        && words.equals(t.getText())).findFirst().orElseThrow());
        assertThat(onFx(() -> cell.getTooltip().getText())).isEqualTo("Zoals opgeslagen in het logboek: " + stored);
        // an unknown (older) pattern stays as stored; the attendee's id only in the tooltip
        assertThat(UiTestSupport.allVisibleTexts()).contains("EVIDENT_BELANG to politie-rivierstad")
                .doesNotContain(stored);
    }

    @Test
    void everyActionHasALabelInEveryLanguage() {
        for (Locale l : new Locale[] {Locale.of("nl"), Locale.ROOT}) {
            ResourceBundle b = ResourceBundle.getBundle("nl.kring.ui.messages", l,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (AuditLog.Action a : AuditLog.Action.values()) {
                assertThat(b.containsKey("audit.action." + a.name())).as(a + " in " + l).isTrue();
            }
        }
    }
}
