package nl.kring.cli;

import nl.kring.report.ExportService;
import nl.kring.store.Store;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Path;

@Command(name = "terugmelding", description = "Write the feedback letter to the melder: receipt, discussion, phase and outcome only.")
public final class TerugmeldingCommand extends CaseReportCommand {
    @Override
    String what() {
        return "terugmelding";
    }

    @Override
    String write(Store store, String caseNumber, Path out) throws IOException {
        return what() + " written to " + ExportService.referrerFeedback(store, caseNumber, out).toAbsolutePath();
    }
}
