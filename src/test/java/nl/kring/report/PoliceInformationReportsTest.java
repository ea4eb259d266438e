package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.NeedToKnow;
import nl.kring.domain.Partner;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibilities;
import nl.kring.domain.Visibility;

/**
 * Police information in every report kind (issue 15), read from the PDFs: each partner's report carries a marked note
 * or paragraph exactly when the matrix lets its role read it and the police rule agrees to its role; the chair's
 * verslag carries all of them, marked; the rooster none; the client's inzage copy none, saying what was withheld and
 * where to ask. Three rules: the default (police), police and GGD, nobody but the chair.
 */
class PoliceInformationReportsTest {
    static final RelevanceMatrix MATRIX = RelevanceMatrix.defaults();

    /** Marked texts, by token: where each sits. */
    record Marked(String token, String caseNumber, LifeDomain noteOf, MinutesParagraph paragraph, Decision decision) {
        Marked(String token, String caseNumber, LifeDomain noteOf, MinutesParagraph paragraph) {
            this(token, caseNumber, noteOf, paragraph, null);
        }
    }

    static final List<Marked> MARKED = new ArrayList<>();

    static CaseFile marked(CaseFile c, LifeDomain d, String token) {
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        domains.putAll(c.domains());
        domains.put(d, new DomainAssessment(2, token + " bekend bij de politie, zie mutatie.", true));
        MARKED.add(new Marked(token, c.number(), d, null));
        return new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), domains, c.consent(),
                c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), c.evaluationDue(), c.closedOn(), c.kring());
    }

    static MinutesParagraph police(String caseNumber, LifeDomain category, boolean general, String token) {
        MinutesParagraph p = new MinutesParagraph(category, token + " volgens de wijkagent eerder aangehouden.",
                general, true);
        MARKED.add(new Marked(token, caseNumber, null, p));
        return p;
    }

    /** A decision whose action came from the police (legal2). */
    static Decision policeDecision(String caseNumber, String owner, LifeDomain category, String token) {
        Decision d = new Decision(token + " alleen samen met de wijkagent op huisbezoek.", owner,
                LocalDate.of(2026, 12, 10), category, category == null, true);
        MARKED.add(new Marked(token, caseNumber, null, null, d));
        return d;
    }

    static final CaseFile C17 = marked(ReportFixtures.C17, LifeDomain.VEILIGHEID, "Pnotea");
    static final CaseFile C19 = marked(ReportFixtures.C19, LifeDomain.JURIDISCH, "Pnoteb");
    static final List<CaseFile> CASES = List.of(C17, ReportFixtures.C18, C19, ReportFixtures.C20);
    static final String PLAIN = "Plainc";

    static final Meeting MEETING = meeting();

    static Meeting meeting() {
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaItem i : ReportFixtures.MEETING.items()) {
            List<MinutesParagraph> ps = new ArrayList<>(i.minutes());
            List<Decision> ds = new ArrayList<>(i.decisions());
            if (i.caseNumber().equals("2026-017")) {
                ps.add(police("2026-017", null, true, "Pparaa"));
                ps.add(police("2026-017", LifeDomain.VEILIGHEID, false, "Pparab"));
                ps.add(MinutesParagraph.general(PLAIN + " niet van de politie."));
                // an ALGEMEEN action of the woningcorporatie and a VEILIGHEID action of the police, both from the police
                ds.add(policeDecision("2026-017", "woco-dak", null, "Pdeca"));
                ds.add(policeDecision("2026-017", "politie-oost", LifeDomain.VEILIGHEID, "Pdecb"));
            } else if (i.caseNumber().equals("2026-019")) {
                ps.add(police("2026-019", LifeDomain.VEILIGHEID, false, "Pparad"));
                ds.add(policeDecision("2026-019", "vz-brug", null, "Pdecd"));
            }
            items.add(new AgendaItem(i.caseNumber(), i.durationMinutes(), ps, ds, i.disclosures()));
        }
        Meeting m = ReportFixtures.MEETING;
        return new Meeting(m.date(), m.location(), m.start(), m.present(), items);
    }

    static boolean mayRead(Partner p, Marked m, PoliceRule rule) {
        CaseFile c = CASES.stream().filter(x -> x.number().equals(m.caseNumber())).findFirst().orElseThrow();
        if (!c.kring().contains(p.id())) {
            return false;
        }
        List<Role> roles = List.of(p.role());
        boolean byMatrix = m.noteOf() != null ? Visibilities.of(MATRIX, roles, m.noteOf()) == Visibility.VOLLEDIG
                : m.decision() != null ? NeedToKnow.actionVisible(MATRIX, roles, p.id(), m.decision())
                : NeedToKnow.mayRead(MATRIX, roles, m.paragraph());
        return byMatrix && rule.admits(roles);
    }

    @Test
    void everyReportCarriesPoliceTextOnlyToTheAgreedRoles(@TempDir Path tmp) throws IOException {
        Map<String, Integer> readers = new LinkedHashMap<>();
        for (PoliceRule rule : List.of(PoliceRule.DEFAULT, new PoliceRule(EnumSet.of(Role.POLITIE, Role.GGD)),
                new PoliceRule(Set.of()))) {
            Path dir = Files.createDirectory(tmp.resolve("rule-" + rule.code().replace(',', '-')));
            MeetingExportInput input = MeetingExportInput.of(MEETING, ReportFixtures.PARTNERS, CASES, MATRIX,
                    ExportService.pseudonymiser(CASES, ReportFixtures.PARTNERS), ReportFixtures.CHAIR)
                    .withLegal(LegalRecord.NONE.withPoliceRule(rule));
            MeetingReports.export(input, dir, ProgressListener.NONE);
            for (Partner p : ReportFixtures.PARTNERS) {
                Path pdf = dir.resolve(p.id() + ".pdf");
                if (!Files.exists(pdf)) {
                    continue;
                }
                String text = Pdfs.flat(Pdfs.text(pdf));
                for (Marked m : MARKED) {
                    boolean may = mayRead(p, m, rule);
                    assertThat(text.contains(m.token())).as("%s under %s reads %s", p.id(), rule.roles(), m.token())
                            .isEqualTo(may);
                    if (may) {
                        readers.merge(rule.code() + ":" + m.token(), 1, Integer::sum);
                    }
                }
                if (C17.kring().contains(p.id())) {
                    assertThat(text).as("%s reads the unmarked paragraph", p.id()).contains(PLAIN);
                }
                // the owner of an action from the police outside the rule reads that it has one, and whom to ask
                boolean ownsUnreadable = MARKED.stream().anyMatch(m -> m.decision() != null
                        && p.id().equals(m.decision().owner()) && !rule.admits(List.of(p.role())));
                assertThat(text.contains(PartnerReport.POLICE_ACTION)).as("%s under %s", p.id(), rule.roles())
                        .isEqualTo(ownsUnreadable);
            }
            String verslag = Pdfs.flat(Pdfs.text(dir.resolve(MeetingReports.MINUTES_FILE)));
            for (Marked m : MARKED) {
                assertThat(verslag).as("the verslag keeps %s", m.token()).contains(m.token());
            }
            assertThat(verslag).contains("(van de politie) Pnotea").contains("Informatie van de politie")
                    .contains("(van de politie) Pdeca").contains("(van de politie) Pdecb");
            String rooster = Pdfs.flat(Pdfs.text(dir.resolve(MeetingReports.SCHEDULE_FILE)));
            assertThat(rooster).doesNotContain("Pnote").doesNotContain("Ppara").doesNotContain("Pdec");
        }
        // the test reads something: the police read its notes under the default rule, the GGD only when agreed
        assertThat(readers).containsKeys("POLITIE:Pnotea", "POLITIE:Pnoteb", "POLITIE:Pparaa", "POLITIE:Pparab",
                "GGD,POLITIE:Pnotea", "GGD,POLITIE:Pparaa");
        assertThat(readers.get("POLITIE:Pnotea")).isEqualTo(1); // the police only
        assertThat(readers.get("GGD,POLITIE:Pnotea")).isEqualTo(2); // and the GGD, once agreed
        // an ALGEMEEN action from the police: every kring member by the matrix, but only the police under the default,
        // the police and the GGD once agreed; never its owner, the woningcorporatie
        assertThat(readers.get("POLITIE:Pdeca")).isEqualTo(1);
        assertThat(readers.get("GGD,POLITIE:Pdeca")).isEqualTo(2);
        assertThat(readers).containsKeys("POLITIE:Pdecb", "GGD,POLITIE:Pdecb");
        assertThat(readers.get("POLITIE:Pdecd")).isEqualTo(1); // the police, not its owner, the verslavingszorg
        assertThat(readers.keySet()).noneMatch(k -> k.startsWith(":"));
    }

    @Test
    void theInzageCopyWithholdsPoliceTextAndSaysWhereToAsk(@TempDir Path tmp) throws IOException {
        Path file = InzageReport.write(new InzageReport.Input(C17, ReportFixtures.PARTNERS, List.of(MEETING), List.of(),
                ReportFixtures.CHAIR, LocalDate.of(2026, 12, 1)), tmp.resolve("inzage.pdf"), PdfOutput.archive());
        String text = Pdfs.flat(Pdfs.text(file));
        for (Marked m : MARKED) {
            assertThat(text).doesNotContain(m.token());
        }
        assertThat(text).contains(PLAIN).contains(InzageReport.POLICE).contains("Informatie van de politie")
                .contains("Wet politiegegevens");
        // the score of the marked leefgebied stays: only the note came from the police
        assertThat(text).contains("Veiligheid");
        // the unmarked actions stay; the two from the police are withheld whole and counted with the note and paragraphs
        assertThat(text).contains("Betalingsregeling aanbieden").contains("Informatie van de politie "
                + InzageReport.POLICE + " 5");
    }
}
