package nl.kring.cli;

import nl.kring.report.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "terugmelding", description = "Write the feedback letter to the melder: receipt, discussion, phase and outcome only.")
public final class TerugmeldingCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--case", required = true, paramLabel = "NUMBER", description = "The case number, e.g. 2026-017.")
    String caseNumber;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cli.withStore(vault, store -> {
            try {
                Path written = ExportService.referrerFeedback(store, caseNumber, out);
                spec.commandLine().getOut().println("terugmelding written to " + written.toAbsolutePath());
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            } catch (IOException e) {
                throw new CliException("the terugmelding could not be written to " + out + ": " + e.getMessage());
            }
        });
        return 0;
    }
}
