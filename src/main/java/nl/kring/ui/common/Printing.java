package nl.kring.ui.common;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import nl.kring.ui.AppContext;

import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Printing from the app (issue 14): a node through the system's print dialog (JavaFX {@link PrinterJob}), and a file
 * or folder opened in the system's viewer.
 */
public final class Printing {
    private static final Logger LOG = Logger.getLogger(Printing.class.getName());

    private Printing() {
    }

    /**
     * Shows the system print dialog and prints {@code content} on one page, scaled down to fit when needed.
     *
     * @return false when there is no printer or the chair cancelled
     */
    public static boolean print(Node owner, Node content) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner == null || owner.getScene() == null ? null : owner.getScene().getWindow())) {
            job.cancelJob();
            return false;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        content.applyCss();
        double w = content.getBoundsInParent().getWidth();
        double h = content.getBoundsInParent().getHeight();
        double scale = Math.min(1, Math.min(page.getPrintableWidth() / Math.max(1, w), page.getPrintableHeight() / Math.max(1, h)));
        Scale s = new Scale(scale, scale);
        content.getTransforms().add(s);
        boolean ok = job.printPage(page, content);
        content.getTransforms().remove(s);
        return ok && job.endJob();
    }

    /** Opens the file or folder in the desktop's viewer; when that cannot be done nothing happens (the path is shown). */
    public static void open(AppContext context, Path path) {
        try {
            var host = context == null ? null : context.hostServices();
            if (host != null) {
                host.showDocument(path.toUri().toString());
                return;
            }
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                Thread t = new Thread(() -> {
                    try {
                        java.awt.Desktop.getDesktop().open(path.toFile());
                    } catch (Exception e) {
                        LOG.info("the viewer could not be opened");
                    }
                }, "kring-open");
                t.setDaemon(true);
                t.start();
            }
        } catch (RuntimeException | Error e) {
            LOG.info("the viewer could not be opened");
        }
    }
}
