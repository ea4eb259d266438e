package nl.kring.ui.cases;

import javafx.scene.control.Button;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.service.Services;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.OneScreenTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in "Evaluatie vastleggen" cancels it: no evaluation is recorded. */
@Tag("ui")
class EvaluationEscFxTest extends OneScreenTest {
    @Test
    void escCancelsTheEvaluation() throws Exception {
        Importer.store(store, DemoData.demoData());
        CasesView view = screen.show(() -> new CasesView(screen.context, new Services(store)), 1200, 760);
        FxRobot robot = new FxRobot();
        waitUntil(30, () -> !view.viewModel().rows().isEmpty() && robot.lookup("#evaluation-record").tryQuery().isPresent());
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
            waitUntil(30, () -> !view.viewModel().busyProperty().get());
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
