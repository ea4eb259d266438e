package nl.kring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Police information (issue 15) over the random worlds of {@link CaseViewerPropertiesTest}, with random notes and
 * paragraphs marked "van de politie" and a random police rule: no marked text reaches an audience with a role outside
 * the rule; for such an audience the marked texts do not influence the view at all; an agreed audience sees what it
 * would see if nothing were marked; adding someone to the room still never reveals more.
 */
class PoliceInformationPropertiesTest {

    record World(CaseViewerPropertiesTest.Scenario scenario, PoliceRule rule) {
        CaseViewer viewer() {
            return scenario.viewer().withPoliceRule(rule);
        }

        ItemView view(Audience a) {
            return viewer().view(scenario.caseFile(), scenario.item(), a);
        }

        ItemView view(CaseFile c, AgendaItem i, Audience a) {
            return viewer().view(c, i, a);
        }
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<CaseViewerPropertiesTest.Scenario> scenarios = new CaseViewerPropertiesTest().scenarios();
        Arbitrary<Integer> domainMask = Arbitraries.integers().between(0, (1 << LifeDomain.values().length) - 1);
        Arbitrary<Integer> paragraphMask = Arbitraries.integers().between(0, 63);
        Arbitrary<Set<Role>> ruleRoles = Arbitraries.of(Role.class).set().ofMaxSize(6);
        return Combinators.combine(scenarios, domainMask, paragraphMask, ruleRoles).as((s, dm, pm, roles) -> {
            Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
            s.caseFile().domains().forEach((d, a) -> domains.put(d, (dm & (1 << d.ordinal())) != 0 && a.note() != null
                    ? new DomainAssessment(a.score(), "«police-" + a.note() + "»", true) : a));
            List<MinutesParagraph> minutes = new ArrayList<>();
            List<MinutesParagraph> was = s.item().minutes();
            for (int i = 0; i < was.size(); i++) {
                MinutesParagraph p = was.get(i);
                minutes.add((pm & (1 << i)) != 0 ? new MinutesParagraph(p.category(), "«police-" + p.text() + "»",
                        p.general(), true) : p);
            }
            CaseFile c = with(s.caseFile(), domains);
            AgendaItem item = new AgendaItem(s.item().caseNumber(), s.item().durationMinutes(), minutes,
                    s.item().decisions(), s.item().disclosures());
            return new World(s.with(c, item), new PoliceRule(roles));
        });
    }

    static CaseFile with(CaseFile c, Map<LifeDomain, DomainAssessment> domains) {
        return new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), domains, c.consent(),
                c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), c.evaluationDue(), c.closedOn(), c.kring());
    }

    static Audience audience(World w, int kind, int mask, int index) {
        return CaseViewerPropertiesTest.audience(w.scenario(), kind, mask, index);
    }

    /** Every text marked as coming from the police, in this world. */
    static List<String> policeTexts(World w) {
        List<String> out = new ArrayList<>();
        w.scenario().caseFile().domains().values().stream().filter(DomainAssessment::policeNote)
                .forEach(a -> out.add(a.note()));
        w.scenario().item().minutes().stream().filter(MinutesParagraph::police).forEach(p -> out.add(p.text()));
        return out;
    }

    @Property(tries = 400)
    void noPoliceTextReachesAnAudienceOutsideTheRule(@ForAll("worlds") World w,
                                                     @ForAll @IntRange(min = 0, max = 4) int kind,
                                                     @ForAll @IntRange(min = 1, max = 255) int mask,
                                                     @ForAll @IntRange(min = 0, max = CaseViewerPropertiesTest.PARTNERS - 1) int index) {
        Audience a = audience(w, kind, mask, index);
        Set<Role> roles = CaseViewerPropertiesTest.roles(a);
        ItemView v = w.view(a);
        if (!w.rule().admits(roles)) {
            assertThat(ViewFixtures.strings(v)).noneMatch(x -> x.contains("«police-"));
        }
        // the chair, on screen and in the verslag, reads every one
        for (Audience chair : List.of(Audience.chair(), Audience.chairMinutes())) {
            ItemView cv = w.view(chair);
            for (String t : policeTexts(w)) {
                assertThat(ViewFixtures.mentions(cv, t)).as("%s reads %s", chair, t).isTrue();
            }
        }
    }

    @Property(tries = 400)
    void forAnAudienceOutsideTheRuleThePoliceTextsChangeNothing(@ForAll("worlds") World w,
                                                               @ForAll @IntRange(min = 0, max = 3) int kind,
                                                               @ForAll @IntRange(min = 1, max = 255) int mask,
                                                               @ForAll @IntRange(min = 0, max = CaseViewerPropertiesTest.PARTNERS - 1) int index) {
        Audience a = audience(w, kind, mask, index);
        Set<Role> roles = CaseViewerPropertiesTest.roles(a);
        Assume.that(!w.rule().admits(roles));
        ItemView v = w.view(a);
        CaseFile c = w.scenario().caseFile();
        // other police texts: the same view
        Map<LifeDomain, DomainAssessment> changed = new EnumMap<>(LifeDomain.class);
        c.domains().forEach((d, x) -> changed.put(d, x.policeNote()
                ? new DomainAssessment(x.score(), "«police-other»", true) : x));
        List<MinutesParagraph> minutes = w.scenario().item().minutes().stream()
                .map(p -> p.police() ? p.withText("«police-other»") : p).toList();
        AgendaItem i = w.scenario().item();
        AgendaItem i2 = new AgendaItem(i.caseNumber(), i.durationMinutes(), minutes, i.decisions(), i.disclosures());
        assertThat(w.view(with(c, changed), i2, a)).isEqualTo(v);
        // where the audience reads only a signal, a note from the police might as well not be there
        if (v instanceof CaseView cv) {
            Map<LifeDomain, DomainAssessment> without = new EnumMap<>(LifeDomain.class);
            c.domains().forEach((d, x) -> without.put(d, cv.domain(d) instanceof DomainView.Signal
                    ? x.withoutPoliceNote() : x));
            assertThat(w.view(with(c, without), i, a)).isEqualTo(v);
        }
    }

    @Property(tries = 300)
    void anAgreedAudienceSeesWhatItWouldSeeIfNothingWereMarked(@ForAll("worlds") World w,
                                                              @ForAll @IntRange(min = 0, max = 4) int kind,
                                                              @ForAll @IntRange(min = 1, max = 255) int mask,
                                                              @ForAll @IntRange(min = 0, max = CaseViewerPropertiesTest.PARTNERS - 1) int index) {
        Audience a = audience(w, kind, mask, index);
        ItemView v = w.view(a);
        ItemView everyone = w.scenario().viewer().withPoliceRule(new PoliceRule(EnumSet.allOf(Role.class)))
                .view(w.scenario().caseFile(), w.scenario().item(), a);
        if (w.rule().admits(CaseViewerPropertiesTest.roles(a))) {
            assertThat(v).isEqualTo(everyone);
        } else {
            assertThat(InfoOrder.atMost(v, everyone)).isTrue();
        }
    }

    @Property(tries = 300)
    void addingSomeoneToTheRoomStillNeverRevealsMore(@ForAll("worlds") World w,
                                                     @ForAll @IntRange(min = 1, max = 255) int mask,
                                                     @ForAll @IntRange(min = 0, max = CaseViewerPropertiesTest.PARTNERS - 1) int extra) {
        CaseViewerPropertiesTest.Scenario s = w.scenario();
        List<Partner> group = s.select(mask, true);
        Assume.that(!group.isEmpty());
        List<Partner> bigger = new ArrayList<>(group);
        bigger.add(s.partners().get(extra));
        ItemView small = w.view(Audience.presentation(group));
        assertThat(InfoOrder.atMost(w.view(Audience.presentation(bigger)), small)).isTrue();
        assertThat(InfoOrder.atMost(w.view(Audience.presentationAdmittingOutsiders(bigger)), small)).isTrue();
        // and everyone in the room sees at least what the projector shows
        for (Partner p : group) {
            assertThat(InfoOrder.atMost(small, w.view(Audience.attendee(p)))).isTrue();
        }
    }
}
