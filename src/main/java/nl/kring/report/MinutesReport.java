package nl.kring.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentRules;
import nl.kring.domain.Disclosure;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Span;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;
import nl.kring.vault.Vault;

/**
 * verslag.pdf: the chair's full minutes, all items with their legal footing, leefgebieden, minutes, decisions and
 * the disclosures recorded in the meeting. Still pseudonymised: case numbers, never client or melder fields.
 */
final class MinutesReport {
    private MinutesReport() {
    }

    /**
     * " · audit 42 · 3f9a1c2b7d10": the audit chain's head when the verslag was made, so a rollback of the vault can
     * be proven later: the chain of an honest vault holds this entry with this hash (issue 10, docs/vault.md).
     */
    static String auditFooter(String head) {
        if (head == null || head.indexOf(':') < 0) {
            return "";
        }
        return " · audit " + head.substring(0, head.indexOf(':')) + " · " + Vault.shortHash(head);
    }

    static byte[] render(ExportContext ctx, PdfOutput output) {
        var meeting = ctx.in.meeting();
        ChairContact chair = ctx.in.chair();
        PageDecoration deco = new PageDecoration("Voor: de voorzitter" + (chair.name() == null ? "" : " — " + chair.name()),
                Nl.CONFIDENTIAL_CHAIR,
                "Vangnetoverleg " + Nl.date(meeting.date()) + " · verslag voorzitter" + auditFooter(ctx.in.auditHead()));
        try (ReportDocument doc = new ReportDocument("Verslag vangnetoverleg " + Nl.date(meeting.date()),
                "Verslag voorzitter (archief)", deco)) {
            doc.title("Verslag vangnetoverleg");
            doc.subtitle(Nl.longDate(meeting.date()) + " · " + Nl.orDash(ctx.location()) + " · "
                    + Nl.span(meeting.start(), ctx.schedule.end(meeting.start())));

            Table meta = new Table(1.4f, 4.6f).unruled();
            meta.row(null, List.of(Span.of(Style.TABLE_BOLD, "Voorzitter"), Span.of(Style.TABLE, Nl.orDash(chair.contactLine()))));
            meta.row(null, List.of(Span.of(Style.TABLE_BOLD, "Casussen"),
                    Span.of(Style.TABLE, String.valueOf(meeting.items().size()))));
            int disclosures = meeting.items().stream().mapToInt(i -> i.disclosures().size()).sum();
            long withdrawn = meeting.items().stream().flatMap(i -> i.disclosures().stream()).filter(Disclosure::withdrawn).count();
            meta.row(null, List.of(Span.of(Style.TABLE_BOLD, "Verstrekkingen"), Span.of(Style.TABLE,
                    disclosures + " zonder toestemming vastgelegd (handreiking punt 7)"
                            + (withdrawn == 0 ? "" : ", waarvan " + withdrawn + " ingetrokken"))));
            doc.table(meta);

            // Deel I §6 point 3 and deel II §5.2: the keten describes what an evident belang is
            LegalRecord legal = ctx.in.legal();
            doc.heading1("Juridisch kader");
            doc.paragraph(Style.BODY_BOLD, legal.ownDefinition() ? "Evident belang, zoals afgesproken in de keten"
                    : "Evident belang (de keten heeft nog geen eigen omschrijving vastgelegd; de handreiking zegt)");
            doc.paragraph(legal.definition());
            // Deel II §1 and §4.5: information from the police only for the roles the keten agreed (issue 15)
            doc.paragraph(Style.BODY_BOLD, "Informatie van de politie");
            doc.paragraph("Tekst die als afkomstig van de politie is gemarkeerd, gaat alleen naar de voorzitter"
                    + (legal.policeRule().roles().isEmpty() ? "" : " en naar partners met de rol "
                    + legal.policeRule().roles().stream().map(Role::label).collect(
                            Collectors.joining(", "))) + ".");

            doc.heading1("Aanwezig");
            Table present = new Table(2.2f, 2.2f, 3.6f).header("Naam", "Functie", "Organisatie");
            for (Partner p : ctx.partners.values()) {
                for (Attendee a : ctx.presentAttendees(p)) {
                    present.row(a.name(), Nl.orDash(a.function()), p.name() + " (" + p.role().label() + ")");
                }
            }
            if (present.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Geen aanwezigen geregistreerd.");
            } else {
                doc.table(present);
            }

            doc.heading1("Agenda");
            Table agenda = new Table(0.4f, 1.5f, 1.2f, 1.9f, 5f).header("#", "Tijd", "Casus", "Fase", "Kring");
            for (ReportSchedule.Slot s : ctx.schedule.slots()) {
                CaseFile c = ctx.cases.get(s.caseNumber());
                agenda.row(String.valueOf(s.index() + 1), Nl.span(s.start(), s.end()), c.number(),
                        c.phase() == null ? "–" : c.phase().label(), kring(ctx, c));
            }
            if (agenda.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Geen agendapunten.");
            } else {
                doc.table(agenda);
            }

            for (int i = 0; i < meeting.items().size(); i++) {
                item(doc, ctx, i + 1, meeting.items().get(i), ctx.schedule.slots().get(i));
            }
            return Outputs.finish(doc, output);
        }
    }

    private static String kring(ExportContext ctx, CaseFile c) {
        return String.join(", ", c.kring().stream().map(ctx::partnerName).toList());
    }

    private static void item(ReportDocument doc, ExportContext ctx, int n, AgendaItem item, ReportSchedule.Slot slot) {
        CaseFile c = ctx.cases.get(item.caseNumber());
        String num = c.number();
        doc.heading1(n + ". Casus " + num);
        doc.paragraph(Style.SMALL, Nl.span(slot.start(), slot.end()) + " · fase: "
                + (c.phase() == null ? "onbekend" : c.phase().label()));

        Table footing = new Table(2.2f, 5.8f).unruled();
        footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Kring"), Span.of(Style.TABLE, kring(ctx, c))));
        String consent = c.consent() == null || c.consent().status() == null ? "niet vastgelegd"
                : c.consent().status().label()
                + (c.consent().date() == null ? "" : " op " + Nl.date(c.consent().date()))
                + (c.consent().by() == null || c.consent().by().isBlank() ? "" : ", door " + ctx.safe(num, c.consent().by()));
        footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Toestemming"), Span.of(Style.TABLE, consent)));
        String informed = c.informed() == null ? "niet vastgelegd" : Nl.yesNo(c.informed().status())
                + (c.informed().reason() == null || c.informed().reason().isBlank() ? ""
                : " — " + ctx.safe(num, c.informed().reason()));
        footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Geïnformeerd"), Span.of(Style.TABLE, informed)));
        if (!c.hasConsent()) {
            footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Evident belang"),
                    Span.of(Style.TABLE, Nl.orDash(ctx.safe(num, c.evidentInterest())))));
            footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Lichter middel"),
                    Span.of(Style.TABLE, Nl.orDash(ctx.safe(num, c.lighterMeansConsidered())))));
        }
        // issue 15: the rule for who decides on the meeting date, who gave (substitute) consent, the evaluations
        ConsentRules.Verdict verdict = ConsentRules.verdict(c, ctx.in.meeting().date());
        if (verdict.who() != ConsentRules.WhoConsents.CLIENT || (verdict.age() != null && verdict.age() < 18)
                || (c.consent() != null && !c.consent().persons().isEmpty())) {
            footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Wie beslist"), Span.of(Style.TABLE, whoDecides(verdict))));
        }
        for (ConsentPerson p : c.consent() == null ? List.<ConsentPerson>of() : c.consent().persons()) {
            footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Toestemming " + p.who().label()),
                    Span.of(Style.TABLE, consentPerson(p, t -> ctx.safe(num, t)))));
        }
        if (!verdict.substituteBy().isEmpty()) {
            footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Vervangende toestemming"), Span.of(Style.TABLE,
                    String.join(", ", verdict.substituteBy().stream().map(p -> p.who().label()
                            + (p.name() == null ? "" : " " + ctx.safe(num, p.name()))).toList()))));
        }
        for (EvaluationRecord e : ctx.in.legal().evaluations(num)) {
            footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Evaluatie " + Nl.date(e.on())),
                    Span.of(Style.TABLE, e.outcome().label() + " — " + ctx.safe(num, e.motivation()))));
        }
        if (c.evaluationDue() != null) {
            footing.row(null, List.of(Span.of(Style.TABLE_BOLD, "Evaluatie uiterlijk"),
                    Span.of(Style.TABLE, Nl.date(c.evaluationDue()))));
        }
        doc.table(footing);

        doc.heading2("Leefgebieden");
        Table domains = new Table(2.2f, 2.7f, 5.1f).header("Leefgebied", "Score", "Toelichting");
        for (LifeDomain d : LifeDomain.values()) {
            DomainAssessment a = c.domains().get(d);
            if (a != null) {
                domains.row(null, List.of(Span.of(Style.TABLE_BOLD, d.label()), Span.of(Style.TABLE, Nl.score(a.score())),
                        Span.of(Style.TABLE, a.note() == null ? "" : (a.policeNote() ? "(van de politie) " : "")
                                + ctx.safe(num, a.note()))));
            }
        }
        if (domains.isEmpty()) {
            doc.paragraph(Style.BODY_ITALIC, "Geen leefgebieden vastgelegd.");
        } else {
            doc.table(domains);
        }

        PartnerReport.minutesAndDecisions(doc, ctx, item, null, "Geen verslagtekst.", null);

        if (!item.disclosures().isEmpty()) {
            doc.heading2("Verstrekkingen zonder toestemming");
            List<Disclosure> notes = item.disclosures();
            for (int i = 0; i < notes.size(); i++) {
                doc.paragraph(Style.BODY_BOLD, disclosureHeading(notes, i));
                doc.table(disclosure(notes.get(i), notes, ctx::partnerName, t -> ctx.safe(num, t)));
            }
        }
    }

    /** The rule of handreiking deel II §4.2-4.3 applied, in words, with the age on the meeting date. */
    static String whoDecides(ConsentRules.Verdict v) {
        String who = switch (v.who()) {
            case PARENTS -> v.age() + " jaar: de ouders of voogd beslissen";
            case CHILD_AND_PARENTS -> v.age() + " jaar: de jongere én de ouders of voogd";
            case CLIENT -> v.age() != null && v.age() < 18 ? v.age() + " jaar: de jongere beslist zelf" : "de cliënt";
            case LEGAL_REPRESENTATIVE -> "wilsonbekwaam: de wettelijk vertegenwoordiger";
            case UNKNOWN_AGE -> "geboortedatum onbekend";
        };
        return who + (v.given() ? "; toestemming gegeven"
                : "; geen toestemming van: " + String.join(", ", v.lacking().stream().map(ConsentPerson.Who::label).toList()));
    }

    /** "gegeven op 06-11-2026 (R. Meijer)": one person's answer; the name through {@code text} (pseudonymised). */
    static String consentPerson(ConsentPerson p, UnaryOperator<String> text) {
        return (p.status() == null ? "niet vastgelegd" : p.status().label().toLowerCase(Locale.ROOT))
                + (p.date() == null ? "" : " op " + Nl.date(p.date()))
                + (p.name() == null || p.name().isBlank() ? "" : " (" + text.apply(p.name()) + ")");
    }

    /** "Verstrekking 2", with "ingetrokken op …" in words when it was withdrawn (shared with the inzage copy). */
    static String disclosureHeading(List<Disclosure> numbered, int index) {
        Disclosure d = numbered.get(index);
        return "Verstrekking " + (index + 1)
                + (d.withdrawn() ? " — ingetrokken op " + Nl.date(d.withdrawal().on()) : "");
    }

    /** "verstrekking 3": a note by its place among {@code numbered} (they are numbered from 1, as headed). */
    private static String label(List<Disclosure> numbered, Long id) {
        for (int i = 0; i < numbered.size(); i++) {
            if (id != null && id.equals(numbered.get(i).id())) {
                return "verstrekking " + (i + 1);
            }
        }
        return "een latere aantekening";
    }

    /**
     * One aantekening van verstrekking as a label/value block (shared with the inzage copy). A withdrawn note says so
     * first, with the date, the reason and the note that replaced it; a correction says which note it replaces.
     * {@code numbered}: the notes listed with it, for those references.
     */
    static Table disclosure(Disclosure d, List<Disclosure> numbered, Function<String, String> partnerName,
                            UnaryOperator<String> text) {
        Table t = new Table(2.2f, 5.8f).unruled();
        if (d.withdrawn()) {
            Style alert = Style.TABLE_BOLD.withColor(Style.ALERT);
            t.row(null, List.of(Span.of(alert, "Ingetrokken"), Span.of(alert, "op " + Nl.date(d.withdrawal().on())
                    + (d.withdrawal().replacedBy() == null ? "" : ", gecorrigeerd"))));
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Reden"), Span.of(Style.TABLE, Nl.orDash(text.apply(d.withdrawal().reason())))));
            if (d.withdrawal().replacedBy() != null) {
                t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Vervangen door"),
                        Span.of(Style.TABLE, label(numbered, d.withdrawal().replacedBy()))));
            }
        }
        for (int i = 0; i < numbered.size(); i++) {
            Disclosure o = numbered.get(i);
            if (d.id() != null && o.withdrawn() && d.id().equals(o.withdrawal().replacedBy())) {
                t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Correctie van"),
                        Span.of(Style.TABLE, "verstrekking " + (i + 1) + " (ingetrokken)")));
            }
        }
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Datum"), Span.of(Style.TABLE, Nl.date(d.date()))));
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Gegevens"), Span.of(Style.TABLE,
                d.categoryLabels().isEmpty() ? "–" : String.join(", ", d.categoryLabels()))));
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Aan"), Span.of(Style.TABLE,
                d.to().isEmpty() ? "–" : String.join(", ", d.to().stream().map(partnerName).toList()))));
        if (d.from() != null) {
            // point 7: the partner that disclosed keeps the note in its own file too
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Verstrekt door"), Span.of(Style.TABLE, partnerName.apply(d.from()))));
        }
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Grondslag"),
                Span.of(Style.TABLE, d.basis() == null ? "–" : d.basis().label())));
        if (d.conflictOfDuties() != null) {
            // deel II §4.5: the six conditions, each with how it was met
            for (ConflictOfDuties.Condition cond : ConflictOfDuties.Condition.values()) {
                t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Voorwaarde " + (cond.ordinal() + 1)),
                        Span.of(Style.TABLE, cond.wording() + " " + Nl.orDash(text.apply(d.conflictOfDuties().text(cond))))));
            }
        }
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Waarom noodzakelijk"),
                Span.of(Style.TABLE, Nl.orDash(text.apply(d.why())))));
        if (d.clientInformed()) {
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Cliënt geïnformeerd"), Span.of(Style.TABLE, "Ja")));
        } else {
            t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Waarom niet geïnformeerd"),
                    Span.of(Style.TABLE, Nl.orDash(text.apply(d.whyNotInformed())))));
        }
        t.row(null, List.of(Span.of(Style.TABLE_BOLD, "Besloten door"),
                Span.of(Style.TABLE, Nl.orDash(text.apply(d.decidedBy())))));
        return t;
    }
}
