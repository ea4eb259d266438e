package nl.kring.report;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Disclosure;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.FreeText;
import nl.kring.domain.Meeting;
import nl.kring.domain.NeedToKnow;
import nl.kring.domain.Partner;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.ReferrerFeedback;
import nl.kring.pseudonym.IdentityKeys;
import nl.kring.pseudonym.Kind;
import nl.kring.pseudonym.KnownClient;
import nl.kring.pseudonym.NameWords;
import nl.kring.pseudonym.Recognizer;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.ContactSettings;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.InvitationLedger;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.store.VaultPolicy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Everything that leaves the vault goes through here: the meeting reports, the inzage copy and the terugmelding.
 * It loads from the store, pseudonymises with the recognition engine, writes the PDFs and audits each file.
 */
public final class ExportService {
    private ExportService() {
    }

    /** The chair as sender and contact, as set in the vault's settings (unset fields stay unknown, never a placeholder). */
    public static ChairContact chair(Store store) {
        return ChairContact.of(ContactSettings.load(store.settings()));
    }

    /**
     * Recognises every client and every melder of the vault (not only the agenda's: minutes may mention others) and
     * leaves professionals alone. A melder is {@code [melder]} by each part of the name and of the organisation (issue
     * 11); a melder who is a professional of the register, or an organisation that is a partner, stays that
     * professional or partner, and the partners' names keep their words (a place) out of a melder's organisation.
     */
    public static Recognizer recognizer(List<CaseFile> cases, List<Partner> partners) {
        return recognizer(cases, partners, List.of());
    }

    /** As {@link #recognizer(List, List)}; the words of these places (the meeting's location) are never the melder. */
    public static Recognizer recognizer(List<CaseFile> cases, List<Partner> partners, List<String> places) {
        return builder(cases, partners, places).build();
    }

    private static Recognizer.Builder builder(List<CaseFile> cases, List<Partner> partners, List<String> places) {
        return Recognizer.builder()
                .clients(KnownClient.of(cases))
                .partnerNames(partners.stream().map(Partner::name).toList())
                .places(places)
                .meldersOf(cases)
                .professionals(partners.stream().flatMap(p -> p.attendees().stream()).map(Attendee::name).toList())
                .professionalAddresses(workAddresses(partners))
                .knownTexts(partners.stream().flatMap(p -> p.attendees().stream()).map(Attendee::function).toList());
    }

    /**
     * As {@link #recognizer(List, List, List)}, also knowing the vault's own settings (the chair's name and function,
     * the complaints contact, the agreement's coordinator): their words are no possible names (issue 11). The one
     * recogniser of the export check, the minutes editor and the preview.
     */
    public static Recognizer recognizer(Store store, List<CaseFile> cases, List<Partner> partners, List<String> places) {
        return builder(cases, partners, places).knownTexts(vaultTexts(store)).build();
    }

    /** The vault's own settings every reader may know: the chair, the complaints contact, the coordinator. */
    static List<String> vaultTexts(Store store) {
        ChairDetails c = ContactSettings.load(store.settings());
        ChainAgreement a = ChainAgreementSettings.load(store.settings());
        List<String> out = new ArrayList<>();
        for (String t : new String[] {c.name(), c.function(), c.complaints(), a.coordinatorName(), a.coordinatorFunction()}) {
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The register's work e-mail addresses, of partners and of their attendees: never a client's (issue 12). */
    static List<String> workAddresses(List<Partner> partners) {
        List<String> out = new ArrayList<>();
        for (Partner p : partners) {
            if (p.email() != null) {
                out.add(p.email());
            }
            for (Attendee a : p.attendees()) {
                if (a.email() != null) {
                    out.add(a.email());
                }
            }
        }
        return out;
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
        return pseudonymiser(cases, partners, decisions, List.of());
    }

    /**
     * The cases a meeting's outputs are made with (issue 17): the agenda's cases whole, and of every other case only
     * what the recogniser, the identity guard and the markers' need-to-know read ({@link
     * nl.kring.store.CaseRepository#identities}), and that only of the cases whose identity keys ({@link IdentityKeys})
     * the outputs' texts ({@link #meetingTexts}) share: they know every client those texts may name, without reading
     * every client of the vault.
     */
    static List<CaseFile> casesFor(Store store, Meeting meeting) {
        List<CaseFile> whole = store.cases().find(meeting.items().stream().map(i -> i.caseNumber()).distinct().toList());
        return store.cases().identities(whole, IdentityKeys.in(meetingTexts(store, meeting, whole)));
    }

    /**
     * Every text that a meeting's outputs (the partner reports, the verslag, the rooster, the mail drafts, the
     * invitations, the check of possible names and the previews) pass through the recogniser, the pseudonymiser or the
     * identity guard, from the records they are made of ({@link OutputTexts}): the meeting with its minutes,
     * decisions and disclosure notes, the agenda's cases, the partners, the chair, the vault's own texts, the legal
     * record and the chair's judgements on possible names.
     */
    static List<String> meetingTexts(Store store, Meeting meeting, List<CaseFile> whole) {
        return OutputTexts.of(meeting, whole, store.partners().all(), chair(store), vaultTexts(store),
                legalRecord(store, meeting), List.copyOf(store.suspects().forMeeting(meeting.date()).values()));
    }

    /** Both sets of keys, sorted and distinct: a case with a key of either may be named. */
    static int[] union(int[] a, int[] b) {
        return IntStream.concat(IntStream.of(a), IntStream.of(b)).sorted().distinct().toArray();
    }

    /** The meeting's places: its location, when it has one (a place every reader of its reports knows). */
    public static List<String> places(Meeting meeting) {
        return meeting == null || meeting.location() == null ? List.of() : List.of(meeting.location());
    }

    /** As {@link #pseudonymiser(List, List, Collection)}; the words of these places are never the melder. */
    public static Pseudonymiser pseudonymiser(List<CaseFile> cases, List<Partner> partners,
                                              Collection<SuspectDecisionRepository.Decision> decisions,
                                              List<String> places) {
        return pseudonymiser(recognizer(cases, partners, places), partners, decisions);
    }

    /** As above, with a recogniser already built for this export (it covers every client of the vault). */
    private static Pseudonymiser pseudonymiser(Recognizer recognizer, List<Partner> partners,
                                               Collection<SuspectDecisionRepository.Decision> decisions) {
        UnaryOperator<String> judged = judgements(partners, decisions);
        return (caseNumber, text) -> judged.apply(recognizer.recognize(text).pseudonymized());
    }

    /**
     * The chair's judgements on possible names (a person, the melder, a relative) applied to a text that is already
     * pseudonymised: the minutes keep the name as typed (issue 13), so every output replaces it here by its marker.
     * Invisible characters are dropped first (a judged "Piet Jansen" typed again with a zero-width space in it is the
     * same name); the longest judged text goes first.
     */
    static UnaryOperator<String> judgements(List<Partner> partners,
                                            Collection<SuspectDecisionRepository.Decision> decisions) {
        List<SuspectDecisionRepository.Decision> confirmed = decisions.stream()
                .filter(d -> d.kind() != SuspectDecisionRepository.Kind.DISMISSED && d.replacement() != null)
                .map(d -> new SuspectDecisionRepository.Decision(NameWords.withoutInvisible(d.text()),
                        d.kind(), d.replacement()))
                .sorted(Comparator.comparingInt((SuspectDecisionRepository.Decision d) -> d.text().length()).reversed())
                .toList();
        List<String> professionals = partners.stream().flatMap(p -> p.attendees().stream()).map(Attendee::name)
                .filter(n -> n != null && !n.isBlank()).toList();
        return text -> {
            if (confirmed.isEmpty() || text == null) {
                return text;
            }
            String out = NameWords.withoutInvisible(text);
            for (SuspectDecisionRepository.Decision d : confirmed) {
                out = replaceOutsideProfessionals(out, d, professionals);
            }
            return out;
        };
    }

    /**
     * The chair's judgement on a text ("Kwakkelstein": a person) applied everywhere, except inside a professional's
     * name written in full that holds it ("P. Kwakkelstein" of the GGZ stays the professional, issue 11).
     */
    private static String replaceOutsideProfessionals(String text, SuspectDecisionRepository.Decision d,
                                                      List<String> professionals) {
        String key = SuspectDecisionRepository.key(d.text());
        List<String> shielded = new ArrayList<>();
        String out = text;
        for (String name : professionals) {
            String n = SuspectDecisionRepository.key(name);
            if (!n.equalsIgnoreCase(key) && !MinutesSuspects.replaceWhole(n, key, "").equals(n)) {
                String token = "\uE000" + (char) ('\uE100' + shielded.size()) + "\uE001";
                String replaced = MinutesSuspects.replaceWhole(out, n, token);
                if (!replaced.equals(out)) {
                    shielded.add(token);
                    shielded.add(n);
                    out = replaced;
                }
            }
        }
        out = MinutesSuspects.replaceWhole(out, d.text(), d.replacement());
        for (int i = 0; i < shielded.size(); i += 2) {
            out = out.replace(shielded.get(i), shielded.get(i + 1));
        }
        return out;
    }

    /**
     * @param unclassified minutes paragraphs without an audience: they went to the chair's verslag only
     */
    /**
     * Free text for the meeting room (bekijk als, the presentation window): every client mention becomes its marker,
     * except, where the audience may see the client's name, the mentions of the item's own client and relatives;
     * the viewer then limits the markers to the audience's kring ({@link nl.kring.domain.NeedToKnow#markers}).
     */
    public static FreeText freeText(List<CaseFile> cases, List<Partner> partners) {
        return freeText(cases, partners, List.of());
    }

    /** What of the item's own client free text in the room keeps as typed: "name and address" (DESIGN, identity). */
    private static final Set<Kind> READABLE_IN_ROOM = EnumSet.of(
            Kind.CLIENT_NAME, Kind.RELATIVE_NAME, Kind.ADDRESS);

    /** As {@link #freeText(List, List)}; the words of these places (the meeting's location) are never the melder. */
    public static FreeText freeText(List<CaseFile> cases, List<Partner> partners, List<String> places) {
        return freeText(cases, partners, places, List.of());
    }

    /**
     * As {@link #freeText(List, List, List)}, with the chair's judgements on the meeting's possible names: the minutes
     * keep a judged name as typed (issue 13), the room shows its marker ({@code [persoon]}), whoever watches.
     */
    public static FreeText freeText(List<CaseFile> cases, List<Partner> partners, List<String> places,
                                    Collection<SuspectDecisionRepository.Decision> decisions) {
        return freeText(recognizer(cases, partners, places), partners, decisions);
    }

    /**
     * What the meeting room renders free text with: the pseudonymiser (the override's reason) and the free text (the
     * chair's view, bekijk als, the presentation), both with the chair's judgements.
     */
    public record RoomText(Pseudonymiser pseudonymiser, FreeText freeText) {
    }

    /**
     * The room's {@link RoomText} from ONE recogniser over every client: the room builds it again at every item it
     * moves to (judgements made meanwhile), and a recogniser costs the most of it.
     */
    public static RoomText roomText(List<CaseFile> cases, List<Partner> partners, List<String> places,
                                    Collection<SuspectDecisionRepository.Decision> decisions) {
        Recognizer recognizer = recognizer(cases, partners, places);
        return new RoomText(pseudonymiser(recognizer, partners, decisions), freeText(recognizer, partners, decisions));
    }

    private static FreeText freeText(Recognizer recognizer, List<Partner> partners,
                                     Collection<SuspectDecisionRepository.Decision> decisions) {
        UnaryOperator<String> judged = judgements(partners, decisions);
        return new FreeText() {
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
                    // the item's own client, relatives and address, as the room may see them; never its melder
                    // (nobody in the room reads who reported), and never an identifier: the BSN is never on the
                    // presentation, and date of birth, phone, e-mail and a partner's file number are the chair's
                    boolean own = identityVisible && itemCase != null && READABLE_IN_ROOM.contains(m.kind())
                            && m.caseNumbers().equals(List.of(itemCase));
                    sb.append(stored, at, m.start()).append(own ? stored.substring(m.start(), m.end()) : m.marker());
                    at = m.end();
                }
                return judged.apply(sb.append(stored, at, stored.length()).toString());
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
        List<CaseFile> cases = casesFor(store, meeting);
        // The one place of the rule: no export while the minutes hold possible names the chair has not judged.
        // one recogniser for the check and the reports, with the meeting's place, as the minutes editor judges
        Recognizer recognizer = recognizer(store, cases, partners, places(meeting));
        List<MinutesSuspects.Open> open = MinutesSuspects.open(meeting, cases, recognizer,
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
        MeetingExportInput input = meetingInput(store, meeting, partners, cases, recognizer)
                .withPasswords(passwords == null ? Map.of() : passwords);
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
        return new Result(files, warnings, NeedToKnow.unclassified(meeting));
    }

    /**
     * Everything the reports of a meeting are made from, for {@link #exportMeeting} and its preview
     * ({@link ExportPreview#load}): the same pseudonymiser (with the chair's judgements), matrix, chair, audit head
     * and legal record, so that a preview is exactly what the export writes.
     */
    static MeetingExportInput meetingInput(Store store, Meeting meeting, List<Partner> partners, List<CaseFile> cases,
                                           Recognizer recognizer) {
        return MeetingExportInput.of(meeting, partners, cases, store.matrix().load(),
                        pseudonymiser(recognizer, partners, store.suspects().forMeeting(meeting.date()).values()),
                        chair(store))
                .withAuditHead(store.session().auditHead())
                .withLegal(legalRecord(store, meeting));
    }

    /**
     * Whether the partner's file was written encrypted: the same decision {@link MeetingReports} takes
     * ({@link PdfOutput#passwordOrArchive}), so the audit says AES-256 only for a file that is.
     */
    static boolean encrypted(Map<String, String> passwords, String partnerId) {
        return passwords != null && PdfOutput.passwordOrArchive(passwords.get(partnerId)) instanceof PdfOutput.Protected;
    }

    /**
     * The keten's evident belang and the evaluations of the cases on the agenda (issue 15): one query per item, not
     * per case of the vault (issue 17).
     */
    static LegalRecord legalRecord(Store store, Meeting meeting) {
        Map<String, List<EvaluationRecord>> evaluations = new HashMap<>();
        for (String number : meeting.items().stream().map(i -> i.caseNumber()).distinct().toList()) {
            List<EvaluationRecord> list = store.evaluations().forCase(number);
            if (!list.isEmpty()) {
                evaluations.put(number, list);
            }
        }
        return new LegalRecord(store.settings().get(EvidentInterest.SETTING).orElse(null), evaluations,
                policeRule(store));
    }

    /** The vault's rule for information from the police (issue 15); {@link nl.kring.domain.PoliceRule#DEFAULT} when never set. */
    public static PoliceRule policeRule(Store store) {
        return PoliceRule.parse(store.settings().get(PoliceRule.SETTING).orElse(null));
    }

    /**
     * The invitation pack of a planned meeting (issue 14): per partner with items a one-page PDF and a calendar file,
     * with {@code mail} also a draft. The meeting's place passes the recogniser and the identity guard like every
     * free text; each file is audited with the case numbers it names.
     */
    public static InvitationPack.Result invite(Store store, LocalDate date, Path outDir, boolean mail) throws IOException {
        Meeting meeting = invitable(store, date);
        InvitationPack.Result result = InvitationPack.write(inviteInput(store, meeting, mail), outDir);
        store.transaction(s -> {
            for (InvitationPack.Invitation inv : result.invitations()) {
                s.audit().append(AuditLog.Action.EXPORT, date.toString(), "invitation " + inv.partner().id()
                        + (mail ? " (pdf, ics, eml)" : " (pdf, ics)") + " cases " + String.join(",", inv.caseNumbers())
                        + (result.issued().sequence() > 0 ? " sequence " + result.issued().sequence() : ""));
            }
            for (InvitationPack.Cancellation c : result.cancellations()) {
                s.audit().append(AuditLog.Action.EXPORT, date.toString(), "invitation cancelled " + c.partnerId()
                        + (mail ? " (ics, eml)" : " (ics)") + " events " + c.events()
                        + " sequence " + result.issued().sequence());
            }
            InvitationLedger.save(s.settings(), date, result.issued());
        });
        return result;
    }

    /** The meeting to invite for: it exists and has items on its agenda. */
    static Meeting invitable(Store store, LocalDate date) {
        Meeting meeting = store.meetings().find(date)
                .orElseThrow(() -> new IllegalArgumentException("there is no meeting on " + date));
        if (meeting.items().isEmpty()) {
            throw new IllegalArgumentException("the meeting of " + date + " has no items on its agenda: nobody to invite");
        }
        return meeting;
    }

    /**
     * Everything the invitation pack of {@code meeting} is made from, for {@link #invite} and its preview
     * ({@link ExportPreview#invitations}): the meeting's place pseudonymised and guarded as every free text.
     */
    static InvitationPack.Input inviteInput(Store store, Meeting meeting, boolean mail) {
        List<Partner> partners = store.partners().all();
        List<CaseFile> cases = casesFor(store, meeting);
        String location = meeting.location() == null ? null : IdentityGuard.of(cases, partners).mask(
                pseudonymiser(cases, partners, store.suspects().forMeeting(meeting.date()).values(), places(meeting))
                        .pseudonymise(null, meeting.location()));
        return new InvitationPack.Input(meeting, location, partners, cases, chair(store), mail, Instant.now(),
                InvitationLedger.load(store.settings(), meeting.date()).orElse(null));
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
        return files;
    }

    /** The client's access copy: all data and every disclosure, others' data masked. */
    public static Path inzage(Store store, String caseNumber, Path file) throws IOException {
        return inzage(store, caseNumber, file, Set.of()).file();
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
        Set<LocalDate> onAgenda = meetings.stream().map(Meeting::date).collect(Collectors.toSet());
        List<Disclosure> outside = store.disclosures().forCase(caseNumber).stream()
                .filter(e -> e.meetingDate() == null || !onAgenda.contains(e.meetingDate()))
                .map(DisclosureRepository.Entry::disclosure).toList();
        int months = VaultPolicy.load(store.settings()).caseMonths();
        InzageReport.Input input = new InzageReport.Input(c, store.partners().all(), meetings, outside, chair(store),
                LocalDate.now(), store.requests().forCase(caseNumber), List.of(), decisions, Set.of(), months,
                store.evaluations().forCase(caseNumber));
        // the other clients to mask: those the copy's texts may name (issue 17), from the input itself, and the client
        return input.withAllCases(store.cases().identities(List.of(),
                union(IdentityKeys.in(OutputTexts.of(input)), IdentityKeys.of(c))));
    }

    /**
     * Writes the client's copy with others' data masked, except the passages in {@code unmasked} (ids from
     * {@link InzageReport#preview}), and audits it without content: how many passages were masked and unmasked.
     */
    public static InzageResult inzage(Store store, String caseNumber, Path file, Set<String> unmasked)
            throws IOException {
        InzageReport.Rendered rendered = inzageRendered(store, caseNumber, unmasked);
        Path written = SingleFile.write(file, rendered.pdf());
        int shown = (int) rendered.passages().stream().filter(InzageMasking.Passage::unmasked).count();
        // Content-free: the file name is the chair's choice and may hold the client's name.
        store.audit().append(AuditLog.Action.INZAGE, caseNumber, "inzage copy written; " + rendered.masked()
                + " passages masked" + (shown == 0 ? "" : ", " + shown + " unmasked by the chair"));
        return new InzageResult(written, rendered.masked(), shown);
    }

    /** The client's copy as {@link #inzage(Store, String, Path, java.util.Set)} writes it, for it and its preview. */
    static InzageReport.Rendered inzageRendered(Store store, String caseNumber, Set<String> unmasked) {
        return InzageReport.render(inzageInput(store, caseNumber).withUnmasked(unmasked), PdfOutput.archive());
    }

    /** The feedback to the referrer: only what the melder may know. */
    public static Path referrerFeedback(Store store, String caseNumber, Path file) throws IOException {
        Path written = ReferrerFeedbackReport.write(referrerFeedbackInput(store, caseNumber), file, PdfOutput.archive());
        store.audit().append(AuditLog.Action.EXPORT, caseNumber, "terugmelding written");
        return written;
    }

    /**
     * Everything the terugmelding of a case is made from, for {@link #referrerFeedback} and its preview
     * ({@link ExportPreview#terugmelding}); refused when there is no one to send it to.
     */
    static ReferrerFeedbackReport.Input referrerFeedbackInput(Store store, String caseNumber) {
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
        return new ReferrerFeedbackReport.Input(c, discussed.orElse(null), null, chair(store), LocalDate.now());
    }


    // ---- documents for clients (issue 15): the information letter, the consent form, the ketenovereenkomst ----

    /** The vault's settings as the client documents use them, issued today. */
    public static ClientDocuments.Keten keten(Store store) {
        VaultPolicy policy = VaultPolicy.load(store.settings());
        ChainAgreement a = ChainAgreementSettings.load(store.settings());
        // The settings' texts are the chair's free text and go to any client: should one name a client, a melder or a
        // client's address or number, it is masked, and without a case number (these documents belong to no case).
        String evident = store.settings().get(EvidentInterest.SETTING).orElse(null);
        // only the clients these texts may name (issue 17)
        IdentityGuard guard = IdentityGuard.of(store.cases().identities(List.of(), IdentityKeys.in(OutputTexts.of(a, evident))));
        UnaryOperator<String> scrub = t -> t == null ? null
                : guard.mask(t).replaceAll("\\[[^\\[\\]\\n]*\\d{4}-\\d{3,4}\\]", "[weggelaten]");
        ChainAgreement masked = new ChainAgreement(scrub.apply(a.purpose()),
                scrub.apply(a.storage()), scrub.apply(a.rights()), scrub.apply(a.reporting()),
                scrub.apply(a.coordinatorName()), scrub.apply(a.coordinatorFunction()), scrub.apply(a.coordinatorContact()),
                a.signedOn(), a.signedBy());
        return new ClientDocuments.Keten(masked, store.partners().all(), chair(store),
                scrub.apply(evident),
                policy.caseMonths(), policy.evaluationWeeks(), LocalDate.now());
    }

    /** Informatie voor cliënten over het vangnetoverleg: general, no client in it; the output is audited. */
    public static Path clientInformation(Store store, Path file) throws IOException {
        return clientInformation(store, null, file);
    }

    /**
     * As {@link #clientInformation(Store, Path)}, written for the client of {@code caseNumber} (null: none), whose
     * number is then the audit entry's subject; the letter itself names no client.
     */
    public static Path clientInformation(Store store, String caseNumber, Path file) throws IOException {
        LetterTexts.requireClean(store); // the unknown-name check of the settings texts (issue 15)
        Path written = ClientDocuments.writeInformation(keten(store), file);
        store.audit().append(AuditLog.Action.EXPORT, caseNumber, "client information letter written");
        return written;
    }

    /** The summary of the ketenovereenkomst, for a client who asks; no client in it; audited. */
    public static Path chainAgreement(Store store, Path file) throws IOException {
        LetterTexts.requireClean(store); // the unknown-name check of the settings texts (issue 15)
        Path written = ClientDocuments.writeAgreement(keten(store), file);
        store.audit().append(AuditLog.Action.EXPORT, null, "ketenovereenkomst summary written");
        return written;
    }

    /**
     * Everything the consent form of one case is made of: the case, its kring, the matrix, and the date the rule for
     * who decides is applied on (the next meeting discussing the case, else today).
     */
    public static ClientDocuments.ConsentInput consentInput(Store store, String caseNumber) {
        CaseFile c = store.cases().find(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("there is no case " + caseNumber));
        ClientDocuments.Keten k = keten(store);
        LocalDate ruleDate = store.meetings().datesDiscussing(caseNumber).stream()
                .filter(d -> !d.isBefore(k.issuedOn())).min(LocalDate::compareTo).orElse(k.issuedOn());
        return new ClientDocuments.ConsentInput(k, c, store.matrix().load(), ruleDate);
    }

    /** The consent-request form of one case; audited with the case number only (the file name may hold a name). */
    public static Path consentForm(Store store, String caseNumber, Path file) throws IOException {
        LetterTexts.requireClean(store); // the unknown-name check of the settings texts (issue 15)
        Path written = ClientDocuments.writeConsentForm(consentInput(store, caseNumber), file);
        store.audit().append(AuditLog.Action.EXPORT, caseNumber, "consent request form written");
        return written;
    }

    /**
     * {@code kring documents}: the information letter and the ketenovereenkomst summary, and a consent form for each of
     * {@code caseNumbers}, written together into {@code outDir} (all or none: an unknown case writes nothing). Each
     * file is audited; a consent form with its case number only.
     */
    public static List<Path> documents(Store store, Path outDir, List<String> caseNumbers) throws IOException {
        LetterTexts.requireClean(store); // the unknown-name check of the settings texts (issue 15)
        ClientDocuments.Keten k = keten(store);
        List<ClientDocuments.ConsentInput> forms = new ArrayList<>();
        for (String n : caseNumbers) {
            if (forms.stream().noneMatch(f -> f.caseFile().number().equals(n))) {
                forms.add(consentInput(store, n));
            }
        }
        List<Path> written;
        try (StagedFiles files = new StagedFiles(outDir)) {
            files.stage(ClientDocuments.INFORMATION_FILE, ClientDocuments.information(k, PdfOutput.archive()));
            files.stage(ClientDocuments.AGREEMENT_FILE, ClientDocuments.agreement(k, PdfOutput.archive()));
            for (ClientDocuments.ConsentInput f : forms) {
                files.stage(ClientDocuments.consentFileName(f.caseFile().number()),
                        ClientDocuments.consentForm(f, PdfOutput.archive()));
            }
            written = files.commit();
        }
        store.transaction(s -> {
            s.audit().append(AuditLog.Action.EXPORT, null, "client information letter written");
            s.audit().append(AuditLog.Action.EXPORT, null, "ketenovereenkomst summary written");
            for (ClientDocuments.ConsentInput f : forms) {
                s.audit().append(AuditLog.Action.EXPORT, f.caseFile().number(), "consent request form written");
            }
        });
        return written;
    }
}
