package nl.kring.report;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Disclosure;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.ReferrerFeedback;
import nl.kring.pseudonym.KnownClient;
import nl.kring.pseudonym.Recognizer;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything that leaves the vault goes through here: the meeting reports, the inzage copy and the terugmelding.
 * It loads from the store, pseudonymises with the recognition engine, writes the PDFs and audits each file.
 */
public final class ExportService {
    private ExportService() {
    }

    /** The chair as sender and contact; set in the vault's settings, with a neutral fallback. */
    public static ChairContact chair(Store store) {
        var s = store.settings();
        return new ChairContact(s.get("chair.name").orElse("De voorzitter van het vangnetoverleg"),
                s.get("chair.organisation").orElse(null), s.get("chair.phone").orElse(null), s.get("chair.email").orElse(null));
    }

    /** Recognises every client of the vault (not only the agenda's: minutes may mention others) and leaves professionals alone. */
    public static Recognizer recognizer(List<CaseFile> cases, List<Partner> partners) {
        return Recognizer.builder()
                .clients(KnownClient.of(cases))
                .professionals(partners.stream().flatMap(p -> p.attendees().stream()).map(Attendee::name).toList())
                .build();
    }

    /** Recognises every client of the vault (not only the agenda's: minutes may mention others) and leaves professionals alone. */
    public static Pseudonymiser pseudonymiser(List<CaseFile> cases, List<Partner> partners) {
        return pseudonymiser(cases, partners, List.of());
    }

    /**
     * As {@link #pseudonymiser(List, List)}, then every possible name the chair confirmed as a person (in the minutes
     * editor) is replaced again by its marker, in case the confirmed text is still somewhere in the stored minutes.
     */
    public static Pseudonymiser pseudonymiser(List<CaseFile> cases, List<Partner> partners,
                                              Collection<SuspectDecisionRepository.Decision> decisions) {
        Recognizer recognizer = recognizer(cases, partners);
        List<SuspectDecisionRepository.Decision> confirmed = decisions.stream()
                .filter(d -> d.kind() != SuspectDecisionRepository.Kind.DISMISSED && d.replacement() != null)
                .sorted(java.util.Comparator.comparingInt((SuspectDecisionRepository.Decision d) -> d.text().length()).reversed())
                .toList();
        return (caseNumber, text) -> {
            String out = recognizer.recognize(text).pseudonymized();
            for (SuspectDecisionRepository.Decision d : confirmed) {
                out = MinutesSuspects.replaceWhole(out, d.text(), d.replacement());
            }
            return out;
        };
    }

    /**
     * @param unclassified minutes paragraphs without an audience: they went to the chair's verslag only
     */
    /**
     * Free text for the meeting room (bekijk als, the presentation window): every client mention becomes its marker,
     * except, where the audience may see the client's name, the mentions of the item's own client and relatives;
     * the viewer then limits the markers to the audience's kring ({@link nl.kring.domain.NeedToKnow#markers}).
     */
    public static nl.kring.domain.FreeText freeText(List<CaseFile> cases, List<Partner> partners) {
        Recognizer recognizer = recognizer(cases, partners);
        return new nl.kring.domain.FreeText() {
            @Override
            public String render(String stored, boolean identityVisible) {
                return render(stored, null, identityVisible);
            }

            @Override
            public String render(String stored, String itemCase, boolean identityVisible) {
                var r = recognizer.recognize(stored);
                StringBuilder sb = new StringBuilder(stored.length());
                int at = 0;
                for (var m : r.mentions()) {
                    boolean own = identityVisible && itemCase != null && m.caseNumbers().equals(List.of(itemCase));
                    sb.append(stored, at, m.start()).append(own ? stored.substring(m.start(), m.end()) : m.marker());
                    at = m.end();
                }
                return sb.append(stored, at, stored.length()).toString();
            }
        };
    }

    public record Result(List<Path> files, List<String> warnings, int unclassified) {
    }

    public static Result exportMeeting(Store store, LocalDate date, Path outDir, Map<String, String> passwords,
                                       ProgressListener progress) throws IOException {
        Meeting meeting = store.meetings().find(date)
                .orElseThrow(() -> new IllegalArgumentException("there is no meeting on " + date));
        List<Partner> partners = store.partners().all();
        List<CaseFile> cases = store.cases().all();
        List<String> warnings = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(int done, int total, String fileName) {
                progress.progress(done, total, fileName);
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
                progress.warning(message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        MeetingExportInput input = MeetingExportInput.of(meeting, partners, cases, store.matrix().load(),
                pseudonymiser(cases, partners, store.suspects().forMeeting(date).values()), chair(store)).withPasswords(passwords == null ? Map.of() : passwords);
        List<Path> files = MeetingReports.export(input, outDir, listener);
        Map<String, List<String>> kring = cases.stream().collect(Collectors.toMap(CaseFile::number, CaseFile::kring));
        store.transaction(s -> {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String partnerId = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
                String casesIn = meeting.items().stream().map(i -> i.caseNumber())
                        .filter(c -> kring.getOrDefault(c, List.of()).contains(partnerId)).collect(Collectors.joining(","));
                s.audit().append(AuditLog.Action.EXPORT, date.toString(), name
                        + (casesIn.isEmpty() ? "" : " cases " + casesIn)
                        + (passwords != null && passwords.containsKey(partnerId) ? " (AES-256)" : ""));
            }
        });
        store.session().markWritten();
        return new Result(files, warnings, nl.kring.domain.NeedToKnow.unclassified(meeting));
    }

    /** The client's access copy: all data and every disclosure, the melder masked. */
    public static Path inzage(Store store, String caseNumber, Path file) throws IOException {
        CaseFile c = store.cases().find(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("there is no case " + caseNumber));
        List<Meeting> meetings = new ArrayList<>();
        for (LocalDate d : store.meetings().datesDiscussing(caseNumber)) {
            store.meetings().find(d).ifPresent(meetings::add);
        }
        // The notes the meetings' items do not carry: outside a meeting, or from an item since taken off the agenda.
        java.util.Set<LocalDate> onAgenda = meetings.stream().map(Meeting::date).collect(Collectors.toSet());
        List<Disclosure> outside = store.disclosures().forCase(caseNumber).stream()
                .filter(e -> e.meetingDate() == null || !onAgenda.contains(e.meetingDate()))
                .map(DisclosureRepository.Entry::disclosure).toList();
        Path written = InzageReport.write(new InzageReport.Input(c, store.partners().all(), meetings, outside, chair(store),
                LocalDate.now(), store.requests().forCase(caseNumber)), file, PdfOutput.archive());
        // Content-free: the file name is the chair's choice and may hold the client's name.
        store.audit().append(AuditLog.Action.INZAGE, caseNumber, "inzage copy written");
        store.session().markWritten();
        return written;
    }

    /** The feedback to the referrer: only what the melder may know. */
    public static Path referrerFeedback(Store store, String caseNumber, Path file) throws IOException {
        CaseFile c = store.cases().find(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("there is no case " + caseNumber));
        ReferrerFeedback.refusal(c.referrer()).ifPresent(r -> {
            throw new IllegalArgumentException("case " + caseNumber + switch (r) {
                case NO_MELDER -> " has no melder recorded";
                case ANONYMOUS -> " has an anonymous melder";
                case NO_ADDRESSEE -> " has no melder name or organisation";
            } + ": there is no one to send a terugmelding to");
        });
        Optional<LocalDate> discussed = store.meetings().datesDiscussing(caseNumber).stream().findFirst();
        Path written = ReferrerFeedbackReport.write(new ReferrerFeedbackReport.Input(c, discussed.orElse(null), null,
                chair(store), LocalDate.now()), file, PdfOutput.archive());
        store.audit().append(AuditLog.Action.EXPORT, caseNumber, "terugmelding written");
        store.session().markWritten();
        return written;
    }

}
