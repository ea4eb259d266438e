package nl.kring.cli;

import java.nio.file.Path;

/** Starts the JavaFX application; kept apart so subcommands never load JavaFX. */
public final class GuiLauncher {
    public record Options(boolean demo, boolean smoke, Path vault) {
    }

    private GuiLauncher() {
    }

    public static int launch(Options options) {
        if (java.awt.GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac") && System.getProperty("glass.platform") == null) {
            throw new CliException("no display found; the GUI needs a screen (subcommands such as 'kring verify' do not)");
        }
        return nl.kring.ui.KringApplication.run(options);
    }
}
