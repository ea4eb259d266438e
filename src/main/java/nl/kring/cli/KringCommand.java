package nl.kring.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
                TerugmeldingCommand.class,
        })
public final class KringCommand implements Callable<Integer> {
    @Option(names = "--demo", description = "Open a fresh demo vault with synthetic cases.")
    boolean demo;

    @Option(names = "--smoke", description = "Start the GUI, print the milliseconds until the first frame, exit.")
    boolean smoke;

    @Option(names = "--vault", paramLabel = "DIR", description = "Open this vault folder (default: the per-user data folder).")
    Path vault;

    @Override
    public Integer call() {
        return GuiLauncher.launch(new GuiLauncher.Options(demo, smoke, vault));
    }
}
