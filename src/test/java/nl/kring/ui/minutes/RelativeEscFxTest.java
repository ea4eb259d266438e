package nl.kring.ui.minutes;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import nl.kring.TestVaults;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc in "Verwant…" (a possible name judged as a relative) cancels it: the name stays open. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RelativeEscFxTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    static final String NAME = "Henk Verweij";

    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        var ctx = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), true);
        ctx.unlocked(store);
        stage.show();
    }

    @Test
    void escAtTheRelativeQuestionLeavesTheNameOpen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-meetings");
        ListView<LocalDate> meetings = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> meetings.getItems().contains(MEETING));
        robot.interact(() -> meetings.getSelectionModel().select(MEETING));
        waitUntil(30, () -> !robot.lookup("#meeting-minutes").queryButton().isDisabled());
        robot.clickOn("#meeting-minutes");
        waitUntil(30, () -> robot.lookup("#minutes-view").tryQuery().map(n -> n.getScene() != null).orElse(false));
        MinutesViewModel vm = robot.lookup("#minutes-view").queryAs(MinutesView.class).viewModel();
        waitUntil(30, () -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get());
        int openAtStart = vm.names().openSuspectsProperty().get();

        robot.clickOn("#minutes-add-paragraph");
        ItemModel item = vm.selectedProperty().get();
        waitUntil(10, () -> item.paragraphs().size() == 4);
        ParagraphModel p = item.paragraphs().getLast();
        StyleClassedTextArea area = robot.lookup("#paragraph-2026-001-3").queryAs(StyleClassedTextArea.class);
        waitUntil(10, () -> area.isFocused() && area.getScene().getWindow().isFocused());
        String typed = "Gesprek met " + NAME + " over de tuin.";
        robot.write(typed);
        waitUntil(15, () -> typed.equals(area.getText()) && !p.pendingProperty().get() && vm.pendingParagraphsProperty().get() == 0);
        waitUntil(10, () -> vm.names().openSuspectsProperty().get() == openAtStart + 1);

        Label label = robot.lookup(".suspect-text").match((Label l) -> l.getText().startsWith(NAME)).query();
        Button relative = robot.from(label.getParent()).lookup(".suspect-relative").queryAs(Button.class);
        var closed = EscapeProbe.escCloses(relative::fire);
        assertThat(EscapeProbe.title(closed)).isEqualTo("Verwant…");
        assertThat(vm.names().openSuspectsProperty().get()).isEqualTo(openAtStart + 1);
        assertThat(area.getText()).isEqualTo(typed);
        assertThat(store.suspects().forMeeting(MEETING)).doesNotContainKey(NAME);
    }
}
