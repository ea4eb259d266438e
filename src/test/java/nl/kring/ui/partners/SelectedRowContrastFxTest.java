package nl.kring.ui.partners;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import nl.kring.domain.Role;
import nl.kring.ui.OneScreenTest;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import nl.kring.service.PartnerService;
import nl.kring.ui.Themes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static nl.kring.ui.partners.AgreementStatusContrastFxTest.ratio;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: on a selected row every text is readable at 4.5:1 or more, with the list focused and not, measured from
 * the colours JavaFX computed from the style sheets: the colour each text is drawn in (the wrapped text of a plain
 * cell, the text fill of a status cell) against the row's background.
 */
@Tag("ui")
class SelectedRowContrastFxTest extends OneScreenTest {
    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void everyTextOnASelectedRowReadsAtFourAndAHalfToOne(Settings.Theme theme) throws Exception {
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("oud", Role.THUISZORG, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
        TextField elsewhere = onFx(TextField::new);
        screen.show(() -> new VBox(elsewhere, new PartnersView(screen.context, new PartnerService(store))), 1200, 700,
                scene -> Themes.apply(scene, theme));
        TableView<?> table = onFx(() -> (TableView<?>) screen.stage().getScene().lookup("#partner-table"));
        waitUntil(30, () -> table.getItems().size() == 2);
        for (int row = 0; row < 2; row++) {
            int r = row;
            onFx(() -> {
                table.getSelectionModel().select(r);
                table.requestFocus();
                return null;
            });
            waitUntil(30, table::isFocused);
            assertReadable(table, r, theme + ", row " + r + " selected, list focused");
            onFx(() -> {
                elsewhere.requestFocus();
                return null;
            });
            waitUntil(30, elsewhere::isFocused);
            assertReadable(table, r, theme + ", row " + r + " selected, list not focused");
        }
    }

    private static void assertReadable(TableView<?> table, int row, String what) throws Exception {
        List<Double> ratios = onFx(() -> contrasts(table, row));
        assertThat(ratios).as(what).hasSize(4).allSatisfy(c -> assertThat(c).as(what).isGreaterThanOrEqualTo(4.5));
    }

    /** Per cell of the row: the contrast of the colour its text is drawn in against the row's background. */
    private static List<Double> contrasts(TableView<?> table, int row) {
        table.applyCss();
        table.layout();
        TableRow<?> tableRow = table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(t -> t.getIndex() == row && !t.isEmpty()).findFirst().orElseThrow();
        List<BackgroundFill> fills = tableRow.getBackground().getFills();
        Color back = (Color) fills.getLast().getFill();
        List<Double> out = new ArrayList<>();
        for (Node n : tableRow.lookupAll(".table-cell")) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            Color drawn = cell.getGraphic() instanceof Text t ? (Color) t.getFill() : (Color) cell.getTextFill();
            out.add(ratio(drawn, back));
        }
        return out;
    }
}
