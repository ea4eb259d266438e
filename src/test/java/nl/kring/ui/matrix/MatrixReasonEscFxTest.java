package nl.kring.ui.matrix;

import javafx.scene.control.ComboBox;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.MatrixService;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.OneScreenTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc at the matrix' reason question cancels the change: the cell goes back, nothing is stored or audited. */
@Tag("ui")
class MatrixReasonEscFxTest extends OneScreenTest {
    @Test
    void escAtTheReasonKeepsTheMatrixAsItWas() throws Exception {
        Visibility before = store.matrix().load().get(Role.HUISARTS, LifeDomain.VERSLAVING);
        Visibility other = before == Visibility.GEEN ? Visibility.VOLLEDIG : Visibility.GEEN;
        screen.show(() -> new MatrixView(screen.context.executor(), new MatrixService(store)), 1200, 760);
        FxRobot robot = new FxRobot();
        String id = "#matrix-" + Role.HUISARTS + "-" + LifeDomain.VERSLAVING;
        waitUntil(30, () -> robot.lookup(id).tryQuery().isPresent());
        @SuppressWarnings("unchecked") ComboBox<Visibility> cell = robot.lookup(id).queryAs(ComboBox.class);
        waitUntil(30, () -> before == cell.getValue());
        int audited = store.audit().entries().size();

        EscapeProbe.escCloses(() -> cell.setValue(other));

        waitUntil(30, () -> before == robot.lookup(id).queryAs(ComboBox.class).getValue());
        assertThat(store.matrix().load().get(Role.HUISARTS, LifeDomain.VERSLAVING)).isEqualTo(before);
        assertThat(store.audit().entries()).hasSize(audited);
    }
}
