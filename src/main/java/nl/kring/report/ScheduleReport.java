package nl.kring.report;

import java.util.List;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Partner;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Span;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;

/** rooster.pdf: the agenda in time slots and, per partner, when it comes in and leaves, by case number. */
final class ScheduleReport {
    private ScheduleReport() {
    }

    static byte[] render(ExportContext ctx, PdfOutput output) {
        var meeting = ctx.in.meeting();
        ChairContact chair = ctx.in.chair();
        PageDecoration deco = new PageDecoration("Voor: de voorzitter" + (chair.name() == null ? "" : " — " + chair.name()), Nl.CONFIDENTIAL_CHAIR,
                "Vangnetoverleg " + Nl.date(meeting.date()) + " · rooster");
        try (ReportDocument doc = new ReportDocument("Rooster vangnetoverleg " + Nl.date(meeting.date()),
                "Rooster per partner", deco)) {
            doc.title("Rooster vangnetoverleg");
            doc.subtitle(Nl.longDate(meeting.date()) + " · " + Nl.orDash(ctx.location()) + " · "
                    + Nl.span(meeting.start(), ctx.schedule.end(meeting.start())));
            doc.paragraph(Style.SMALL, "Iedere partner is alleen aanwezig bij de casussen waarvoor hij tot de kring "
                    + "behoort (handreiking punt 6). Binnenkomsten in totaal: " + ctx.schedule.totalVisits() + ".");

            doc.heading1("Per partner");
            Table perPartner = new Table(3.2f, 2.6f, 1.6f, 3.6f).header("Partner", "Binnen – buiten", "Keer", "Casussen");
            for (Partner p : ctx.partners.values()) {
                List<ReportSchedule.Visit> visits = ctx.schedule.visitsOf(p.id());
                if (visits.isEmpty()) {
                    continue;
                }
                StringBuilder times = new StringBuilder();
                StringBuilder cases = new StringBuilder();
                for (ReportSchedule.Visit v : visits) {
                    if (!times.isEmpty()) {
                        times.append('\n');
                        cases.append('\n');
                    }
                    times.append(Nl.span(v.in(), v.out()));
                    cases.append(String.join(", ", v.caseNumbers()));
                }
                perPartner.row(null, List.of(
                        List.of(new Span(Style.TABLE_BOLD, p.name()), new Span(Style.SMALL, "\n" + p.role().label())),
                        Span.of(Style.TABLE, times.toString()),
                        Span.of(Style.TABLE, String.valueOf(visits.size())),
                        Span.of(Style.TABLE, cases.toString())));
            }
            if (perPartner.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Geen partners ingeroosterd.");
            } else {
                doc.table(perPartner);
            }

            doc.heading1("Agenda");
            Table agenda = new Table(0.5f, 1.4f, 1.2f, 6f).header("#", "Tijd", "Casus", "Kring");
            for (ReportSchedule.Slot s : ctx.schedule.slots()) {
                CaseFile c = ctx.cases.get(s.caseNumber());
                agenda.row(String.valueOf(s.index() + 1), Nl.span(s.start(), s.end()), c.number(),
                        String.join(", ", c.kring().stream().map(ctx::partnerName).toList()));
            }
            if (agenda.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Geen agendapunten.");
            } else {
                doc.table(agenda);
            }
            return Outputs.finish(doc, output);
        }
    }
}
