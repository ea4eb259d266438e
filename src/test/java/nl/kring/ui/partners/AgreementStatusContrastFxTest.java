package nl.kring.ui.partners;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import nl.kring.domain.Role;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import nl.kring.service.PartnerService;
import nl.kring.ui.Themes;
import nl.kring.ui.OneScreenTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the green "geldig tot …" (and the red "verlopen …") in the partner list stay readable on a selected row,
 * in both themes, with the list focused and not: the contrast of the colours JavaFX computed from the style sheets,
 * the status cell's text against the row's background, is at least that of the partner's name beside it (the row's
 * own text colour) and at least 3:1. Unselected, the status keeps its colour at 4.5:1 or more.
 */
@Tag("ui")
public class AgreementStatusContrastFxTest extends OneScreenTest {
    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theAgreementStatusIsReadableOnASelectedRow(Settings.Theme theme) throws Exception {
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("oud", Role.THUISZORG, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
        TextField elsewhere = onFx(TextField::new);
        screen.show(() -> new VBox(elsewhere, new PartnersView(screen.context, new PartnerService(store))), 1200, 700,
                scene -> Themes.apply(scene, theme));
        Stage stage = screen.stage();
        TableView<?> table = onFx(() -> (TableView<?>) stage.getScene().lookup("#partner-table"));
        waitUntil(30, () -> table.getItems().size() == 2);
        for (int row = 0; row < 2; row++) {
            int r = row;
            onFx(() -> {
                table.getSelectionModel().clearSelection();
                return null;
            });
            double unselected = onFx(() -> contrast(table, r, true));
            assertThat(unselected).as("%s, row %d not selected", theme, r).isGreaterThanOrEqualTo(4.5);
            onFx(() -> {
                table.getSelectionModel().select(r);
                table.requestFocus();
                return null;
            });
            waitUntil(30, table::isFocused);
            check(table, r, theme + ", selected, list focused");
            onFx(() -> {
                elsewhere.requestFocus();
                return null;
            });
            waitUntil(30, elsewhere::isFocused);
            check(table, r, theme + ", selected, list not focused");
        }
    }

    private static void check(TableView<?> table, int row, String what) throws Exception {
        double status = onFx(() -> contrast(table, row, true));
        double name = onFx(() -> contrast(table, row, false));
        assertThat(status).as("%s: status %.2f, name %.2f", what, status, name).isGreaterThanOrEqualTo(name - 0.01)
                .isGreaterThanOrEqualTo(3.0);
    }

    /** The contrast of the status (or the name) cell's text against its row's background, as laid out now. */
    private static double contrast(TableView<?> table, int row, boolean statusCell) {
        table.applyCss();
        table.layout();
        TableRow<?> tableRow = table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(t -> t.getIndex() == row && !t.isEmpty()).findFirst().orElseThrow();
        List<Node> cells = tableRow.lookupAll(".table-cell").stream().toList();
        Labeled cell = cells.stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> statusCell == (c.getStyleClass().contains("status-ok") || c.getStyleClass().contains("status-bad")))
                .findFirst().orElseThrow();
        Color text = (Color) cell.getTextFill();
        List<BackgroundFill> fills = tableRow.getBackground().getFills();
        Color back = (Color) fills.getLast().getFill();
        return ratio(text, back);
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    public static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
