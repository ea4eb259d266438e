package nl.kring.cli;

import nl.kring.report.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "documents", description = "Write the documents for clients from the vault's settings: "
        + "informatie-clienten.pdf (the information letter), ketenovereenkomst.pdf (the agreement's summary) and, "
        + "for each --case, toestemming-<case>.pdf (the consent-request form).")
public final class DocumentsCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files.")
    Path out;

    @Option(names = "--case", paramLabel = "NUMBER", description = "Also a consent form for this case (repeatable).")
    List<String> cases = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cli.checkOut(out);
        Cli.withStore(vault, store -> {
            try {
                for (Path f : ExportService.documents(store, out, cases.stream().map(String::strip).toList())) {
                    spec.commandLine().getOut().println(f);
                }
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage() + "; no file was written");
            } catch (IOException e) {
                throw new CliException("the documents could not be written to " + out + ": " + e.getMessage()
                        + "; no file was left half-written");
            }
        });
        return 0;
    }
}
