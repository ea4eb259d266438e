package nl.kring.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.DirectoryChooser;
import nl.kring.service.OutputService;

import java.io.File;
import java.nio.file.Path;

/**
 * "Registers exporteren…" (issue 14): the disclosures register and the audit log as PDF and CSV, case numbers only,
 * for the privacy officer. Used on the disclosures register and on the audit log screen.
 */
public final class RegisterExportButton extends Button {
    private final ScreenTasks tasks;

    public RegisterExportButton(TaskExecutor executor, OutputService outputs, Label result) {
        super(I18n.t("registers.export"));
        this.tasks = new ScreenTasks(executor);
        setId("registers-export");
        setMinWidth(USE_PREF_SIZE); // its label whole at any font size (issue 13)
        setTooltip(new Tooltip(I18n.t("registers.exportHint")));
        disableProperty().bind(tasks.busyProperty());
        setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.t("registers.choose"));
            File home = new File(System.getProperty("user.home"));
            if (home.isDirectory()) {
                chooser.setInitialDirectory(home);
            }
            File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (dir != null) {
                export(outputs, dir.toPath(), result);
            }
        });
    }

    /** Writes the four files into {@code dir} in the background and says so in {@code result}. */
    public void export(OutputService outputs, Path dir, Label result) {
        tasks.run(p -> outputs.registers(dir), files -> {
            result.setText(I18n.t("registers.done", files.size(), dir.toAbsolutePath().toString()));
            Printing.open(null, dir);
        }, err -> result.setText(Failures.describe(err)));
    }
}
