package nl.kring.ui;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.cases.CaseRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: with the font at 200 % the workspace scrolls, up and down and sideways; the keyboard must not walk off the
 * screen. Tab through the case form of the demo vault: every control that gets the focus is in sight, inside each
 * scroll pane around it and inside the window. And the arrow keys in a table move its selection, not the pane around
 * it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FocusInSightTest {
    @TempDir
    Path dir;
    Store store;
    AppContext context;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path vault = dir.resolve("vault");
        store = TestVaults.create(vault);
        Importer.store(store, DemoData.demoData());
        context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        context.unlocked(store);
        // a font twice the platform's, as a chair with a larger system font has it, in a window of a laptop's size
        stage.getScene().getRoot().setStyle("-fx-font-size: " + Font.getDefault().getSize() * 2 + "px;");
        stage.setWidth(1200);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void lock(FxRobot robot) {
        robot.interact(context::lock);
    }

    @Test
    void tabbingThroughTheCaseFormAtTwiceTheFontKeepsEachFocusedControlInSight(FxRobot robot) {
        TableView<CaseRow> cases = openCases(robot);
        robot.interact(() -> cases.getSelectionModel().select(0));
        Node surname = robot.lookup("#client-surname").query();
        waitUntil(30, () -> !robot.lookup("#client-surname").queryTextInputControl().getText().isEmpty());
        robot.interact(surname::requestFocus);
        waitUntil(15, surname::isFocused);

        Set<Node> visited = new LinkedHashSet<>();
        List<String> outOfSight = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = stage.getScene().getFocusOwner();
            assertThat(focused).as("after %d tabs", i + 1).isNotNull();
            visited.add(focused);
            String where = outOfSight(focused);
            if (where != null) {
                outOfSight.add((i + 1) + ": " + describe(focused) + " " + where);
            }
        }
        // the walk went through the form, far enough to need scrolling at this font
        assertThat(visited).as("controls tabbed through").hasSizeGreaterThan(15);
        assertThat(outOfSight).as("focused controls out of sight").isEmpty();
    }

    @Test
    void theArrowKeysInATableMoveItsSelectionAndNotThePaneAroundIt(FxRobot robot) {
        TableView<CaseRow> cases = openCases(robot);
        robot.interact(() -> {
            cases.getSelectionModel().select(0);
            cases.getFocusModel().focus(0);
            cases.requestFocus();
        });
        waitUntil(15, cases::isFocused);
        ScrollPane outer = robot.lookup("#workspace-scroll").queryAs(ScrollPane.class);
        double v = outer.getVvalue();
        double h = outer.getHvalue();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        waitUntil(15, () -> cases.getSelectionModel().getSelectedIndex() == 2);
        robot.type(KeyCode.UP);
        waitUntil(15, () -> cases.getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cases.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(cases.isFocused()).isTrue();
        assertThat(outer.getVvalue()).as("the workspace did not scroll up or down").isEqualTo(v);
        assertThat(outer.getHvalue()).as("the workspace did not scroll sideways").isEqualTo(h);
    }

    private TableView<CaseRow> openCases(FxRobot robot) {
        waitUntil(30, () -> robot.lookup("#nav-cases").tryQuery().isPresent());
        robot.clickOn("#nav-cases");
        TableView<CaseRow> cases = robot.lookup("#case-table").queryTableView();
        waitUntil(30, () -> cases.getItems().size() > 3);
        return cases;
    }

    /**
     * Where the control is out of sight, or null: its start (its top left, as much of it as nine tenths of the smallest
     * viewport hold) must lie inside the viewport of every scroll pane around it and inside the window.
     */
    static String outOfSight(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        List<Bounds> ports = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.lookup(".viewport") instanceof Node port && port != n) {
                ports.add(port.localToScene(port.getLayoutBounds()));
                names.add(sp.getId() == null ? "a scroll pane" : "#" + sp.getId());
            }
        }
        Scene s = n.getScene();
        ports.add(new BoundingBox(0, 0, s.getWidth(), s.getHeight()));
        names.add("the window");
        // a control larger than a viewport: as much of it from its start as nine tenths of the smallest one hold
        double w = b.getWidth();
        double h = b.getHeight();
        for (Bounds v : ports) {
            w = Math.min(w, v.getWidth() * 0.9);
            h = Math.min(h, v.getHeight() * 0.9);
        }
        for (int i = 0; i < ports.size(); i++) {
            Bounds v = ports.get(i);
            boolean in = b.getMinX() >= v.getMinX() - 0.5 && b.getMinX() + w <= v.getMaxX() + 0.5
                    && b.getMinY() >= v.getMinY() - 0.5 && b.getMinY() + h <= v.getMaxY() + 0.5;
            if (!in) {
                return String.format("outside %s: %.0f,%.0f %.0f×%.0f in %.0f,%.0f %.0f×%.0f", names.get(i),
                        b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), v.getMinX(), v.getMinY(), v.getWidth(),
                        v.getHeight());
            }
        }
        return null;
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId());
    }
}
