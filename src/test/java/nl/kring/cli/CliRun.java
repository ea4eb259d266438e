package nl.kring.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process: {exit code, stdout, stderr}. */
final class CliRun {
    private CliRun() {
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }
}
