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

    /** Writes the report; IllegalArgumentException for a user mistake (no such case, no melder). */
    abstract Path write(Store store, String caseNumber, Path out) throws IOException;

    @Override
    public Integer call() {
        Cli.withStore(vault, store -> {
            try {
                Path written = write(store, caseNumber, out);
                spec.commandLine().getOut().println(what() + " written to " + written.toAbsolutePath());
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            } catch (IOException e) {
                throw new CliException("the " + what() + " could not be written to " + out + ": " + e.getMessage());
            }
        });
        return 0;
    }
}
