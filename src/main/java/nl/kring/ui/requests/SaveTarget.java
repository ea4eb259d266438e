package nl.kring.ui.requests;

import javafx.scene.Node;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a PDF for the client or the melder goes: the chair chooses a file. Tests replace the chooser (a native
 * dialog cannot be driven headless) with a fixed path.
 */
@FunctionalInterface
public interface SaveTarget {
    /** The file to write, or null when the chair cancels. */
    Path choose(Node owner, String title, String suggestedName);

    /** The platform's save dialog, starting in the home folder, for PDF files. */
    SaveTarget CHOOSER = (owner, title, suggestedName) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File f = chooser.showSaveDialog(owner == null || owner.getScene() == null ? null : owner.getScene().getWindow());
        if (f == null) {
            return null;
        }
        // Some platform dialogs do not add the extension of the chosen filter.
        return f.getName().toLowerCase(Locale.ROOT).endsWith(".pdf") ? f.toPath()
                : f.toPath().resolveSibling(f.getName() + ".pdf");
    };
}
