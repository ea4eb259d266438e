package nl.kring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Police information (issue 15, handreiking deel II §1 and §4.5), exhaustively: every role, alone and in every pair on
 * the projector, under four police rules (the default, nobody but the chair, only that role, every role), in every
 * kind of audience. The matrix gives every role every leefgebied VOLLEDIG, so that only the police rule decides: a
 * marked note or paragraph is read exactly when every role of the audience is agreed (the chair always); unmarked text
 * is read regardless.
 */
class PoliceInformationExhaustiveTest {
    static final String NUMBER = "2026-700";

    static RelevanceMatrix allFull() {
        RelevanceMatrix m = RelevanceMatrix.defaults();
        for (Role r : Role.values()) {
            for (LifeDomain d : LifeDomain.values()) {
                m = m.with(r, d, Visibility.VOLLEDIG);
            }
        }
        return m;
    }

    static String policeNote(LifeDomain d) {
        return "«police-note-" + d.name() + "»";
    }

    static String policePara(LifeDomain d) {
        return "«police-para-" + d.name() + "»";
    }

    static final String POLICE_GENERAL = "«police-para-ALGEMEEN»";
    static final String PLAIN = "«plain-para»";
    static final String PLAIN_NOTE = "«plain-note»";
    /** Decisions (legal2): one from the police per leefgebied, an ALGEMEEN one owned by partner p0, and a plain one. */
    static final String POLICE_OWN_DECISION = "«police-dec-own»";
    static final String PLAIN_DECISION = "«plain-dec»";

    static String policeDecision(LifeDomain d) {
        return "«police-dec-" + d.name() + "»";
    }

    static Partner partner(int i, Role r) {
        return new Partner("p" + i, "Partner " + i, r, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of());
    }

    /** A case whose every note (but one) and every paragraph (but one) came from the police. */
    static CaseFile caseFile(List<Partner> kring) {
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        for (LifeDomain d : LifeDomain.values()) {
            domains.put(d, d == LifeDomain.HUISVESTING ? new DomainAssessment(3, PLAIN_NOTE)
                    : new DomainAssessment(2, policeNote(d), true));
        }
        return new CaseFile(NUMBER, ViewFixtures.CLIENT, ViewFixtures.MELDER, null, Phase.SCREENING, domains, null,
                null, null, null, null, null, kring.stream().map(Partner::id).distinct().toList());
    }

    static AgendaItem item() {
        List<MinutesParagraph> ps = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            ps.add(new MinutesParagraph(d, policePara(d), false, true));
        }
        ps.add(new MinutesParagraph(null, POLICE_GENERAL, true, true));
        ps.add(MinutesParagraph.general(PLAIN));
        List<Decision> ds = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            ds.add(new Decision(policeDecision(d), null, null, d, false, true));
        }
        ds.add(new Decision(POLICE_OWN_DECISION, "p0", LocalDate.of(2026, 12, 10), null, true, true));
        ds.add(new Decision(PLAIN_DECISION, "p0", null, null, true, false));
        return new AgendaItem(NUMBER, 10, ps, ds, List.of());
    }

    static List<PoliceRule> rules(Role r) {
        return List.of(PoliceRule.DEFAULT, new PoliceRule(Set.of()), new PoliceRule(Set.of(r)),
                new PoliceRule(EnumSet.allOf(Role.class)));
    }

    static List<String> policeTexts() {
        List<String> out = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            if (d != LifeDomain.HUISVESTING) {
                out.add(policeNote(d));
            }
            out.add(policePara(d));
            out.add(policeDecision(d));
        }
        out.add(POLICE_GENERAL);
        out.add(POLICE_OWN_DECISION);
        return out;
    }

    static void check(ItemView v, boolean admitted, String what) {
        assertThat(v).as(what).isInstanceOf(CaseView.class);
        String all = String.join("\n", ViewFixtures.strings(v));
        for (String t : policeTexts()) {
            assertThat(all.contains(t)).as("%s reads %s", what, t).isEqualTo(admitted);
        }
        assertThat(all).as("%s reads the unmarked paragraph, note and decision", what).contains(PLAIN)
                .contains(PLAIN_NOTE).contains(PLAIN_DECISION);
        CaseView cv = (CaseView) v;
        for (LifeDomain d : LifeDomain.values()) {
            DomainView.Full f = (DomainView.Full) cv.domain(d);
            assertThat(f.score().shownValue()).as("%s: the score of %s is not marked", what, d).isPresent();
            if (d != LifeDomain.HUISVESTING && !admitted) {
                assertThat(f.note()).isEqualTo(Part.hidden(HiddenReason.POLICE));
            }
        }
        long hidden = cv.minutes().stream().filter(p -> p.equals(Part.hidden(HiddenReason.POLICE))).count();
        assertThat(hidden).as("%s: police paragraphs hidden", what).isEqualTo(admitted ? 0 : LifeDomain.values().length + 1);
        // an action from the police: hidden for that reason (its owner included), who and when stay
        List<DecisionView> decisions = cv.decisions().shownValue().orElseThrow();
        assertThat(decisions.stream().filter(d -> d.action().equals(Part.hidden(HiddenReason.POLICE))).count())
                .as("%s: police actions hidden", what).isEqualTo(admitted ? 0 : LifeDomain.values().length + 1);
        assertThat(decisions).allSatisfy(d -> assertThat(d.due()).isNotNull());
        assertThat(decisions.stream().filter(DecisionView::police).count()).isEqualTo(LifeDomain.values().length + 1);
    }

    @Test
    void eachRoleAloneReadsPoliceInformationExactlyWhenTheRuleAgreesToIt() {
        RelevanceMatrix matrix = allFull();
        int cases = 0;
        for (Role r : Role.values()) {
            Partner p = partner(0, r);
            CaseFile c = caseFile(List.of(p));
            for (PoliceRule rule : rules(r)) {
                CaseViewer viewer = CaseViewer.of(matrix, List.of(p)).withPoliceRule(rule);
                boolean admitted = rule.roles().contains(r);
                String what = r + " under " + rule.roles();
                check(viewer.view(c, item(), Audience.attendee(p)), admitted, "bekijk als " + what);
                check(viewer.view(c, item(), Audience.presentation(List.of(p))), admitted, "presentation " + what);
                check(viewer.view(c, item(), Audience.export(p)), admitted, "report " + what);
                check(viewer.view(c, item(), Audience.chair()), true, "chair " + what);
                check(viewer.view(c, item(), Audience.chairMinutes()), true, "verslag " + what);
                cases += 5;
            }
        }
        assertThat(cases).isEqualTo(Role.values().length * 4 * 5);
    }

    @Test
    void onTheProjectorEveryoneInTheRoomMustBeAgreed() {
        RelevanceMatrix matrix = allFull();
        int cases = 0;
        for (Role a : Role.values()) {
            for (Role b : Role.values()) {
                Partner pa = partner(0, a);
                Partner pb = partner(1, b);
                Partner outsider = partner(2, b);
                CaseFile c = caseFile(List.of(pa, pb));
                List<PoliceRule> rules = new ArrayList<>(rules(a));
                rules.add(new PoliceRule(EnumSet.of(a, b)));
                for (PoliceRule rule : rules) {
                    CaseViewer viewer = CaseViewer.of(matrix, List.of(pa, pb, outsider)).withPoliceRule(rule);
                    boolean admitted = rule.roles().contains(a) && rule.roles().contains(b);
                    check(viewer.view(c, item(), Audience.presentation(List.of(pa, pb))), admitted,
                            a + "+" + b + " under " + rule.roles());
                    // an admitted outsider counts like everyone else (ALGEMEEN then hides the plain paragraph)
                    ItemView withOutsider = viewer.view(c, item(), Audience.presentationAdmittingOutsiders(
                            List.of(pa, outsider)));
                    String all = String.join("\n", ViewFixtures.strings(withOutsider));
                    for (String t : policeTexts()) {
                        // with an outsider admitted no decision is shown (CaseViewer), from the police or not
                        assertThat(all.contains(t)).as("%s+outsider %s reads %s", a, b, t)
                                .isEqualTo(admitted && !t.equals(POLICE_GENERAL) && !t.startsWith("«police-dec-"));
                    }
                    cases++;
                }
            }
        }
        assertThat(cases).isEqualTo(Role.values().length * Role.values().length * 5);
    }

    @Test
    void aSignalDoesNotRiseOnANoteTheAudienceMayNotRead() {
        // a note without a score signals a problem (DomainAssessment#signalsProblem); from the police, only for the agreed
        RelevanceMatrix matrix = RelevanceMatrix.defaults();
        for (Role r : Role.values()) {
            for (LifeDomain d : LifeDomain.values()) {
                matrix = matrix.with(r, d, Visibility.SIGNAAL);
            }
        }
        for (Role r : Role.values()) {
            Partner p = partner(0, r);
            Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
            domains.put(LifeDomain.JURIDISCH, new DomainAssessment(null, "«police-unscored»", true));
            domains.put(LifeDomain.VEILIGHEID, new DomainAssessment(1, "«police-scored»", true));
            CaseFile c = new CaseFile(NUMBER, ViewFixtures.CLIENT, null, null, Phase.SCREENING, domains, null, null,
                    null, null, null, null, List.of(p.id()));
            for (PoliceRule rule : rules(r)) {
                CaseView v = (CaseView) CaseViewer.of(matrix, List.of(p)).withPoliceRule(rule)
                        .view(c, null, Audience.attendee(p));
                boolean admitted = rule.roles().contains(r);
                assertThat(((DomainView.Signal) v.domain(LifeDomain.JURIDISCH)).problem()).as("%s %s", r, rule.roles())
                        .isEqualTo(admitted);
                // a score of 1 is a problem whoever wrote the note
                assertThat(((DomainView.Signal) v.domain(LifeDomain.VEILIGHEID)).problem()).isTrue();
                assertThat(ViewFixtures.mentions(v, "«police-")).isFalse();
            }
        }
    }

    @Test
    void theRuleIsStoredAsRoleNamesAndReadBack() {
        assertThat(PoliceRule.parse(null)).isEqualTo(PoliceRule.DEFAULT);
        assertThat(PoliceRule.DEFAULT.roles()).containsExactly(Role.POLITIE);
        assertThat(PoliceRule.parse("")).isEqualTo(new PoliceRule(Set.of()));
        for (Role a : Role.values()) {
            for (Role b : Role.values()) {
                PoliceRule rule = new PoliceRule(EnumSet.of(a, b));
                assertThat(PoliceRule.parse(rule.code())).isEqualTo(rule);
            }
        }
        assertThat(PoliceRule.parse(" GGD , POLITIE ").roles()).containsExactlyInAnyOrder(Role.GGD, Role.POLITIE);
        Assertions.assertThatThrownBy(() -> PoliceRule.parse("POLITIE,BUURMAN"))
                .isInstanceOf(IllegalArgumentException.class);
        // nobody in the room reads nothing; the chair (null) everything
        assertThat(PoliceRule.DEFAULT.admits(List.of())).isFalse();
        assertThat(new PoliceRule(Set.of()).admits(null)).isTrue();
    }
}
