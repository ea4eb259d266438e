package nl.kring.cli;

import nl.kring.app.GuiOptions;

/**
 * Starts the GUI for {@code kring} without a subcommand. Given by {@code Main}, so that the command line never
 * depends on the UI (and subcommands never load JavaFX).
 */
@FunctionalInterface
public interface GuiStarter {
    int start(GuiOptions options);

    /** For runs without a GUI (tests of the subcommands): says so in one line. */
    GuiStarter NONE = options -> {
        throw new CliException("this build of the command line has no GUI; use a subcommand");
    };
}
