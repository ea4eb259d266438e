package nl.kring.cli;

import nl.kring.domain.RightsRequest;
import nl.kring.report.ExportService;
import nl.kring.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

@Command(name = "inzage", description = "Write the client's access copy: all data held and every disclosure; melder, "
        + "relatives, other clients and other persons masked (passages unmasked with 'kring inzage-review' shown).")
public final class InzageCommand extends CaseReportCommand {
    @Option(names = "--request", paramLabel = "ID", description = "The open inzage or afschrift request this copy "
            + "answers: the passages unmasked for it with 'kring inzage-review' are shown as written.")
    Long request;

    @Override
    String what() {
        return "inzage copy";
    }

    /** The masked copy; prints how many passages it withholds (others' data, AVG art. 15(4)) and shows. */
    @Override
    String write(Store store, String caseNumber, Path out) throws IOException {
        Set<String> unmasked = Set.of();
        if (request != null) {
            RightsRequest r = InzageReviewCommand.reviewable(store, request);
            if (!r.caseNumber().equals(caseNumber)) {
                throw new IllegalArgumentException("request " + request + " is about case " + r.caseNumber()
                        + ", not " + caseNumber);
            }
            unmasked = store.unmasks().forRequest(r.id()).keySet();
        }
        ExportService.InzageResult r = ExportService.inzage(store, caseNumber, out, unmasked);
        return what() + " written to " + r.file().toAbsolutePath() + "; " + r.masked()
                + (r.masked() == 1 ? " passage" : " passages") + " masked (melder, relatives, other clients, other persons)"
                + (r.unmasked() == 0 ? "" : "; " + r.unmasked() + (r.unmasked() == 1 ? " passage" : " passages")
                + " shown as written, each with the chair's reason");
    }
}
