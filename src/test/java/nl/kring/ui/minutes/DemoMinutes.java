package nl.kring.ui.minutes;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.LocalDate;

import static nl.kring.ui.UiTestSupport.waitUntil;

/**
 * The set-up the minutes screen's FX tests share (issue 16): the demo vault unlocked in the real window, the minutes
 * of the demo's last meeting opened from the meetings screen, a paragraph typed into the first item, the button of a
 * possible name in the list on the right.
 */
final class DemoMinutes {
    /** The demo's last meeting: seven items, the first 2026-001 with three paragraphs. */
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    private DemoMinutes() {
    }

    /**
     * A new vault with the demo data in {@code dir} (its own folder, so that a class-wide temporary folder can hold
     * one per test), unlocked in the app on {@code stage}; the test's own handle on the vault is returned.
     */
    static Store start(Stage stage, Path dir) throws Exception {
        Path vault = dir.resolve("vault-" + System.nanoTime());
        Store store = TestVaults.create(vault);
        Importer.store(store, DemoData.demoData());
        var ctx = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, true);
        ctx.unlocked(store);
        stage.show();
        return store;
    }

    /** The meetings screen with {@link #MEETING} selected and its minutes button enabled. */
    static void selectMeeting(FxRobot robot) {
        robot.clickOn("#nav-meetings");
        ListView<LocalDate> meetings = robot.lookup("#meeting-list").queryListView();
        waitUntil(30, () -> meetings.getItems().contains(MEETING));
        robot.interact(() -> meetings.getSelectionModel().select(MEETING));
        waitUntil(30, () -> !robot.lookup("#meeting-minutes").queryButton().isDisabled());
    }

    /** The minutes of {@link #MEETING}, loaded: seven items, no paragraph waiting for the recogniser, not busy. */
    static MinutesViewModel openMinutes(FxRobot robot) {
        selectMeeting(robot);
        robot.clickOn("#meeting-minutes");
        waitUntil(30, () -> robot.lookup("#minutes-view").tryQuery().map(n -> n.getScene() != null).orElse(false));
        MinutesViewModel vm = robot.lookup("#minutes-view").queryAs(MinutesView.class).viewModel();
        waitUntil(30, () -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get());
        return vm;
    }

    /** A paragraph added to the selected item and typed by the chair, recognised and nothing pending any more. */
    record Typed(ItemModel item, ParagraphModel paragraph, StyleClassedTextArea area, String text) {
    }

    static Typed typeNewParagraph(FxRobot robot, MinutesViewModel vm, String text) {
        ItemModel item = vm.selectedProperty().get();
        int before = item.paragraphs().size();
        robot.clickOn("#minutes-add-paragraph");
        waitUntil(10, () -> item.paragraphs().size() == before + 1);
        ParagraphModel p = item.paragraphs().getLast();
        StyleClassedTextArea area = robot.lookup("#paragraph-" + item.caseNumber() + "-" + before)
                .queryAs(StyleClassedTextArea.class);
        // the keys go to the focus owner of the focused window: wait for both before typing
        waitUntil(10, () -> area.isFocused() && area.getScene().getWindow().isFocused());
        robot.write(text);
        waitUntil(15, () -> text.equals(area.getText()) && !p.pendingProperty().get()
                && vm.pendingParagraphsProperty().get() == 0);
        return new Typed(item, p, area, text);
    }

    /** The button ({@code .suspect-person}, {@code .suspect-melder} …) of one possible name in the list on the right. */
    static Button suspectButton(FxRobot robot, String name, String style) {
        Label label = robot.lookup(".suspect-text").match((Label l) -> l.getText().startsWith(name)).query();
        return robot.from(label.getParent()).lookup(style).queryAs(Button.class);
    }
}
