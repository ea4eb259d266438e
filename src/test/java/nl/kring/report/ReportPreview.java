package nl.kring.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the fixture meeting's reports to target/report-preview for looking at (not a test). */
public final class ReportPreview {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/report-preview");
        MeetingReports.export(LongMinutesTest.input(new ArrayList<>()), out.resolve("long"), ProgressListener.NONE);
        for (Path p : MeetingReports.export(ReportFixtures.input(), out, (d, t, f) -> System.out.println(d + "/" + t + " " + f))) {
            System.out.println(p);
        }
        System.out.println(InzageReport.write(new InzageReport.Input(ReportFixtures.C17, ReportFixtures.PARTNERS,
                List.of(ReportFixtures.MEETING), List.of(), ReportFixtures.CHAIR, null),
                out.resolve("inzage-2026-017.pdf"), PdfOutput.archive()));
        System.out.println(ReferrerFeedbackReport.write(new ReferrerFeedbackReport.Input(ReportFixtures.C17,
                ReportFixtures.MEETING_DATE, null, ReportFixtures.CHAIR, null), out.resolve("terugmelding-2026-017.pdf"),
                PdfOutput.archive()));
    }
}
