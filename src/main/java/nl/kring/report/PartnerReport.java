package nl.kring.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.NeedToKnow;
import nl.kring.domain.Role;
import nl.kring.domain.Partner;
import nl.kring.domain.Visibilities;
import nl.kring.domain.Visibility;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Span;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;

/**
 * One partner's report of a meeting: only the items whose kring includes the partner, and per item only what the
 * partner's role may see under the matrix. Case numbers only; never a client or melder field.
 */
final class PartnerReport {
    static final Color OWN_ACTION = new Color(0xff, 0xf0, 0xb3);
    static final Color SIGNAL = new Color(0xfb, 0xe9, 0xe7);

    private PartnerReport() {
    }

    static byte[] render(ExportContext ctx, Partner partner, PdfOutput output) {
        var meeting = ctx.in.meeting();
        List<Attendee> present = ctx.presentAttendees(partner);
        String recipient = "Voor: " + partner.name()
                + (present.isEmpty() ? "" : " — t.a.v. " + String.join(", ", present.stream().map(Attendee::name).toList()));
        String title = "Verslag vangnetoverleg " + Nl.date(meeting.date()) + " — " + partner.name();
        PageDecoration deco = new PageDecoration(recipient, Nl.CONFIDENTIAL_PARTNER,
                "Vangnetoverleg " + Nl.date(meeting.date()) + " · verslag voor " + partner.name());
        try (ReportDocument doc = new ReportDocument(title, "Verslag per partner", deco)) {
            doc.title("Verslag vangnetoverleg");
            doc.subtitle(Nl.longDate(meeting.date()) + " · " + Nl.orDash(ctx.locationFor(partner)) + " · aanvang "
                    + Nl.time(meeting.start()));

            List<ReportSchedule.Visit> visits = ctx.schedule.visitsOf(partner.id());
            Table who = new Table(1.3f, 4.7f).unruled();
            who.row(null, List.of(Span.of(Style.TABLE_BOLD, "Voor"),
                    Span.of(Style.TABLE, partner.name() + " (" + partner.role().label()
                            + (partner.tier() == null ? "" : ", " + partner.tier().label().toLowerCase(Nl.LOCALE)) + ")")));
            if (!present.isEmpty()) {
                who.row(null, List.of(Span.of(Style.TABLE_BOLD, "Aanwezig"), Span.of(Style.TABLE,
                        String.join(", ", present.stream().map(a -> a.name()
                                + (a.function() == null || a.function().isBlank() ? "" : " (" + a.function() + ")")).toList()))));
            }
            who.row(null, List.of(Span.of(Style.TABLE_BOLD, "Uw tijden"), Span.of(Style.TABLE, visitsText(visits))));
            who.row(null, List.of(Span.of(Style.TABLE_BOLD, "Van"), Span.of(Style.TABLE,
                    ctx.in.chair().withRole("de voorzitter"))));
            doc.table(who);

            doc.paragraph(List.of(new Span(Style.SMALL, "U ontvangt alleen de casussen waarvoor uw organisatie tot de "
                    + "kring behoort en per casus alleen de gegevens die voor uw taak relevant zijn (handreiking "
                    + "bemoeizorg, punt 6). Cliënten worden aangeduid met hun casusnummer (punt 8). ")),
                    0f);
            doc.paragraph(List.of(new Span(Style.SMALL_BOLD, "Signaal: "), new Span(Style.SMALL,
                    "op dat leefgebied speelt een probleem; de inhoud is niet voor uw rol bestemd. Wilt u meer weten, "
                            + "neem dan contact op met " + ctx.in.chair().withRole("de voorzitter") + ". De "
                            + "voorzitter beoordeelt of verdere verstrekking nodig is en legt die vast.")), 0f);

            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < meeting.items().size(); i++) {
                if (ctx.cases.get(meeting.items().get(i).caseNumber()).kring().contains(partner.id())) {
                    mine.add(i);
                }
            }

            doc.heading1("Uw acties");
            Table actions = new Table(1.2f, 4.9f, 1.9f).header("Casus", "Actie", "Uiterlijk");
            for (int i : mine) {
                AgendaItem item = meeting.items().get(i);
                for (Decision d : item.decisions()) {
                    if (partner.id().equals(d.owner())) {
                        // issue 15: an action from the police only for the roles the keten agreed, its owner too
                        boolean readable = NeedToKnow.actionVisible(ctx.in.matrix(), ctx.in.legal().policeRule(),
                                List.of(partner.role()), partner.id(), d);
                        actions.row(OWN_ACTION, List.of(Span.of(Style.TABLE_BOLD, item.caseNumber()),
                                Span.of(Style.TABLE, readable ? ctx.safeFor(partner, item.caseNumber(), d.action())
                                        : POLICE_ACTION),
                                Span.of(Style.TABLE, d.due() == null ? "–" : Nl.date(d.due()))));
                    }
                }
            }
            if (actions.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Geen acties op naam van uw organisatie.");
            } else {
                doc.table(actions);
            }

            if (mine.isEmpty()) {
                doc.heading1("Casussen");
                doc.paragraph(Style.BODY_ITALIC, "In deze vergadering is geen casus besproken waarvoor uw organisatie "
                        + "tot de kring behoort.");
            }
            for (int i : mine) {
                item(doc, ctx, partner, meeting.items().get(i), ctx.schedule.slots().get(i));
            }
            return Outputs.finish(doc, output);
        }
    }

    static String visitsText(List<ReportSchedule.Visit> visits) {
        if (visits.isEmpty()) {
            return "geen casussen";
        }
        List<String> parts = new ArrayList<>();
        for (ReportSchedule.Visit v : visits) {
            parts.add(Nl.span(v.in(), v.out()) + " (" + String.join(", ", v.caseNumbers()) + ")");
        }
        return String.join("; ", parts);
    }

    private static void item(ReportDocument doc, ExportContext ctx, Partner partner, AgendaItem item,
                             ReportSchedule.Slot slot) {
        CaseFile c = ctx.cases.get(item.caseNumber());
        List<Role> roles = List.of(partner.role());
        doc.heading1("Casus " + c.number());
        doc.paragraph(Style.SMALL, Nl.span(slot.start(), slot.end()) + " · fase: "
                + (c.phase() == null ? "onbekend" : c.phase().label()));

        doc.heading2("Leefgebieden");
        Table domains = new Table(2.2f, 2.7f, 5.1f).header("Leefgebied", "Score", "Toelichting");
        for (LifeDomain d : LifeDomain.values()) {
            DomainAssessment a = c.domains().get(d);
            if (a == null) {
                continue;
            }
            Visibility v = Visibilities.of(ctx.in.matrix(), roles, d);
            switch (v) {
                case VOLLEDIG -> {
                    // issue 15: a note from the police only for the roles the keten agreed
                    String note = NeedToKnow.noteVisible(ctx.in.legal().policeRule(), roles, a) ? a.note() : null;
                    domains.row(null, List.of(Span.of(Style.TABLE_BOLD, d.label()),
                            Span.of(Style.TABLE, Nl.score(a.score())),
                            Span.of(Style.TABLE, note == null ? "" : ctx.safeFor(partner, c.number(), note))));
                }
                case SIGNAAL -> {
                    if (a.isProblem()) {
                        domains.row(SIGNAL, List.of(Span.of(Style.TABLE_BOLD, d.label()),
                                Span.of(Style.TABLE_BOLD.withColor(Style.ALERT), "signaal"),
                                Span.of(Style.TABLE, "Er speelt een probleem. Contact: de voorzitter"
                                        + (ctx.in.chair().name() == null ? "" : ", " + ctx.in.chair().name()) + ".")));
                    }
                }
                case GEEN -> {
                    // nothing, not even the heading
                }
            }
        }
        if (domains.isEmpty()) {
            doc.paragraph(Style.BODY_ITALIC, "Geen leefgebieden die voor uw taak relevant zijn.");
        } else {
            doc.table(domains);
        }

        minutesAndDecisions(doc, ctx, item, roles, "Geen verslagtekst voor uw rol.", partner);
    }

    /**
     * The item's minutes paragraphs the reader may read ({@link NeedToKnow#mayRead}, tagged with their audience), then
     * its decisions; shared by the partner reports and the chair's verslag so both pseudonymise alike.
     *
     * @param roles  the reader's roles; null for the chair's verslag (everything, unclassified paragraphs marked)
     * @param reader the partner the report is for; null for the verslag
     */
    static void minutesAndDecisions(ReportDocument doc, ExportContext ctx, AgendaItem item, List<Role> roles,
                                    String noMinutes, Partner reader) {
        doc.heading2("Verslag");
        int shown = 0;
        for (MinutesParagraph p : item.minutes()) {
            if (!NeedToKnow.mayRead(ctx.in.matrix(), ctx.in.legal().policeRule(), roles, p)) {
                continue;
            }
            String text = text(ctx, reader, item.caseNumber(), p.text());
            if (text.isBlank()) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            switch (NeedToKnow.audience(p)) {
                case LEEFGEBIED -> spans.add(new Span(Style.SMALL_BOLD, p.category().label() + ": "));
                case ALGEMEEN -> spans.add(new Span(Style.SMALL_BOLD, "Algemeen: "));
                case UNCLASSIFIED -> spans.add(new Span(Style.SMALL_BOLD.withColor(Style.ALERT),
                        "Niet ingedeeld (alleen voorzitter): "));
            }
            if (p.police()) {
                spans.add(new Span(Style.SMALL_BOLD, "(van de politie) "));
            }
            spans.add(new Span(Style.BODY, text));
            doc.paragraph(spans);
            shown++;
        }
        if (shown == 0) {
            doc.paragraph(Style.BODY_ITALIC, noMinutes);
        }

        doc.heading2("Besluiten");
        if (item.decisions().isEmpty()) {
            doc.paragraph(Style.BODY_ITALIC, "Geen besluiten.");
        } else {
            doc.table(decisions(ctx, item, roles, reader));
        }
    }

    private static String text(ExportContext ctx, Partner reader, String caseNumber, String raw) {
        return reader == null ? ctx.safe(caseNumber, raw) : ctx.safeFor(reader, caseNumber, raw);
    }

    /**
     * The item's decisions; the reader's own rows shaded and marked "UW ACTIE" (reader null: the verslag, all in full,
     * none marked). Another partner's action whose text is not for the reader reads "actie van …, uiterlijk …".
     */
    static Table decisions(ExportContext ctx, AgendaItem item, List<Role> roles, Partner reader) {
        Table t = new Table(4.9f, 2.6f, 1.9f).header("Actie", "Uitvoerder", "Uiterlijk");
        for (Decision d : item.decisions()) {
            boolean own = reader != null && reader.id().equals(d.owner());
            List<Span> action = new ArrayList<>();
            if (own) {
                action.add(new Span(Style.TABLE_BOLD.withColor(Style.ALERT), "UW ACTIE · "));
            }
            if (d.police() && reader == null) {
                action.add(new Span(Style.TABLE_BOLD, "(van de politie) ")); // the verslag keeps it, marked (issue 15)
            }
            if (NeedToKnow.actionVisible(ctx.in.matrix(), ctx.in.legal().policeRule(), roles,
                    reader == null ? null : reader.id(), d)) {
                action.add(new Span(Style.TABLE, text(ctx, reader, item.caseNumber(), d.action())));
            } else if (own) {
                action.add(new Span(Style.TABLE, POLICE_ACTION));
            } else {
                action.add(new Span(Style.TABLE, actionOf(ctx, d)));
            }
            t.row(own ? OWN_ACTION : null, List.of(action,
                    Span.of(own ? Style.TABLE_BOLD : Style.TABLE, d.owner() == null ? "–" : ctx.partnerName(d.owner())),
                    Span.of(Style.TABLE, d.due() == null ? "–" : Nl.date(d.due()))));
        }
        return t;
    }

    /**
     * What the owner of an action from the police reads when the keten did not agree that its role reads police
     * information (issue 15): that there is an action, and whom to ask.
     */
    static final String POLICE_ACTION = "actie met informatie van de politie: de voorzitter licht haar toe";

    /** What a reader who may not read an action's text reads instead. */
    static String actionOf(ExportContext ctx, Decision d) {
        return "actie van " + (d.owner() == null ? "–" : ctx.partnerName(d.owner())) + ", uiterlijk "
                + (d.due() == null ? "–" : Nl.date(d.due()));
    }
}
