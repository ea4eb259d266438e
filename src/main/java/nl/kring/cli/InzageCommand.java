package nl.kring.cli;

import nl.kring.report.ExportService;
import nl.kring.store.Store;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Path;

@Command(name = "inzage", description = "Write the client's access copy: all data held and every disclosure; melder, relatives, other clients and other persons masked.")
public final class InzageCommand extends CaseReportCommand {
    @Override
    String what() {
        return "inzage copy";
    }

    /** The masked copy; prints how many passages it withholds (others' data, AVG art. 15(4)). */
    @Override
    String write(Store store, String caseNumber, Path out) throws IOException {
        ExportService.InzageResult r = ExportService.inzage(store, caseNumber, out, java.util.Set.of());
        return what() + " written to " + r.file().toAbsolutePath() + "; " + r.masked()
                + (r.masked() == 1 ? " passage" : " passages") + " masked (melder, relatives, other clients, other persons)";
    }
}
