package nl.kring.ui.meetings;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.FxTestSupport;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import nl.kring.ui.UiTestSupport;
import nl.kring.ui.Themes;
import nl.kring.ui.common.AutoLocker;
import nl.kring.ui.common.WorkerExecutor;
import nl.kring.ui.workspace.WorkspaceView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: on a 1366×768 laptop the agenda showed only two or three items, because every row wrapped the full names
 * of its kring. The kring now reads as the partners' short names on one line, with the full names in a tooltip: with
 * ten items on the demo meeting, at least eight rows show whole in the agenda table.
 */
@Tag("ui")
class AgendaRowsAtLaptopSizeTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    @Test
    void atLeastEightAgendaItemsShowAt1366x768WithTheirKringOnOneLine() throws Exception {
        FxTestSupport.startFx();
        Store store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        for (String extra : List.of("2026-004", "2026-005", "2026-009")) {
            store.meetings().addItem(MEETING, extra, 10);
        }
        Settings settings = Settings.load(dir.resolve("s.properties"));
        AppContext context = new AppContext(settings, dir.resolve("vault"), false, new WorkerExecutor());
        context.unlocked(store);
        AutoLocker locker = new AutoLocker(settings.autoLockMinutesProperty(), () -> { }, System::currentTimeMillis);
        // laid out by JavaFX in a scene of the laptop's size, as LayoutAuditTest does (the headless screen is smaller)
        Scene scene = FxTestSupport.onFx(() -> {
            WorkspaceView workspace = new WorkspaceView(context, context.services(), locker);
            Scene sc = new Scene(workspace, 1366, 768);
            Themes.apply(sc, Settings.Theme.LIGHT);
            workspace.show("meetings");
            return sc;
        });
        record Holder(Scene getScene) {
        }
        Holder stage = new Holder(scene);
        try {
            UiTestSupport.waitUntil(30, () -> fx(() -> layout(scene) &&
                    stage.getScene().getRoot().lookup("#meeting-list") instanceof ListView<?> l
                            && l.getItems().contains(MEETING)));
            FxTestSupport.onFx(() -> {
                @SuppressWarnings("unchecked")
                ListView<LocalDate> list = (ListView<LocalDate>)
                        stage.getScene().getRoot().lookup("#meeting-list");
                list.getSelectionModel().select(MEETING);
                return null;
            });
            UiTestSupport.waitUntil(30, () -> fx(() -> layout(scene) &&
                    stage.getScene().getRoot().lookup("#agenda-table") instanceof TableView<?> t && t.getItems().size() == 10
                            && ((AgendaRow) t.getItems().getFirst()).kringShortText().contains("GGD")));
            for (int i = 0; i < 3; i++) {
                FxTestSupport.onFx(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    return null;
                });
            }
            int whole = FxTestSupport.onFx(() -> rowsShownWhole((TableView<?>) stage.getScene().getRoot().lookup("#agenda-table")));
            assertThat(whole).as("agenda rows shown whole at 1366×768").isGreaterThanOrEqualTo(8);

            // the kring cell reads short names; its tooltip names every partner in full
            FxTestSupport.onFx(() -> {
                TableView<?> t = (TableView<?>) stage.getScene().getRoot().lookup("#agenda-table");
                TableCell<?, ?> cell = t.lookupAll(".kring-cell").stream().map(n -> (TableCell<?, ?>) n)
                        .filter(c -> !c.isEmpty() && c.getIndex() == 0).findFirst().orElseThrow();
                // 2026-001: GGD Vangnet Rivierstad, Huisartsenpraktijk De Linde, Verslavingszorg …, Woonstichting Het Dak
                assertThat(cell.getText()).isEqualTo("GGD, HA, VZ, Woco");
                Tooltip tip = cell.getTooltip();
                assertThat(tip).isNotNull();
                assertThat(tip.getText()).isEqualTo("GGD Vangnet Rivierstad\nHuisartsenpraktijk De Linde\n"
                        + "Verslavingszorg Noord-Rivierland\nWoonstichting Het Dak");
                // 2026-006, a minor of 14: the consent rule in brief, the whole rule in the tooltip
                TableCell<?, ?> consent = t.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                        .filter(c -> !c.isEmpty() && c.getIndex() == 2 && c.getTableColumn() != null
                                && "agenda-consent-column".equals(c.getTableColumn().getId())).findFirst().orElseThrow();
                assertThat(consent.getText()).isEqualTo("14 jaar · ⚠ ontbreekt: cliënt, ouder");
                assertThat(consent.getTooltip().getText()).isEqualTo("14 jaar op 26-11-2026: toestemming van de jongere"
                        + " én van de ouders of voogd nodig. Geen toestemming van: cliënt, ouder.");
                return null;
            });
        } finally {
            FxTestSupport.onFx(() -> {
                scene.setRoot(new Pane());
                return null;
            });
            store.session().close();
        }
    }

    private static boolean layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return true;
    }

    private static boolean fx(Callable<Boolean> check) {
        try {
            return FxTestSupport.onFx(check);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Rows with an item whose whole height lies inside the table's visible body. */
    static int rowsShownWhole(TableView<?> table) {
        Node header = table.lookup(".column-header-background");
        double top = header == null ? 0 : header.localToScene(header.getBoundsInLocal()).getMaxY();
        Bounds body = table.localToScene(table.getBoundsInLocal());
        Node hbar = table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar b
                        && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())
                .findFirst().orElse(null);
        double bottom = hbar == null ? body.getMaxY() : hbar.localToScene(hbar.getBoundsInLocal()).getMinY();
        int whole = 0;
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && !r.isEmpty() && r.getItem() != null && r.isVisible()) {
                Bounds b = r.localToScene(r.getBoundsInLocal());
                if (b.getMinY() >= top - 0.5 && b.getMaxY() <= bottom + 0.5) {
                    whole++;
                }
            }
        }
        return whole;
    }
}
