package nl.kring.ui.minutes;

import nl.kring.report.ExportPreview;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preview before anything leaves, for the outputs beside the partner reports (issue 11): the rooster and the verslag
 * from the export dialog, the invitations from the invite dialog. Each opens the pages as Kring writes them; Esc
 * closes the preview and leaves the dialog open.
 */
@Tag("ui")
class EveryOutputPreviewFxTest extends DemoMinutesFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    /** Opens a preview with {@code button}, checks its pages and title, and closes it with Esc. */
    private void preview(FxRobot robot, String button, String titleStart, int headings) {
        robot.clickOn(button);
        waitUntil(60, () -> robot.lookup("#export-preview").tryQuery().isPresent());
        Label title = robot.lookup("#preview-title").queryAs(Label.class);
        assertThat(title.getText()).startsWith(titleStart);
        VBox pages = robot.lookup("#preview-pages").queryAs(VBox.class);
        List<Node> images = pages.getChildren().stream().filter(n -> n instanceof ImageView).toList();
        assertThat(images).isNotEmpty().allSatisfy(n -> assertThat(((ImageView) n).getImage().getWidth()).isGreaterThan(100));
        assertThat(pages.getChildren().stream().filter(n -> n.getStyleClass().contains("preview-heading")).count())
                .isEqualTo(headings);
        Window preview = title.getScene().getWindow();
        waitUntil(10, preview::isFocused);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(10, () -> !preview.isShowing());
    }

    @Test
    void theRoosterAndTheVerslagArePreviewedFromTheExportDialog(FxRobot robot) {
        DemoMinutes.selectMeeting(robot);
        robot.clickOn("#meeting-minutes");
        waitUntil(30, () -> robot.lookup("#minutes-view").tryQuery().map(n -> n.getScene() != null).orElse(false));
        MinutesViewModel vm = robot.lookup("#minutes-view").queryAs(MinutesView.class).viewModel();
        waitUntil(30, () -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get());
        while (!vm.names().suspects().isEmpty()) {
            int open = vm.names().suspects().size();
            robot.clickOn(robot.lookup(".suspect-dismiss").queryButton());
            waitUntil(10, () -> vm.names().suspects().size() < open);
        }
        Button export = robot.lookup("#minutes-export").queryButton();
        waitUntil(10, () -> !export.isDisabled());
        robot.clickOn(export);
        waitUntil(10, () -> robot.lookup("#export-preview-rooster").tryQuery().isPresent());
        // the dialog fits the screen: its buttons are on it (it was 1701 px wide, its left part off a 1280 px screen)
        Window dialog = robot.lookup("#export-preview-rooster").query().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(dialog.getX() + dialog.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        preview(robot, "#export-preview-rooster", "rooster (", 0);
        preview(robot, "#export-preview-verslag", "verslag van de voorzitter (", 0);
        // the export dialog is still there after the previews
        assertThat(robot.lookup("#export-passwords").tryQuery()).isPresent();
    }

    @Test
    void theInvitationsArePreviewedPerPartnerFromTheInviteDialog(FxRobot robot) {
        DemoMinutes.selectMeeting(robot);
        robot.clickOn("#meeting-invite");
        waitUntil(10, () -> robot.lookup("#invite-preview").tryQuery().isPresent());
        // the demo's meeting invites every partner in the kring of an item with a valid agreement
        int invited = ExportPreview.invitations(store, MEETING).size();
        preview(robot, "#invite-preview", "Uitnodigingen (", invited);
        assertThat(robot.lookup("#invite-dialog").tryQuery()).isPresent();
    }
}
