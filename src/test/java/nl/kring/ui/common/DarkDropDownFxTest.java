package nl.kring.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kring.ui.Settings;
import nl.kring.ui.Themes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.partners.AgreementStatusContrastFxTest.luminance;
import static nl.kring.ui.partners.AgreementStatusContrastFxTest.ratio;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: "drop-downs follow the dark theme". An open drop-down (a combo box's list, a choice box's menu) has the
 * theme's background — dark in the dark theme, light in the light one — and its items are readable on it (4.5:1),
 * as computed by JavaFX from Kring's style sheets.
 */
@Tag("ui")
class DarkDropDownFxTest {
    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void anOpenDropDownHasTheThemesBackgroundAndReadableItems(Settings.Theme theme) throws Exception {
        ComboBox<String> combo = onFx(() -> new ComboBox<>());
        ChoiceBox<String> choice = onFx(() -> new ChoiceBox<>());
        Stage stage = onFx(() -> {
            combo.getItems().setAll("2026-004 — Kevin van der Berg (Cliëntverdeling)", "2026-005 — Riek Visser-de Jong");
            choice.getItems().setAll("Gezondheid", "Huisvesting");
            Stage s = new Stage();
            Scene scene = new Scene(new VBox(8, combo, choice), 500, 300);
            Themes.apply(scene, theme);
            s.setScene(scene);
            s.show();
            return s;
        });
        try {
            onFx(() -> {
                combo.show();
                return null;
            });
            waitUntil(15, () -> onFx(combo::isShowing));
            check(theme, "the combo box's list", onFx(() -> item(popupOf(stage), ".list-cell")));
            onFx(() -> {
                combo.hide();
                choice.show();
                return null;
            });
            waitUntil(15, () -> onFx(choice::isShowing));
            check(theme, "the choice box's menu", onFx(() -> item(popupOf(stage), ".menu-item")));
        } finally {
            onFx(() -> {
                combo.hide();
                choice.hide();
                stage.close();
                return null;
            });
        }
    }

    private static void check(Settings.Theme theme, String what, Color[] textAndBack) {
        double back = luminance(textAndBack[1]);
        if (theme == Settings.Theme.DARK) {
            assertThat(back).as("%s in the dark theme: background luminance", what).isLessThan(0.1);
        } else {
            assertThat(back).as("%s in the light theme: background luminance", what).isGreaterThan(0.6);
        }
        assertThat(ratio(textAndBack[0], textAndBack[1])).as("%s in the %s theme: text on background", what, theme)
                .isGreaterThanOrEqualTo(4.5);
    }

    /** The open popup this stage owns. */
    private static PopupWindow popupOf(Stage stage) {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow p && p.isShowing()
                && p.getOwnerWindow() == stage).map(w -> (PopupWindow) w).findFirst().orElseThrow();
    }

    /** The last item's text colour and the background it is drawn on (its own, else its nearest parent's). */
    private static Color[] item(PopupWindow popup, String selector) {
        Node root = popup.getScene().getRoot();
        root.applyCss();
        if (root instanceof Parent p) {
            p.layout();
        }
        // the last item: the first may be the focused one, drawn in the selection colour
        Node first = root.lookupAll(selector).stream().filter(n -> !(n instanceof ListCell<?> c) || !c.isEmpty())
                .reduce((a, b) -> b).orElseThrow();
        Labeled text = first instanceof Labeled l ? l : (Labeled) first.lookup(".label");
        return new Color[] {(Color) text.getTextFill(), background(first)};
    }

    private static Color background(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                List<Color> fills = r.getBackground().getFills().stream().filter(f -> f.getFill() instanceof Color)
                        .map(f -> (Color) f.getFill()).filter(c -> c.getOpacity() > 0.9).toList();
                if (!fills.isEmpty()) {
                    return fills.getLast();
                }
            }
        }
        throw new AssertionError("no background under " + n);
    }
}
