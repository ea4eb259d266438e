package nl.kring.ui.minutes;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kring.domain.Partner;
import nl.kring.report.ExportPreview;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.PdfPreview;

/**
 * Exactly what one partner will receive: the pages of its report as the export renders them, and beside them every
 * replacement made in its texts (original words → what the partner reads), so that a wrong marker is seen before it
 * is sent. The chair's own screen: the originals are shown here and nowhere else.
 */
final class ExportPreviewWindow {
    private ExportPreviewWindow() {
    }

    static Stage show(Window owner, Partner partner, MinutesOutput.Preview preview) {
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
        VBox.setVgrow(replacements, Priority.ALWAYS);
        return PdfPreview.show(owner, I18n.t("preview.window", partner.name()),
                I18n.t("preview.title", partner.name(), preview.pages().size()),
                List.of(new PdfPreview.Section(null, preview.pages())), side);
    }

    /** A document of the meeting that is not a partner's report (the rooster, the verslag), as the export writes it. */
    static Stage showDocument(Window owner, String name, List<byte[]> pages) {
        return PdfPreview.show(owner, I18n.t("preview.window", name), I18n.t("preview.document", name, pages.size()),
                List.of(new PdfPreview.Section(null, pages)), null);
    }
}
