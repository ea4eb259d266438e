package nl.kring.ui.meetings;

import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import nl.kring.ui.Settings;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.report.ExportService;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.KringApplication;
import nl.kring.TestVaults;
import nl.kring.ui.workspace.WorkspaceView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the README's pictures of issue 14 (headless Monocle, demo vault): the meetings screen with
 * "Uitnodigingen maken…", and the first page of one partner's invitation. {@code java ... InviteScreenshotMain OUTDIR}.
 */
public final class InviteScreenshotMain {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("kring.argon2.fast", "true");
        System.setProperty("headless.geometry", "1400x860-32");
        Path out = Files.createDirectories(Path.of(args[0]));
        Path tmp = Files.createTempDirectory("kring-shot");
        Platform.startup(() -> { });
        Store store = TestVaults.create(tmp.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        Settings settings = Settings.load(tmp.resolve("s.properties"));
        Stage stage = fx(() -> {
            Stage s = new Stage();
            AppContext c = KringApplication.buildOn(s, settings, tmp.resolve("vault"), false);
            c.unlocked(store);
            s.setWidth(1400);
            s.setHeight(860);
            s.show();
            ((WorkspaceView) s.getScene().getRoot().lookup("#workspace")).show("meetings");
            return s;
        });
        Thread.sleep(1500);
        fx(() -> {
            @SuppressWarnings("unchecked") var list = (ListView<LocalDate>)
                    stage.getScene().getRoot().lookup("#meeting-list");
            list.getSelectionModel().select(MEETING);
            return null;
        });
        Thread.sleep(2500);
        WritableImage img = fx(() -> stage.getScene().snapshot(null));
        write(img, out.resolve("uitnodigingen.png"));

        Path pack = tmp.resolve("pack");
        ExportService.invite(store, MEETING, pack, true);
        try (var doc = Loader.loadPDF(pack.resolve("woco-dak-uitnodiging.pdf").toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 2), "png",
                    out.resolve("uitnodiging-pdf.png").toFile());
        }
        store.close();
        Platform.exit();
        System.exit(0);
    }

    private static void write(WritableImage img, Path file) throws Exception {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bi.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ImageIO.write(bi, "png", file.toFile());
        System.out.println("wrote " + file + " " + w + "x" + h);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
