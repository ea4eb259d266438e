package nl.kring.report;

import java.nio.file.Path;

/** Writes the fixture meeting's reports to target/report-preview for looking at (not a test). */
public final class ReportPreview {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/report-preview");
        for (Path p : MeetingReports.export(ReportFixtures.input(), out, (d, t, f) -> System.out.println(d + "/" + t + " " + f))) {
            System.out.println(p);
        }
    }
}
