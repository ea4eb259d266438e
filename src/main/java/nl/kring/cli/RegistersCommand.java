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

@Command(name = "registers", description = "Write the disclosures register and the audit log for the privacy officer: "
        + "verstrekkingen.pdf/.csv and auditlog.pdf/.csv, case numbers only.")
public final class RegistersCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cli.withStore(vault, store -> {
            try {
                var files = ExportService.registers(store, out);
                for (Path f : files) {
                    spec.commandLine().getOut().println(f);
                }
            } catch (IOException e) {
                throw new CliException("the registers could not be written to " + out + ": " + e.getMessage()
                        + "; no file was left half-written");
            }
        });
        return 0;
    }
}
