package nl.kring.cli;

import nl.kring.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command that writes one PDF about one case (the inzage copy, the terugmelding). */
abstract class CaseReportCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--case", required = true, paramLabel = "NUMBER", description = "The case number, e.g. 2026-017.")
    String caseNumber;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Spec
    CommandSpec spec;

    /** What is written, in words: "inzage copy". */
    abstract String what();

    /**
     * Writes the report; returns the line to print (where it was written, and what else the user should know).
     * IllegalArgumentException for a user mistake (no such case, no melder).
     */
    abstract String write(Store store, String caseNumber, Path out) throws IOException;

    @Override
    public Integer call() {
        Cli.checkOut(out);
        Cli.withStore(vault, store -> {
            try {
                spec.commandLine().getOut().println(write(store, caseNumber, out));
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            } catch (IOException e) {
                throw new CliException("the " + what() + " could not be written to " + out + ": " + e.getMessage());
            }
        });
        return 0;
    }
}
