package nl.kring.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import nl.kring.domain.Partner;

/**
 * The reports of one meeting (docs/product.md capability 10, {@code kring export}): one {@code <partner-id>.pdf} per
 * recipient partner, {@code verslag.pdf} (the chair's minutes, PDF/A-2b) and {@code rooster.pdf} (the schedule,
 * PDF/A-2b). All files are rendered in memory and written together: either every file is in place or none of this
 * export's files is (see {@link StagedFiles}).
 */
public final class MeetingReports {
    public static final String MINUTES_FILE = "verslag.pdf";
    public static final String SCHEDULE_FILE = "rooster.pdf";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Set<String> RESERVED = Set.of("verslag", "rooster");

    private MeetingReports() {
    }

    /**
     * Writes the reports into {@code outDir} (created if needed; existing files of the same name are replaced).
     *
     * @return the written files: partner reports in register order, then verslag.pdf, rooster.pdf
     * @throws IllegalArgumentException when the input is inconsistent (unknown case or partner, unsafe partner id)
     * @throws CancellationException    when the listener cancelled; nothing is left behind
     */
    public static List<Path> export(MeetingExportInput input, Path outDir, ProgressListener progress)
            throws IOException {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        ExportContext ctx = new ExportContext(input);

        record Job(String file, Supplier<byte[]> render) {
        }
        List<Job> jobs = new ArrayList<>();
        for (Partner p : ctx.recipients()) {
            if (!SAFE_ID.matcher(p.id()).matches() || RESERVED.contains(p.id())) {
                throw new IllegalArgumentException("partner id not usable as a file name: " + p.id());
            }
            if (!p.hasValidAgreement(input.meeting().date())) {
                listener.warning("Geen verslag voor " + p.id() + ": geen geldige ketenovereenkomst op "
                        + input.meeting().date() + ".");
                continue;
            }
            PdfOutput out = PdfOutput.passwordOrArchive(input.passwords().get(p.id()));
            jobs.add(new Job(p.id() + ".pdf", () -> PartnerReport.render(ctx, p, out)));
        }
        jobs.add(new Job(MINUTES_FILE, () -> MinutesReport.render(ctx, PdfOutput.archive())));
        jobs.add(new Job(SCHEDULE_FILE, () -> ScheduleReport.render(ctx, PdfOutput.archive())));

        try (StagedFiles files = new StagedFiles(outDir)) {
            int done = 0;
            for (Job job : jobs) {
                if (listener.isCancelled()) {
                    throw new CancellationException("export cancelled");
                }
                files.stage(job.file(), job.render().get());
                listener.progress(++done, jobs.size(), job.file());
            }
            if (listener.isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            List<Path> written = files.commit();
            if (ctx.guardHits() > 0) {
                listener.warning(ctx.guardHits() + " vermelding(en) van identiteitsgegevens die de pseudonimisering "
                        + "niet had vervangen, zijn in de export afgeschermd. Controleer het verslag in Kring.");
            }
            return written;
        }
    }
}
