package nl.kring.report;

import nl.kring.domain.CaseFile;
import nl.kring.domain.IssuedInvitations;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Span;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The invitations for one planned meeting ({@code kring invite}, docs/product.md "Before and after the meeting"): for every
 * partner in the kring of an agenda item, {@code <partner-id>-uitnodiging.pdf} (date, place, its time slots and the
 * case numbers of its items, nothing else) and {@code <partner-id>.ics} (one VEVENT per visit), and with
 * {@code mail} a {@code <partner-id>.eml} draft with both attached. A later pack for the same meeting raises the
 * calendar sequence and cancels, in {@code <partner-id>-afzegging.ics}, every entry of the earlier pack it no longer
 * has, with its own draft {@code <partner-id>-afzegging.eml}. All files of the pack are written together or not at all ({@link StagedFiles}).
 */
public final class InvitationPack {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private InvitationPack() {
    }

    /**
     * @param location the meeting's place, already pseudonymised and guarded by the caller
     * @param stamp    the moment the pack is made (DTSTAMP of the events, Date of the drafts)
     * @param previous what the meeting's last pack put in calendars, or null when this is the first
     */
    /**
     * The chair has no e-mail address: a calendar invitation needs an organizer, so neither the pack nor its preview
     * can be made. Checked where the pack's input is built; the app says it in Dutch, the command line prints this.
     */
    public static final class NoChairEmail extends IllegalArgumentException {
        public NoChairEmail() {
            super("the chair's e-mail address is not set (Instellingen, or vault.chair.email in the interchange file): "
                    + "a calendar invitation needs an organizer");
        }
    }

    public record Input(Meeting meeting, String location, List<Partner> partners, List<CaseFile> cases,
                        ChairContact chair, boolean mail, Instant stamp, IssuedInvitations previous) {
        public Input {
            Objects.requireNonNull(meeting);
            partners = List.copyOf(partners);
            cases = List.copyOf(cases);
            Objects.requireNonNull(chair);
            Objects.requireNonNull(stamp);
            if (chair.email() == null) {
                throw new NoChairEmail();
            }
        }
    }

    /** One partner's invitation: who, and when it is in the room for which cases. */
    public record Invitation(Partner partner, List<ReportSchedule.Visit> visits) {
        public Invitation {
            visits = List.copyOf(visits);
        }

        public List<String> caseNumbers() {
            return visits.stream().flatMap(v -> v.caseNumbers().stream()).toList();
        }
    }

    /**
     * @param issued        what this pack puts in calendars, to be kept for the next pack
     * @param cancellations the partners whose earlier entries fell away, in register order
     */
    public record Result(List<Path> files, List<Invitation> invitations, List<String> warnings, IssuedInvitations issued,
                         List<Cancellation> cancellations) {
    }

    /** A partner whose earlier calendar entries this pack cancels: how many, and a Dutch line saying so. */
    public record Cancellation(String partnerId, int events, String line) {
    }

    /** Every partner in the kring of an item on the agenda, in register order, with its visits. */
    public static List<Invitation> invitations(Meeting meeting, List<Partner> partners, List<CaseFile> cases) {
        Map<String, CaseFile> byNumber = new LinkedHashMap<>();
        cases.forEach(c -> byNumber.put(c.number(), c));
        for (var item : meeting.items()) {
            if (!byNumber.containsKey(item.caseNumber())) {
                throw new IllegalArgumentException("agenda item for an unknown case: " + item.caseNumber());
            }
        }
        ReportSchedule schedule = ReportSchedule.compute(meeting, n -> byNumber.get(n).kring());
        List<Invitation> out = new ArrayList<>();
        for (Partner p : partners) {
            List<ReportSchedule.Visit> visits = schedule.visitsOf(p.id());
            if (!visits.isEmpty()) {
                out.add(new Invitation(p, visits));
            }
        }
        return out;
    }

    public static String pdfName(String partnerId) {
        return partnerId + "-uitnodiging.pdf";
    }

    public static String icsName(String partnerId) {
        return partnerId + ".ics";
    }

    public static String cancelName(String partnerId) {
        return partnerId + "-afzegging.ics";
    }

    public static String cancelDraftName(String partnerId) {
        return partnerId + "-afzegging.eml";
    }

    /**
     * Writes the pack into {@code outDir}. A partner without a valid chain agreement on the meeting date gets nothing
     * (a warning says so); a partner without an e-mail address gets its draft without an addressee (a warning).
     *
     * @throws IllegalArgumentException when a partner id cannot be a file name (the chair without an e-mail address
     *                                  is refused where the input is built: {@link NoChairEmail})
     */
    public static Result write(Input in, Path outDir) throws IOException {
        List<String> warnings = new ArrayList<>();
        List<Invitation> invitations = accepted(in, warnings);
        int sequence = in.previous() == null ? 0 : in.previous().next();
        List<IssuedInvitations.Event> issued = new ArrayList<>();
        invitations.forEach(inv -> issued.addAll(CalendarInvite.events(in.meeting(), inv)));
        Map<String, List<IssuedInvitations.Event>> gone = gone(in.previous(), issued);
        Map<String, Partner> byId = new LinkedHashMap<>();
        in.partners().forEach(p -> byId.put(p.id(), p));
        List<Cancellation> cancellations = new ArrayList<>();
        try (StagedFiles files = new StagedFiles(outDir)) {
            Map<String, byte[]> cancelIcs = new LinkedHashMap<>();
            for (var e : gone.entrySet()) {
                Partner p = byId.get(e.getKey());
                if (p == null || !SAFE_ID.matcher(p.id()).matches()) {
                    warnings.add("Afzegging niet gemaakt voor " + e.getKey() + " (niet meer in het register): "
                            + e.getValue().size() + " eerder verstuurde agenda-afspraak of -afspraken vervallen; "
                            + "zeg die zelf af.");
                    continue;
                }
                byte[] ics = CalendarInvite.cancel(in.meeting(), in.chair(), p, e.getValue(), sequence, in.stamp())
                        .getBytes(StandardCharsets.UTF_8);
                cancelIcs.put(p.id(), ics);
                files.stage(cancelName(p.id()), ics);
                int events = e.getValue().size();
                cancellations.add(new Cancellation(p.id(), events, "Afzegging voor " + p.name() + ": " + events
                        + (events == 1 ? " eerder verstuurde agenda-afspraak vervalt (" : " eerder verstuurde "
                        + "agenda-afspraken vervallen (") + cancelName(p.id()) + ")."));
            }
            for (Invitation inv : invitations) {
                Partner p = inv.partner();
                byte[] pdf = pdf(in, inv);
                byte[] ics = CalendarInvite.ics(in.meeting(), in.location(), in.chair(), inv, sequence, in.stamp())
                        .getBytes(StandardCharsets.UTF_8);
                files.stage(pdfName(p.id()), pdf);
                files.stage(icsName(p.id()), ics);
                if (in.mail()) {
                    noAddress(p, warnings);
                    List<MailDraft.Attachment> attachments = List.of(
                            new MailDraft.Attachment(pdfName(p.id()), "application/pdf", pdf),
                            new MailDraft.Attachment(icsName(p.id()), CalendarInvite.CONTENT_TYPE, ics));
                    files.stage(MailDraft.fileName(p.id()), MailDraft.invitation(in.meeting(), in.chair(), inv,
                            sequence > 0, attachments, in.stamp()));
                }
            }
            if (in.mail()) {
                // A draft of its own: one calendar method per message, so the partner's calendar reads both.
                Set<String> invited = new HashSet<>();
                invitations.forEach(inv -> invited.add(inv.partner().id()));
                for (var e : cancelIcs.entrySet()) {
                    Partner p = byId.get(e.getKey());
                    if (!invited.contains(p.id())) {
                        noAddress(p, warnings);
                    }
                    files.stage(cancelDraftName(p.id()), MailDraft.cancellation(in.meeting(), in.chair(), p,
                            invited.contains(p.id()), new MailDraft.Attachment(cancelName(p.id()),
                                    CalendarInvite.CANCEL_CONTENT_TYPE, e.getValue()), in.stamp()));
                }
            }
            return new Result(files.commit(), invitations, warnings, new IssuedInvitations(sequence, issued),
                    cancellations);
        }
    }

    /**
     * The invitations {@link #write} makes, in register order: a partner without a valid chain agreement on the
     * meeting date gets none ({@code warnings} says so).
     *
     * @throws IllegalArgumentException when a partner id cannot be a file name
     */
    private static List<Invitation> accepted(Input in, List<String> warnings) {
        List<Invitation> invitations = new ArrayList<>();
        for (Invitation inv : invitations(in.meeting(), in.partners(), in.cases())) {
            Partner p = inv.partner();
            if (!SAFE_ID.matcher(p.id()).matches()) {
                throw new IllegalArgumentException("partner id not usable as a file name: " + p.id());
            }
            if (!p.hasValidAgreement(in.meeting().date())) {
                warnings.add("Geen uitnodiging voor " + p.id() + ": geen geldige ketenovereenkomst op "
                        + in.meeting().date() + ".");
                continue;
            }
            invitations.add(inv);
        }
        return invitations;
    }

    /**
     * Each invitation's PDF exactly as {@link #write} writes it, by partner id in register order, for the chair's
     * preview before anything leaves (issue 11); the same refusals as {@link #write}.
     */
    public static Map<String, byte[]> pdfs(Input in) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Invitation inv : accepted(in, new ArrayList<>())) {
            out.put(inv.partner().id(), pdf(in, inv));
        }
        return out;
    }

    private static void noAddress(Partner p, List<String> warnings) {
        if (p.email() == null) {
            warnings.add("Geen e-mailadres voor " + p.id() + ": het concept heeft nog geen geadresseerde.");
        }
    }

    /** Per partner, the entries of the previous pack that this one no longer has (matched by UID). */
    static Map<String, List<IssuedInvitations.Event>> gone(IssuedInvitations previous, List<IssuedInvitations.Event> now) {
        Map<String, List<IssuedInvitations.Event>> out = new LinkedHashMap<>();
        if (previous == null) {
            return out;
        }
        Set<String> kept = new HashSet<>();
        now.forEach(e -> kept.add(e.uid()));
        for (IssuedInvitations.Event e : previous.events()) {
            if (!kept.contains(e.uid())) {
                out.computeIfAbsent(e.partnerId(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /** One page: date, place, the partner's time slots and the case numbers of its items; nothing else. */
    static byte[] pdf(Input in, Invitation inv) {
        Meeting m = in.meeting();
        Partner p = inv.partner();
        PageDecoration deco = new PageDecoration("Voor: " + p.name(), Nl.CONFIDENTIAL_PARTNER,
                "Uitnodiging vangnetoverleg " + Nl.date(m.date()));
        try (ReportDocument doc = new ReportDocument("Uitnodiging vangnetoverleg " + Nl.date(m.date()),
                "Uitnodiging vangnetoverleg", deco)) {
            doc.title("Uitnodiging vangnetoverleg");
            doc.subtitle(Nl.longDate(m.date()));
            Table t = new Table(2f, 6f).unruled();
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Aan"), Span.of(Style.TABLE, p.name())));
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Datum"), Span.of(Style.TABLE, Nl.longDate(m.date()))));
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Plaats"), Span.of(Style.TABLE, Nl.orDash(in.location()))));
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Van"),
                    Span.of(Style.TABLE, in.chair().withRole("de voorzitter"))));
            doc.table(t);
            doc.paragraph("U bent welkom op de volgende tijden. U bent alleen aanwezig bij de casussen waarvoor uw "
                    + "organisatie tot de kring behoort; de casussen staan hieronder met hun casusnummer.");
            Table slots = new Table(2.2f, 5.8f).header("Tijd", "Casussen");
            for (ReportSchedule.Visit v : inv.visits()) {
                slots.row(Nl.span(v.in(), v.out()), String.join(", ", v.caseNumbers()));
            }
            doc.table(slots);
            return Outputs.finish(doc, PdfOutput.archive());
        }
    }
}
