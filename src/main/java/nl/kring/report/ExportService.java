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

    /** The chair as sender and contact, as set in the vault's settings (unset fields stay unknown, never a placeholder). */
    public static ChairContact chair(Store store) {
        return ChairContact.of(nl.kring.store.ContactSettings.load(store.settings()));
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

    /**
     * The minutes of the meeting still hold possible names the chair has neither dismissed nor confirmed: nothing was
     * exported. {@link #open()} names them (their texts may be names: callers show counts and case numbers).
     */
    public static final class OpenPossibleNames extends RuntimeException {
        private final transient List<MinutesSuspects.Open> open;

        public OpenPossibleNames(LocalDate date, List<MinutesSuspects.Open> open) {
            super(open.size() + " possible name(s) in the minutes of " + date + " not yet reviewed");
            this.open = List.copyOf(open);
        }

        public List<MinutesSuspects.Open> open() {
            return open;
        }
    }

    public static Result exportMeeting(Store store, LocalDate date, Path outDir, Map<String, String> passwords,
                                       ProgressListener progress) throws IOException {
        return exportMeeting(store, date, outDir, passwords, progress, false);
    }

    /** As above; with {@code mail} also a {@code <partner-id>.eml} draft beside each partner report (issue 14). */
    public static Result exportMeeting(Store store, LocalDate date, Path outDir, Map<String, String> passwords,
                                       ProgressListener progress, boolean mail) throws IOException {
        Meeting meeting = store.meetings().find(date)
                .orElseThrow(() -> new IllegalArgumentException("there is no meeting on " + date));
        List<Partner> partners = store.partners().all();
        List<CaseFile> cases = store.cases().all();
        // The one place of the rule: no export while the minutes hold possible names the chair has not judged.
        List<MinutesSuspects.Open> open = MinutesSuspects.open(meeting, cases, recognizer(cases, partners),
                store.suspects().forMeeting(date).keySet());
        if (!open.isEmpty()) {
            throw new OpenPossibleNames(date, open);
        }
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
                pseudonymiser(cases, partners, store.suspects().forMeeting(date).values()), chair(store)).withPasswords(passwords == null ? Map.of() : passwords)
                .withAuditHead(store.session().auditHead())
                .withLegal(legalRecord(store, cases));
        List<Path> files = new ArrayList<>(MeetingReports.export(input, outDir, listener));
        if (mail) {
            files.addAll(MailDrafts.forReports(meeting, partners, chair(store), files, input.passwords().keySet(),
                    outDir, listener));
        }
        Map<String, List<String>> kring = cases.stream().collect(Collectors.toMap(CaseFile::number, CaseFile::kring));
        store.transaction(s -> {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String partnerId = name.endsWith(".pdf") ? name.substring(0, name.length() - 4)
                        : name.endsWith(".eml") ? name.substring(0, name.length() - 4) : name;
                String casesIn = meeting.items().stream().map(i -> i.caseNumber())
                        .filter(c -> kring.getOrDefault(c, List.of()).contains(partnerId)).collect(Collectors.joining(","));
                s.audit().append(AuditLog.Action.EXPORT, date.toString(), name
                        + (casesIn.isEmpty() ? "" : " cases " + casesIn)
                        + (name.endsWith(".pdf") && encrypted(passwords, partnerId) ? " (AES-256)" : ""));
            }
        });
        store.session().markWritten();
        return new Result(files, warnings, nl.kring.domain.NeedToKnow.unclassified(meeting));
    }

    /**
     * Whether the partner's file was written encrypted: the same decision {@link MeetingReports} takes
     * ({@link PdfOutput#passwordOrArchive}), so the audit says AES-256 only for a file that is.
     */
    static boolean encrypted(Map<String, String> passwords, String partnerId) {
        return passwords != null && PdfOutput.passwordOrArchive(passwords.get(partnerId)) instanceof PdfOutput.Protected;
    }

    /** The keten's evident belang and the evaluations of the cases on the agenda (issue 15). */
    static LegalRecord legalRecord(Store store, List<CaseFile> cases) {
        Map<String, List<nl.kring.domain.EvaluationRecord>> evaluations = new java.util.HashMap<>();
        for (CaseFile c : cases) {
            List<nl.kring.domain.EvaluationRecord> list = store.evaluations().forCase(c.number());
            if (!list.isEmpty()) {
                evaluations.put(c.number(), list);
            }
        }
        return new LegalRecord(store.settings().get(nl.kring.domain.EvidentInterest.SETTING).orElse(null), evaluations);
    }

    /**
     * The invitation pack of a planned meeting (issue 14): per partner with items a one-page PDF and a calendar file,
     * with {@code mail} also a draft. The meeting's place passes the recogniser and the identity guard like every
     * free text; each file is audited with the case numbers it names.
     */
    public static InvitationPack.Result invite(Store store, LocalDate date, Path outDir, boolean mail) throws IOException {
        Meeting meeting = store.meetings().find(date)
                .orElseThrow(() -> new IllegalArgumentException("there is no meeting on " + date));
        if (meeting.items().isEmpty()) {
            throw new IllegalArgumentException("the meeting of " + date + " has no items on its agenda: nobody to invite");
        }
        List<Partner> partners = store.partners().all();
        List<CaseFile> cases = store.cases().all();
        String location = meeting.location() == null ? null : IdentityGuard.of(cases).mask(
                pseudonymiser(cases, partners, store.suspects().forMeeting(date).values()).pseudonymise(null, meeting.location()));
        InvitationPack.Result result = InvitationPack.write(new InvitationPack.Input(meeting, location, partners, cases,
                chair(store), mail, java.time.Instant.now()), outDir);
        store.transaction(s -> {
            for (InvitationPack.Invitation inv : result.invitations()) {
                s.audit().append(AuditLog.Action.EXPORT, date.toString(), "invitation " + inv.partner().id()
                        + (mail ? " (pdf, ics, eml)" : " (pdf, ics)") + " cases " + String.join(",", inv.caseNumbers()));
            }
        });
        store.session().markWritten();
        return result;
    }

    /**
     * The disclosures register and the audit log as PDF and CSV for the privacy officer (issue 14), case numbers
     * only; the export itself is audited.
     */
    public static List<Path> registers(Store store, Path outDir) throws IOException {
        List<Partner> partners = store.partners().all();
        List<CaseFile> cases = store.cases().all();
        List<Path> files = RegisterExport.write(store.disclosures().all(), store.audit().entries(), partners, cases,
                pseudonymiser(cases, partners), chair(store), LocalDate.now(), outDir);
        store.audit().append(AuditLog.Action.EXPORT, null, "registers: disclosures and audit log (pdf, csv)");
        store.session().markWritten();
        return files;
    }

    /** The client's access copy: all data and every disclosure, others' data masked. */
    public static Path inzage(Store store, String caseNumber, Path file) throws IOException {
        return inzage(store, caseNumber, file, java.util.Set.of()).file();
    }

    /** The written copy: where, how many passages it withholds, how many the chair left unmasked. */
    public record InzageResult(Path file, int masked, int unmasked) {
    }

    /**
     * Everything the client's copy is made from: the case, the meetings that discussed it, the disclosures outside
     * them, every case of the vault (other clients are masked), the chair's judgements on possible names in those
     * meetings and the vault's retention period.
     */
    public static InzageReport.Input inzageInput(Store store, String caseNumber) {
        CaseFile c = store.cases().find(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("there is no case " + caseNumber));
        List<Meeting> meetings = new ArrayList<>();
        List<SuspectDecisionRepository.Decision> decisions = new ArrayList<>();
        for (LocalDate d : store.meetings().datesDiscussing(caseNumber)) {
            store.meetings().find(d).ifPresent(meetings::add);
            decisions.addAll(store.suspects().forMeeting(d).values());
        }
        // The notes the meetings' items do not carry: outside a meeting, or from an item since taken off the agenda.
        java.util.Set<LocalDate> onAgenda = meetings.stream().map(Meeting::date).collect(Collectors.toSet());
        List<Disclosure> outside = store.disclosures().forCase(caseNumber).stream()
                .filter(e -> e.meetingDate() == null || !onAgenda.contains(e.meetingDate()))
                .map(DisclosureRepository.Entry::disclosure).toList();
        int months = nl.kring.store.VaultPolicy.load(store.settings()).caseMonths();
        return new InzageReport.Input(c, store.partners().all(), meetings, outside, chair(store), LocalDate.now(),
                store.requests().forCase(caseNumber), store.cases().all(), decisions, java.util.Set.of(), months,
                store.evaluations().forCase(caseNumber));
    }

    /**
     * Writes the client's copy with others' data masked, except the passages in {@code unmasked} (ids from
     * {@link InzageReport#preview}), and audits it without content: how many passages were masked and unmasked.
     */
    public static InzageResult inzage(Store store, String caseNumber, Path file, java.util.Set<String> unmasked)
            throws IOException {
        InzageReport.Input input = inzageInput(store, caseNumber).withUnmasked(unmasked);
        InzageReport.Rendered rendered = InzageReport.render(input, PdfOutput.archive());
        Path written = SingleFile.write(file, rendered.pdf());
        int shown = (int) rendered.passages().stream().filter(InzageMasking.Passage::unmasked).count();
        // Content-free: the file name is the chair's choice and may hold the client's name.
        store.audit().append(AuditLog.Action.INZAGE, caseNumber, "inzage copy written; " + rendered.masked()
                + " passages masked" + (shown == 0 ? "" : ", " + shown + " unmasked by the chair"));
        store.session().markWritten();
        return new InzageResult(written, rendered.masked(), shown);
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
