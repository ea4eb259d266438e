package nl.kring.ui.common;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kring.ui.EscapeProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in a dialog means its Cancel; a dialog without one closes; a sub-window closes; an open list first. */
@Tag("ui")
class EscapeFxTest {
    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @Test
    void escOnAConfirmationAnswersCancel() throws Exception {
        Node owner = EscapeProbe.owner();
        AtomicReference<Boolean> answer = new AtomicReference<>();
        EscapeProbe.escCloses(() -> answer.set(Dialogs.confirm(owner, "Verwijderen?", "Weet u het zeker?", "Verwijderen")));
        waitUntil(30, () -> answer.get() != null);
        assertThat(answer.get()).isFalse();
    }

    @Test
    void escPressesCancelEvenWithTheFocusInATextArea() throws Exception {
        ButtonType cancel = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);
        AtomicReference<Optional<ButtonType>> result = new AtomicReference<>();
        AtomicReference<TextArea> area = new AtomicReference<>();
        EscapeProbe.escCloses(() -> {
            Dialog<ButtonType> d = Escape.closes(new Dialog<>());
            TextArea text = new TextArea("reden");
            area.set(text);
            d.getDialogPane().setContent(text);
            d.getDialogPane().getButtonTypes().setAll(new ButtonType("Opslaan", ButtonBar.ButtonData.OK_DONE), cancel);
            d.setOnShown(e -> text.requestFocus());
            result.set(d.showAndWait());
        });
        waitUntil(30, () -> result.get() != null);
        assertThat(result.get()).contains(cancel);
    }

    /** A field limited by TextLimits has a TextFormatter, which consumes Esc itself: the dialog still closes. */
    @Test
    void escPressesCancelWithTheFocusInALimitedField() throws Exception {
        ButtonType cancel = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);
        AtomicReference<Optional<ButtonType>> result = new AtomicReference<>();
        EscapeProbe.escCloses(() -> {
            Dialog<ButtonType> d = Escape.closes(new Dialog<>());
            TextField field = new TextField("reden");
            TextLimits.limit(field, TextLimits.REASON, "Reden", null);
            d.getDialogPane().setContent(field);
            d.getDialogPane().getButtonTypes().setAll(new ButtonType("Opslaan", ButtonBar.ButtonData.OK_DONE), cancel);
            d.setOnShown(e -> field.requestFocus());
            result.set(d.showAndWait());
        });
        waitUntil(30, () -> result.get() != null);
        assertThat(result.get()).contains(cancel);
    }

    @Test
    void aDialogWithOnlyOneButtonCloses() throws Exception {
        AtomicReference<Optional<ButtonType>> result = new AtomicReference<>();
        EscapeProbe.escCloses(() -> {
            Dialog<ButtonType> d = Escape.closes(new Dialog<>());
            d.getDialogPane().getButtonTypes().setAll(new ButtonType("Sluiten", ButtonBar.ButtonData.OK_DONE));
            result.set(d.showAndWait());
        });
        waitUntil(30, () -> result.get() != null);
    }

    @Test
    void escInAnOpenListClosesTheListFirstAndThenTheDialog() throws Exception {
        AtomicReference<Dialog<ButtonType>> dialog = new AtomicReference<>();
        ComboBox<String> list = onFx(() -> new ComboBox<>(FXCollections.observableArrayList("a", "b")));
        onFx(() -> {
            Dialog<ButtonType> d = Escape.closes(new Dialog<>());
            d.getDialogPane().setContent(list);
            d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.set(d);
            d.show();
            list.requestFocus();
            return null;
        });
        Window w = onFx(() -> dialog.get().getDialogPane().getScene().getWindow());
        waitUntil(30, () -> w.isFocused() && list.isFocused());
        onFx(() -> {
            list.show();
            return null;
        });
        waitUntil(30, list::isShowing);
        FxRobot robot = new FxRobot();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(30, () -> !list.isShowing());
        assertThat(onFx(() -> dialog.get().isShowing())).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(30, () -> !w.isShowing());
    }

    @Test
    void aSubWindowCloses() throws Exception {
        EscapeProbe.escCloses(() -> {
            Stage s = Escape.closes(new Stage());
            s.setScene(new Scene(new StackPane(new TextArea()), 300, 200));
            s.show();
        });
    }
}
