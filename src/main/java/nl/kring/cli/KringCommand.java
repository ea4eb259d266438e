package nl.kring.cli;

import nl.kring.app.GuiOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The root of the command line. Without a subcommand the GUI starts. */
@Command(name = "kring", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Kring: het vangnetoverleg, versleuteld en per partner gefilterd.",
        subcommands = {
                DemoCommand.class,
                ImportCommand.class,
                VerifyCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                RetentionCommand.class,
                AgendaCommand.class,
                PseudonymizeCommand.class,
                ExportCommand.class,
                InviteCommand.class,
                RegistersCommand.class,
                InzageCommand.class,
                InzageReviewCommand.class,
                TerugmeldingCommand.class,
                DocumentsCommand.class,
        })
public final class KringCommand implements Callable<Integer> {
    private final GuiStarter gui;

    @Option(names = "--demo", description = "Open a fresh demo vault with synthetic cases.")
    boolean demo;

    @Option(names = "--smoke", description = "Start the GUI, print the milliseconds until the first frame, exit.")
    boolean smoke;

    @Option(names = "--vault", paramLabel = "DIR", description = "Open this vault folder (default: the per-user data folder).")
    Path vault;

    KringCommand(GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        if (GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac") && System.getProperty("glass.platform") == null) {
            throw new CliException("no display found; the GUI needs a screen (subcommands such as 'kring verify' do not)");
        }
        return gui.start(new GuiOptions(demo, smoke, vault));
    }
}
