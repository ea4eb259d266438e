package nl.kring.cli;

import nl.kring.store.Store;
import nl.kring.vault.OutputPaths;
import nl.kring.vault.VaultException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the command line: plain one-line errors, exit codes, no stack traces for user mistakes. */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    /** The command line without a GUI: every subcommand, and a plain message for {@code kring} alone. */
    public static CommandLine commandLine() {
        return commandLine(GuiStarter.NONE);
    }

    public static CommandLine commandLine(GuiStarter gui) {
        CommandLine cl = new CommandLine(new KringCommand(gui));
        // A path the platform cannot represent (a NUL character, say) is a user mistake: a plain line, no class name.
        cl.registerConverter(Path.class, s -> {
            try {
                return Path.of(s);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException("not a usable path: " + e.getReason());
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof CliException ce) {
                err.println("kring: " + ce.getMessage());
                err.flush();
                return ce.exitCode();
            }
            // A defect, not a user mistake: a short line here, the details in the log (which holds no client data).
            LOG.log(Level.SEVERE, "unexpected failure in " + commandLine.getCommandName(), ex);
            err.println("kring: unexpected error (" + ex.getClass().getSimpleName() + "): "
                    + firstLine(ex.getMessage()));
            err.flush();
            return 70;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kring: " + ex.getMessage());
            err.println("Try 'kring " + ex.getCommandLine().getCommandName() + " --help'.");
            err.flush();
            return 2;
        });
        return cl;
    }

    /** The shared output rule (never inside a vault folder, never over a vault file) as a plain one-line error. */
    static Path checkOut(Path out) {
        OutputPaths.problem(out).ifPresent(p -> {
            throw new CliException(p);
        });
        return out;
    }

    static CliException fail(VaultException e) {
        int code = switch (e.kind()) {
            case WRONG_PASSPHRASE -> 3;
            case IN_USE -> 4;
            case DAMAGED, INTEGRITY -> 5;
            default -> 1;
        };
        return new CliException(e.getMessage(), code);
    }

    /** Opens, runs, and closes the vault cleanly even when the work fails. */
    static void withStore(VaultOptions options, Consumer<Store> work) {
        Store store = options.open();
        try {
            work.accept(store);
        } catch (CliException e) {
            throw e;
        } catch (RuntimeException e) {
            // A failed database call (a full disk, a damaged page): the vault's own words, not a stack trace. Not
            // logged: H2's messages can quote the values of the failed statement.
            VaultException failure = store.session().failure(e);
            store.session().abandon();
            throw fail(failure);
        } finally {
            try {
                store.session().close();
            } catch (VaultException e) {
                throw fail(e);
            }
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
