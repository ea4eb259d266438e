package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The archive copies pass veraPDF's PDF/A-2b rules, not just carry the metadata. */
class PdfA2bValidationTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void setUp() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void verslagRoosterPartnerReportInzageAndTerugmeldingAreValidPdfA2b() throws Exception {
        List<Path> files = new ArrayList<>(MeetingReports.export(ReportFixtures.input(), out, ProgressListener.NONE));
        files.add(InzageReport.write(new InzageReport.Input(ReportFixtures.C17, ReportFixtures.PARTNERS,
                List.of(ReportFixtures.MEETING), List.of(), ReportFixtures.CHAIR, null), out.resolve("inzage.pdf"),
                PdfOutput.archive()));
        files.add(ReferrerFeedbackReport.write(new ReferrerFeedbackReport.Input(ReportFixtures.C18,
                ReportFixtures.MEETING_DATE, null, ReportFixtures.CHAIR, null), out.resolve("terugmelding.pdf"),
                PdfOutput.archive()));
        for (Path file : files) {
            assertThat(failures(file)).as(file.getFileName().toString()).isEmpty();
        }
    }

    static List<String> failures(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant");
            }
            return failed;
        }
    }
}
