package nl.kring.ui.common;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.transform.Scale;
import nl.kring.ui.AppContext;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Printing from the app (issue 14): a node through the system's print dialog (JavaFX {@link PrinterJob}), and a file
 * or folder opened in the system's viewer.
 */
public final class Printing {
    private static final Logger LOG = Logger.getLogger(Printing.class.getName());

    private Printing() {
    }

    /** How a print request ended; the chair is told unless they cancelled it themselves. */
    public enum Outcome {
        PRINTED("print.done", false),
        CANCELLED(null, false),
        NO_PRINTER("print.noPrinter", true),
        FAILED("print.failed", true);

        private final String key;
        private final boolean problem;

        Outcome(String key, boolean problem) {
            this.key = key;
            this.problem = problem;
        }

        /** The Dutch line for the chair; empty when they cancelled the dialog themselves. */
        public Optional<String> message() {
            return key == null ? Optional.empty() : Optional.of(I18n.t(key));
        }

        public boolean problem() {
            return problem;
        }
    }

    /**
     * Shows the system print dialog and prints {@code content} on one page, scaled down to fit when needed. Without a
     * printer nothing is shown and {@link Outcome#NO_PRINTER} comes back, so that the screen can say so instead of
     * doing nothing.
     */
    public static Outcome print(Node owner, Node content) {
        return print(owner, content, PrinterJob::createPrinterJob);
    }

    /** As {@link #print(Node, Node)}, with the job from {@code jobs} (null: this computer has no printer). */
    static Outcome print(Node owner, Node content, Supplier<PrinterJob> jobs) {
        PrinterJob job = jobs.get();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner == null || owner.getScene() == null ? null : owner.getScene().getWindow())) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        // A node that was never in a scene has neither CSS nor size: the printout cut off every line at the right
        // ("GGD Rivierstad, zaa", "09:00–10:1"). Lay it out in a scratch scene first, then scale what is too large.
        if (content.getScene() == null) {
            new Scene(new Group(content));
        }
        content.applyCss();
        // The printer measures glyphs a little wider than the screen: a label laid out exactly to its text lost its
        // last character on paper ("09:00–09:1", a partner code cut). Give every label some room, then lay out.
        widen(content);
        content.applyCss();
        if (content instanceof Parent parent) {
            parent.layout();
        }
        content.autosize();
        double w = content.getBoundsInParent().getWidth();
        double h = content.getBoundsInParent().getHeight();
        double scale = Math.min(1, Math.min(page.getPrintableWidth() / Math.max(1, w), page.getPrintableHeight() / Math.max(1, h)));
        Scale s = new Scale(scale, scale);
        content.getTransforms().add(s);
        boolean ok = job.printPage(page, content);
        content.getTransforms().remove(s);
        if (!ok) {
            job.cancelJob();
            return Outcome.FAILED;
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }

    private static void widen(Node node) {
        if (node instanceof Labeled l) {
            l.setMinWidth(Math.ceil(l.prefWidth(-1) * 1.15) + 4);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(Printing::widen);
        }
    }

    /** Opens the file or folder in the desktop's viewer; when that cannot be done nothing happens (the path is shown). */
    public static void open(AppContext context, Path path) {
        try {
            var host = context == null ? null : context.hostServices();
            if (host != null) {
                host.showDocument(path.toUri().toString());
                return;
            }
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Thread t = new Thread(() -> {
                    try {
                        Desktop.getDesktop().open(path.toFile());
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
