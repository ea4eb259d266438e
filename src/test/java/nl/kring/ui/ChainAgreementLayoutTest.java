package nl.kring.ui;

import nl.kring.TestVaults;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.common.AutoLocker;
import nl.kring.ui.common.WorkerExecutor;
import nl.kring.ui.workspace.WorkspaceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings' Ketenovereenkomst section (issue 15) at the chair's smallest screen, 1366×768, with the demo vault's
 * partners: scrolled through from top to bottom, no text of it is cut off and nothing of it lies beyond the right
 * edge. (LayoutAuditTest only sees the top of the settings screen; this section lies further down.)
 */
class ChainAgreementLayoutTest {
    @TempDir
    Path dir;

    @Test
    void theSectionFitsAt1366x768WhereverItIsScrolledTo() throws Exception {
        FxTestSupport.startFx();
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            Importer.store(store, DemoData.demoData());
            Settings settings = Settings.load(dir.resolve("s.properties"));
            AppContext context = new AppContext(settings, dir.resolve("vault"), true, new WorkerExecutor());
            context.unlocked(store);
            AutoLocker locker = new AutoLocker(settings.autoLockMinutesProperty(), () -> { }, System::currentTimeMillis);
            WorkspaceView workspace = FxTestSupport.onFx(() -> new WorkspaceView(context, context.services(), locker));
            Scene scene = FxTestSupport.onFx(() -> {
                Scene s = new Scene(workspace, 1366, 768);
                Themes.apply(s, Settings.Theme.LIGHT);
                workspace.show("settings");
                return s;
            });
            // the partners of the register are loaded in the background: wait for their check boxes
            UiTestSupport.waitUntil(30, () -> {
                try {
                    return FxTestSupport.onFx(() -> {
                        workspace.applyCss();
                        workspace.layout();
                        return workspace.lookup("#agreement-signed-ggd-vangnet") != null;
                    });
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            List<String> problems = new ArrayList<>();
            for (int step = 0; step <= 10; step++) {
                double v = step / 10.0;
                problems.addAll(FxTestSupport.onFx(() -> {
                    ScrollPane scroll = (ScrollPane) workspace.lookup("#settings-view");
                    scroll.setVvalue(v);
                    Parent root = scene.getRoot();
                    root.applyCss();
                    root.layout();
                    List<String> found = new ArrayList<>();
                    Node section = workspace.lookup("#settings-agreement");
                    LayoutAuditTest.truncated("settings " + v, section, scene, found);
                    beyondRightEdge(section, scene.getWidth(), found);
                    return found;
                }));
            }
            assertThat(problems).isEmpty();
            FxTestSupport.onFx(() -> {
                scene.setRoot(new Pane());
                return null;
            });
        }
    }

    private static void beyondRightEdge(Node n, double width, List<String> problems) {
        if (!n.isVisible()) {
            return;
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        if (b.getWidth() > 0 && b.getMaxX() > width + 0.5) {
            problems.add((n.getId() == null ? n.getClass().getSimpleName() : "#" + n.getId()) + " reaches x="
                    + Math.round(b.getMaxX()) + " beyond " + Math.round(width));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                beyondRightEdge(c, width, problems);
            }
        }
    }
}
