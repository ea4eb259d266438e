package nl.kring.report;

import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The drafts beside the partner reports of {@code kring export --mail}: each attaches the very bytes of its report. */
final class MailDrafts {
    private MailDrafts() {
    }

    /**
     * @param written the files the export wrote; partner reports are those other than verslag.pdf and rooster.pdf
     * @param protectedIds partners whose report has a password (the draft says it comes by phone)
     */
    static List<Path> forReports(Meeting meeting, List<Partner> partners, ChairContact chair, List<Path> written,
                                 Collection<String> protectedIds, Path outDir, ProgressListener listener)
            throws IOException {
        Map<String, Partner> byId = partners.stream().collect(Collectors.toMap(Partner::id, Function.identity()));
        Instant now = Instant.now();
        List<Path> drafts = new ArrayList<>();
        try (StagedFiles files = new StagedFiles(outDir)) {
            for (Path f : written) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".pdf") || name.equals(MeetingReports.MINUTES_FILE)
                        || name.equals(MeetingReports.SCHEDULE_FILE)) {
                    continue;
                }
                Partner p = byId.get(name.substring(0, name.length() - 4));
                if (p == null) {
                    continue;
                }
                if (p.email() == null) {
                    listener.warning("Geen e-mailadres voor " + p.id() + ": het concept heeft nog geen geadresseerde.");
                }
                files.stage(MailDraft.fileName(p.id()), MailDraft.report(meeting, chair, p,
                        new MailDraft.Attachment(name, "application/pdf", Files.readAllBytes(f)),
                        protectedIds.contains(p.id()), now));
            }
            drafts.addAll(files.commit());
        }
        return drafts;
    }
}
