package nl.kring.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.NeedToKnow;
import nl.kring.domain.Partner;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.Recognizer;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

/**
 * What each partner will receive, before anything leaves (issue 11, "a preview before anything leaves"): the partner's
 * report rendered exactly as {@link MeetingReports#export} renders it (same code, same input; only never encrypted,
 * since the chair looks at it on the own screen), and every replacement made in the texts that partner receives, so
 * that a wrong {@code [melder]} or {@code [persoon]} is seen before it is sent. Every other output has its preview
 * here too, rendered by the code that writes it from the input {@link ExportService} builds for it: the rooster, the
 * verslag, the invitations, the inzage copy and the terugmelding. Nothing is written to disk.
 */
public final class ExportPreview {
    private ExportPreview() {
    }

    /**
     * One replacement as the partner reads it.
     *
     * @param where       the case (empty: the meeting's location) and what text it is in
     * @param original    the words in the vault (the chair's own screen only)
     * @param replacement what the partner reads instead
     */
    public record Replacement(String where, String original, String replacement) {
    }

    /** Everything the preview of one meeting needs, loaded once. */
    public record Loaded(MeetingExportInput input, Recognizer recognizer,
                         Map<String, SuspectDecisionRepository.Decision> decisions) {
        /** The partners that get a report, in register order (as the export decides). */
        public List<Partner> recipients() {
            return new ExportContext(input).recipients();
        }
    }

    public static Loaded load(Store store, LocalDate date) {
        Meeting meeting = store.meetings().find(date)
                .orElseThrow(() -> new IllegalArgumentException("there is no meeting on " + date));
        List<Partner> partners = store.partners().all();
        List<CaseFile> cases = ExportService.casesFor(store, meeting);
        Map<String, SuspectDecisionRepository.Decision> decisions = store.suspects().forMeeting(date);
        Recognizer recognizer = ExportService.recognizer(store, cases, partners, ExportService.places(meeting));
        return new Loaded(ExportService.meetingInput(store, meeting, partners, cases, recognizer), recognizer, decisions);
    }

    /** The partner's report, exactly as the export renders it (never encrypted). */
    public static byte[] report(Loaded l, String partnerId) {
        ExportContext ctx = new ExportContext(l.input());
        Partner p = ctx.partners.get(partnerId);
        if (p == null) {
            throw new IllegalArgumentException("unknown partner " + partnerId);
        }
        return PartnerReport.render(ctx, p, PdfOutput.archive());
    }

    /**
     * Every replacement in the free texts of the items whose kring includes the partner, and in the location, as that
     * partner reads it: the recogniser's marker limited to the partner's kring ({@link NeedToKnow#markers}), and the
     * chair's confirmed possible names.
     */
    public static List<Replacement> replacements(Loaded l, String partnerId) {
        ExportContext ctx = new ExportContext(l.input());
        Partner p = ctx.partners.get(partnerId);
        if (p == null) {
            throw new IllegalArgumentException("unknown partner " + partnerId);
        }
        Predicate<String> knows = ctx.knows(p);
        Meeting m = l.input().meeting();
        List<AgendaItem> mine = m.items().stream().filter(i -> ctx.cases.get(i.caseNumber()).kring().contains(partnerId))
                .toList();
        Meeting own = new Meeting(m.date(), m.location(), m.start(), m.present(), mine);
        List<Replacement> out = new ArrayList<>();
        for (MinutesSuspects.Source s : MinutesSuspects.outgoing(own, ctx.cases.values())) {
            String item = s.caseNumber().isEmpty() ? null : s.caseNumber();
            String where = (item == null ? "" : item + " · ") + s.where();
            for (Mention mention : l.recognizer().recognize(s.text()).mentions()) {
                out.add(new Replacement(where, s.text().substring(mention.start(), mention.end()),
                        NeedToKnow.markers(mention.marker(), item, knows)));
            }
            for (SuspectDecisionRepository.Decision d : l.decisions().values()) {
                if (d.kind() != SuspectDecisionRepository.Kind.DISMISSED && d.replacement() != null
                        && !MinutesSuspects.replaceWhole(s.text(), d.text(), "\u0000").equals(s.text())) {
                    out.add(new Replacement(where, d.text(), NeedToKnow.markers(d.replacement(), item, knows)));
                }
            }
        }
        return out;
    }

    // ---- every other output, rendered by the code that writes it from the same input (issue 11) ----

    /** The rooster ({@code rooster.pdf}) of the loaded meeting, exactly as the export renders it. */
    public static byte[] schedule(Loaded l) {
        return ScheduleReport.render(new ExportContext(l.input()), PdfOutput.archive());
    }

    /** The chair's verslag ({@code verslag.pdf}) of the loaded meeting, exactly as the export renders it. */
    public static byte[] minutes(Loaded l) {
        return MinutesReport.render(new ExportContext(l.input()), PdfOutput.archive());
    }

    /**
     * The invitation PDFs of a meeting ({@code <partner-id>-uitnodiging.pdf}), by partner id, exactly as
     * {@link ExportService#invite} writes them; the same refusals (no items, no e-mail address of the chair).
     */
    public static Map<String, byte[]> invitations(Store store, LocalDate date) {
        return InvitationPack.pdfs(ExportService.inviteInput(store, ExportService.invitable(store, date), false));
    }

    /**
     * The client's inzage copy with the passages in {@code unmasked} shown, exactly as
     * {@link ExportService#inzage(Store, String, java.nio.file.Path, java.util.Set)} writes it.
     */
    public static byte[] inzage(Store store, String caseNumber, Set<String> unmasked) {
        return ExportService.inzageRendered(store, caseNumber, unmasked).pdf();
    }

    /** The terugmelding to the melder of a case, exactly as {@link ExportService#referrerFeedback} writes it. */
    public static byte[] terugmelding(Store store, String caseNumber) {
        return ReferrerFeedbackReport.render(ExportService.referrerFeedbackInput(store, caseNumber), PdfOutput.archive());
    }

    /** Convenience for a caller without a loaded meeting. */
    public static List<Replacement> replacements(Store store, LocalDate date, String partnerId) throws IOException {
        return replacements(load(store, date), partnerId);
    }
}
