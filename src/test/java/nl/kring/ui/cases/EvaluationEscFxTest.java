package nl.kring.ui.cases;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.Settings;
import nl.kring.ui.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in "Evaluatie vastleggen" cancels it: no evaluation is recorded. */
@Tag("ui")
class EvaluationEscFxTest {
    @TempDir
    Path dir;
    Store store;
    Stage stage;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
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

    @Test
    void escCancelsTheEvaluation() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        AppContext context = new AppContext(Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false, new nl.kring.ui.common.WorkerExecutor());
        context.unlocked(store);
        CasesView view = onFx(() -> new CasesView(context, store));
        stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(view, 1200, 760));
            s.show();
            return s;
        });
        FxRobot robot = new FxRobot();
        waitUntil(() -> !view.viewModel().rows().isEmpty() && robot.lookup("#evaluation-record").tryQuery().isPresent());
        Button record = robot.lookup("#evaluation-record").queryButton();
        // the first case whose restriction is due for an evaluation (the button is enabled only then)
        String number = null;
        for (int i = 0; i < view.viewModel().rows().size() && number == null; i++) {
            int row = i;
            String n = onFx(() -> {
                var r = view.viewModel().rows().get(row);
                view.viewModel().select(r);
                return r.number();
            });
            waitUntil(() -> !view.viewModel().busyProperty().get());
            if (onFx(() -> !record.isDisabled())) {
                number = n;
            }
        }
        assertThat(number).as("a demo case due for an evaluation").isNotNull();
        int before = store.evaluations().forCase(number).size();
        var closed = EscapeProbe.escCloses(record::fire);
        assertThat(EscapeProbe.title(closed)).isEqualTo("Evaluatie vastleggen");
        assertThat(store.evaluations().forCase(number)).hasSize(before);
    }
}
