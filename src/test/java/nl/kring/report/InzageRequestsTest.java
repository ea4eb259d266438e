package nl.kring.report;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The access copy holds the client's own requests and how they were answered: that is data about them too. */
class InzageRequestsTest {
    @TempDir
    Path dir;

    @Test
    void theInzageCopyListsTheRequestsWithTheirOutcome() throws Exception {
        LocalDate today = LocalDate.now();
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            Importer.store(store, DemoData.demoData());
            var correction = store.requests().register("2026-001", RequestType.CORRECTIE, today.minusDays(10),
                    Requester.CLIENT, today);
            store.requests().close(correction.id(), RequestStatus.HANDLED, today.minusDays(2),
                    "Geboortedatum verbeterd", today);
            var inzage = store.requests().register("2026-001", RequestType.INZAGE, today.minusDays(1), Requester.CLIENT, today);
            store.requests().extend(inzage.id(), "Gegevens bij vier partners", today);
            store.requests().register("2026-002", RequestType.VERNIETIGING, today, Requester.CLIENT, today); // another client

            Path pdf = ExportService.inzage(store, "2026-001", dir.resolve("inzage.pdf"));
            String text;
            try (var doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(text).contains("8. Uw verzoeken").contains("9. Uw rechten")
                    .contains("Correctie").contains("Afgehandeld op").contains("Geboortedatum verbeterd")
                    .contains("Inzage").contains("In behandeling; termijn verlengd op").contains("Gegevens bij vier partners")
                    .doesNotContain("Vernietiging"); // the other client's request is not theirs
        }
    }
}
