package nl.kring.ui.common;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * The chair's look at an output before it leaves (issue 11): the pages of a PDF exactly as Kring writes it, rendered
 * on the chair's own screen, nothing written to disk. One window for every output (partner reports with their
 * replacements beside them, the rooster, the verslag, the invitations, the inzage copy, the terugmelding).
 */
public final class PdfPreview {
    private PdfPreview() {
    }

    /** One document in the window: a heading (null: none) and its pages as PNG images. */
    public record Section(String heading, List<byte[]> pages) {
        public Section {
            pages = List.copyOf(pages);
        }
    }

    /** The pages of a PDF as PNG images at screen resolution; off the FX thread (PDFBox rendering is slow). */
    public static List<byte[]> pages(byte[] pdf) {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, 96);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(img, "png", png);
                pages.add(png.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** How many pages the sections hold together. */
    public static int pageCount(List<Section> sections) {
        return sections.stream().mapToInt(s -> s.pages().size()).sum();
    }

    /**
     * Shows the sections' pages in a window of {@code owner} (modal to it), titled {@code windowTitle}, with
     * {@code title} above the pages and, when not null, {@code side} beside them. Esc closes it.
     */
    public static Stage show(Window owner, String windowTitle, String title, List<Section> sections, Node side) {
        VBox pages = new VBox(12);
        pages.setId("preview-pages");
        pages.setPadding(new Insets(12));
        for (Section s : sections) {
            if (s.heading() != null) {
                Label h = new Label(s.heading());
                h.getStyleClass().addAll("section-title", "preview-heading");
                pages.getChildren().add(h);
            }
            for (byte[] png : s.pages()) {
                ImageView page = new ImageView(new Image(new ByteArrayInputStream(png)));
                page.setPreserveRatio(true);
                page.setFitWidth(Forms.em(46));
                page.getStyleClass().add("preview-page");
                pages.getChildren().add(page);
            }
        }
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        Node body = scroll;
        if (side != null) {
            SplitPane split = new SplitPane(scroll, side);
            split.setDividerPositions(0.62);
            body = split;
        }
        Label head = new Label(title);
        head.setId("preview-title");
        head.setWrapText(true);
        head.setPadding(new Insets(8, 12, 0, 12));
        VBox root = new VBox(4, head, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setId("export-preview");

        Stage stage = new Stage();
        Escape.closes(stage);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(windowTitle);
        Scene scene = new Scene(root, Forms.em(side == null ? 52 : 80), Forms.em(50));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        ScreenFit.keepOnScreen(stage);
        stage.show();
        return stage;
    }
}
