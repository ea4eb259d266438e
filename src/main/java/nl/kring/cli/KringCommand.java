package nl.kring.cli;

import picocli.CommandLine.Command;

/** The root of the command line. Without a subcommand the GUI starts (see nl.kring.Main). */
@Command(name = "kring", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Kring: het vangnetoverleg, versleuteld en per partner gefilterd.",
        subcommands = {
            PseudonymizeCommand.class,
        })
public final class KringCommand {
}
