package nl.kring.cli;

import nl.kring.report.ExportService;
import nl.kring.store.Store;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Path;

@Command(name = "inzage", description = "Write the client's access copy: all data held and every disclosure, the melder masked.")
public final class InzageCommand extends CaseReportCommand {
    @Override
    String what() {
        return "inzage copy";
    }

    @Override
    Path write(Store store, String caseNumber, Path out) throws IOException {
        return ExportService.inzage(store, caseNumber, out);
    }
}
