package nl.kring;

import nl.kring.app.AppLogging;
import nl.kring.app.StartClock;
import nl.kring.cli.Cli;
import nl.kring.report.ExportLeftovers;
import nl.kring.ui.KringApplication;

/** Entry point of the jar: subcommands run headless; without one, the GUI starts. Not a JavaFX Application on purpose. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartClock.mark();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        AppLogging.configure();
        // The hidden staging files of an export killed halfway (complete PDFs) go at the next start.
        ExportLeftovers.removeAll();
        // A lambda, not a method reference: KringApplication (and JavaFX) load only when the GUI starts.
        int code = Cli.commandLine(options -> KringApplication.run(options)).execute(args);
        if (code != 0 || args.length > 0 && !isGui(args)) {
            System.exit(code);
        }
    }

    private static boolean isGui(String[] args) {
        for (String a : args) {
            if (!a.startsWith("--demo") && !a.startsWith("--smoke") && !a.startsWith("--vault")) {
                return false;
            }
        }
        return true;
    }
}
