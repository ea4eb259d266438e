package nl.kring.ui.minutes;

import java.io.ByteArrayInputStream;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kring.domain.Partner;
import nl.kring.report.ExportPreview;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;

/**
 * Exactly what one partner will receive: the pages of its report as the export renders them, and beside them every
 * replacement made in its texts (original words → what the partner reads), so that a wrong marker is seen before it
 * is sent. The chair's own screen: the originals are shown here and nowhere else.
 */
final class ExportPreviewWindow {
    private ExportPreviewWindow() {
    }

    static Stage show(Window owner, Partner partner, MinutesViewModel.Preview preview) {
        VBox pages = new VBox(12);
        pages.setId("preview-pages");
        pages.setPadding(new Insets(12));
        for (byte[] png : preview.pages()) {
            ImageView page = new ImageView(new Image(new ByteArrayInputStream(png)));
            page.setPreserveRatio(true);
            page.setFitWidth(Forms.em(46));
            page.getStyleClass().add("preview-page");
            pages.getChildren().add(page);
        }
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);

        ListView<String> replacements = new ListView<>();
        replacements.setId("preview-replacements");
        for (ExportPreview.Replacement r : preview.replacements()) {
            replacements.getItems().add(I18n.t("preview.replacement", r.original(), r.replacement(),
                    r.where().startsWith(" · ") ? r.where().substring(3) : r.where()));
        }
        Label head = new Label(I18n.t("preview.replacements", preview.replacements().size()));
        head.getStyleClass().add("section-title");
        VBox side = new VBox(6, head, Forms.hint(I18n.t("preview.replacementsHint")), replacements);
        side.setPadding(new Insets(12));
        VBox.setVgrow(replacements, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane(scroll, side);
        split.setDividerPositions(0.62);
        Label title = new Label(I18n.t("preview.title", partner.name(), preview.pages().size()));
        title.setId("preview-title");
        title.setPadding(new Insets(8, 12, 0, 12));
        VBox root = new VBox(4, title, split);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        root.setId("export-preview");

        Stage stage = new Stage();
        nl.kring.ui.common.Escape.closes(stage);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(I18n.t("preview.window", partner.name()));
        Scene scene = new Scene(root, Forms.em(80), Forms.em(50));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        nl.kring.ui.common.ScreenFit.keepOnScreen(stage);
        stage.show();
        return stage;
    }
}
