package nl.kring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
 * Properties of {@link CaseViewer} over random matrices, partner registers, krings, cases, minutes and audiences.
 * "Rendered" means every leaf value reachable from the view (see {@link ViewFixtures#strings}).
 */
class CaseViewerPropertiesTest {
    static final int PARTNERS = 8;
    static final String BSN = "123456782";
    static final Client CLIENT = new Client("Quirinus Adriaan", "Quirijn", "van", "Zwartberg", List.of("Kwiet"),
            LocalDate.of(1971, 7, 19), BSN, "Zonnebloemweg 77", "06-98765432",
            List.of(new Relative("Ada Zwartberg", "dochter")), "mr. Voogd", false,
            // issue 12: a number issued by an organisation that is no partner of the generated register
            List.of(new FileNumber("elders", "dossiernr.", "FN-90001")));
    static final Client OTHER_CLIENT = new Client("Berend", null, null, "Klomp", List.of(), LocalDate.of(1990, 1, 2),
            "111222333", "Dijk 1", "06-11111111", List.of(), null, true);
    static final Referrer MELDER = new Referrer("Melder Mortier", "MelderOrg Vulpes", false);
    static final List<String> IDENTITY_TEXTS = List.of("Quirinus", "Quirijn", "Zwartberg", "Kwiet", BSN,
            "Zonnebloemweg", "06-98765432", "Ada", "Voogd", "1971", "FN-90001");

    /** A generated world: a matrix, a register, one case on the agenda. */
    record Scenario(RelevanceMatrix matrix, List<Partner> partners, CaseFile caseFile, AgendaItem item) {
        CaseViewer viewer() {
            return CaseViewer.of(matrix, partners);
        }

        boolean inKring(Partner p) {
            return caseFile.kring().contains(p.id());
        }

        List<Partner> select(int mask, boolean kringOnly) {
            List<Partner> out = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                if ((mask & (1 << i)) != 0 && (!kringOnly || inKring(partners.get(i)))) {
                    out.add(partners.get(i));
                }
            }
            return out;
        }

        ItemView view(Audience a) {
            return viewer().view(caseFile, item, a);
        }

        Scenario with(CaseFile c, AgendaItem i) {
            return new Scenario(matrix, partners, c, i);
        }
    }

    static String note(LifeDomain d, String variant) {
        return "«note-" + d.name() + "-" + variant + "»";
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Role>> roles = Arbitraries.of(Role.class).list().ofSize(PARTNERS);
        Arbitrary<List<Visibility>> cells = Arbitraries.of(Visibility.class).list()
                .ofSize(Role.values().length * LifeDomain.values().length);
        Arbitrary<Boolean> defaultMatrix = Arbitraries.of(true, false);
        Arbitrary<Integer> kringMask = Arbitraries.integers().between(1, (1 << PARTNERS) - 1);
        // per domain: 0 absent, 1-5 score with note, 6-10 score without note, 11 note without score
        Arbitrary<List<Integer>> domainCodes = Arbitraries.integers().between(0, 11).list()
                .ofSize(LifeDomain.values().length);
        // per paragraph: -1 untagged, else a LifeDomain ordinal
        Arbitrary<List<Integer>> paragraphs = Arbitraries.integers().between(-1, LifeDomain.values().length - 1)
                .list().ofMaxSize(6);
        Arbitrary<List<Integer>> owners = Arbitraries.integers().between(0, PARTNERS - 1).list().ofMaxSize(3);
        return Combinators.combine(roles, cells, defaultMatrix, kringMask, domainCodes, paragraphs, owners)
                .as(CaseViewerPropertiesTest::scenario);
    }

    static Scenario scenario(List<Role> roles, List<Visibility> cells, boolean defaultMatrix, int kringMask,
                             List<Integer> domainCodes, List<Integer> paragraphs, List<Integer> owners) {
        RelevanceMatrix matrix = RelevanceMatrix.defaults();
        if (!defaultMatrix) {
            int k = 0;
            for (Role r : Role.values()) {
                for (LifeDomain d : LifeDomain.values()) {
                    matrix = matrix.with(r, d, cells.get(k++));
                }
            }
        }
        List<Partner> partners = new ArrayList<>();
        List<String> kring = new ArrayList<>();
        for (int i = 0; i < PARTNERS; i++) {
            Partner p = new Partner("p" + i, "Partner " + i, roles.get(i), Tier.KERN, LocalDate.of(2025, 1, 1),
                    null, List.of());
            partners.add(p);
            if ((kringMask & (1 << i)) != 0) {
                kring.add(p.id());
            }
        }
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        for (LifeDomain d : LifeDomain.values()) {
            int code = domainCodes.get(d.ordinal());
            if (code >= 1 && code <= 5) {
                domains.put(d, new DomainAssessment(code, note(d, "a")));
            } else if (code >= 6 && code <= 10) {
                domains.put(d, new DomainAssessment(code - 5, null));
            } else if (code == 11) {
                domains.put(d, new DomainAssessment(null, note(d, "a")));
            }
        }
        List<MinutesParagraph> minutes = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            int c = paragraphs.get(i);
            LifeDomain cat = c < 0 ? null : LifeDomain.values()[c];
            minutes.add(new MinutesParagraph(cat, "«para-" + i + "-" + (cat == null ? "ALL" : cat.name()) + "»"));
        }
        List<Decision> decisions = owners.stream()
                .map(o -> new Decision("«action for p" + o + "»", "p" + o, LocalDate.of(2026, 12, 1))).toList();
        CaseFile c = new CaseFile("2026-555", CLIENT, MELDER, null, Phase.SCREENING, domains,
                new Consent(ConsentStatus.GEWEIGERD, null, null), null, "«evident»", "«lighter»", null, null, kring);
        AgendaItem item = new AgendaItem("2026-555", 10, minutes, decisions, List.of(new Disclosure(
                List.of(LifeDomain.VEILIGHEID), List.of("p0"), DisclosureBasis.EVIDENT_BELANG, "«why»",
                "«why not informed»", "voorzitter", null)));
        return new Scenario(matrix, partners, c, item);
    }

    /** One of the non-chair audiences, drawn from the scenario. */
    static Audience audience(Scenario s, int kind, int mask, int index) {
        Partner p = s.partners().get(index);
        return switch (kind) {
            case 0 -> Audience.attendee(p);
            case 1 -> Audience.presentation(s.select(mask, true));
            case 2 -> Audience.presentationAdmittingOutsiders(s.select(mask, false));
            case 3 -> Audience.export(p);
            default -> Audience.chairMinutes();
        };
    }

    /** The roles whose strictest visibility applies to the audience (null: the chair's, everything). */
    static Set<Role> roles(Audience a) {
        return switch (a) {
            case Audience.Attendee at -> EnumSet.of(at.partner().role());
            case Audience.PartnerExport e -> EnumSet.of(e.recipient().role());
            case Audience.Presentation p -> {
                Set<Role> r = EnumSet.noneOf(Role.class);
                p.present().forEach(x -> r.add(x.role()));
                yield r;
            }
            default -> null;
        };
    }

    static boolean rendered(ItemView v, String needle) {
        return ViewFixtures.mentions(v, needle);
    }

    // ---------------------------------------------------------------------------------------------------------
    // strictest wins

    @Property(tries = 400)
    void addingSomeoneToTheRoomNeverRevealsMore(@ForAll("scenarios") Scenario s,
                                                @ForAll @IntRange(min = 1, max = 255) int mask,
                                                @ForAll @IntRange(min = 0, max = PARTNERS - 1) int extra) {
        List<Partner> group = s.select(mask, true);
        Assume.that(!group.isEmpty());
        List<Partner> bigger = new ArrayList<>(group);
        bigger.add(s.partners().get(extra));
        ItemView small = s.view(Audience.presentation(group));
        assertThat(InfoOrder.atMost(s.view(Audience.presentation(bigger)), small)).isTrue();
        assertThat(InfoOrder.atMost(s.view(Audience.presentationAdmittingOutsiders(bigger)), small)).isTrue();
        // and adding anyone to a room with outsiders admitted
        List<Partner> mixed = s.select(mask, false);
        List<Partner> mixedBigger = new ArrayList<>(mixed);
        mixedBigger.add(s.partners().get(extra));
        assertThat(InfoOrder.atMost(s.view(Audience.presentationAdmittingOutsiders(mixedBigger)),
                s.view(Audience.presentationAdmittingOutsiders(mixed)))).isTrue();
    }

    @Property(tries = 300)
    void everyoneInTheRoomSeesAtLeastWhatTheProjectorShows(@ForAll("scenarios") Scenario s,
                                                           @ForAll @IntRange(min = 1, max = 255) int mask) {
        List<Partner> group = s.select(mask, false);
        ItemView shown = s.view(Audience.presentation(group));
        ItemView shownAdmitted = s.view(Audience.presentationAdmittingOutsiders(group));
        for (Partner p : group) {
            ItemView own = s.view(Audience.attendee(p));
            assertThat(InfoOrder.atMost(shown, own)).isTrue();
            if (s.inKring(p)) {
                assertThat(InfoOrder.atMost(shownAdmitted, own)).isTrue();
            }
            assertThat(InfoOrder.atMost(s.view(Audience.export(p)), own)).isTrue();
        }
        assertThat(InfoOrder.atMost(shown, s.view(Audience.chair()))).isTrue();
    }

    @Property(tries = 300)
    void theViewFollowsTheStrictestRoleOfTheAudience(@ForAll("scenarios") Scenario s,
                                                    @ForAll @IntRange(min = 0, max = 3) int kind,
                                                    @ForAll @IntRange(min = 1, max = 255) int mask,
                                                    @ForAll @IntRange(min = 0, max = PARTNERS - 1) int index) {
        Audience a = audience(s, kind, mask, index);
        Assume.that(s.view(a) instanceof CaseView);
        CaseView v = (CaseView) s.view(a);
        Set<Role> roles = roles(a);
        for (LifeDomain d : LifeDomain.values()) {
            Visibility expected = Visibilities.of(s.matrix(), roles, d);
            Class<?> type = switch (expected) {
                case VOLLEDIG -> DomainView.Full.class;
                case SIGNAAL -> DomainView.Signal.class;
                case GEEN -> DomainView.Hidden.class;
            };
            assertThat(v.domain(d)).isInstanceOf(type);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // GEEN shows nothing, SIGNAAL only the signal

    @Property(tries = 400)
    void geenShowsNothingAndSignaalOnlyTheSignal(@ForAll("scenarios") Scenario s,
                                                 @ForAll @IntRange(min = 0, max = 3) int kind,
                                                 @ForAll @IntRange(min = 1, max = 255) int mask,
                                                 @ForAll @IntRange(min = 0, max = PARTNERS - 1) int index) {
        Audience a = audience(s, kind, mask, index);
        Set<Role> roles = roles(a);
        ItemView v = s.view(a);
        Set<LifeDomain> geen = EnumSet.noneOf(LifeDomain.class);
        Set<LifeDomain> signaal = EnumSet.noneOf(LifeDomain.class);
        for (LifeDomain d : LifeDomain.values()) {
            switch (Visibilities.of(s.matrix(), roles, d)) {
                case GEEN -> geen.add(d);
                case SIGNAAL -> signaal.add(d);
                default -> { }
            }
        }
        for (LifeDomain d : geen) {
            assertThat(rendered(v, note(d, ""))).as("note of GEEN %s", d).isFalse();
            assertThat(rendered(v, "-" + d.name() + "»")).as("paragraph of GEEN %s", d).isFalse();
        }
        for (LifeDomain d : signaal) {
            assertThat(rendered(v, note(d, ""))).as("note of SIGNAAL %s", d).isFalse();
            assertThat(rendered(v, "-" + d.name() + "»")).as("paragraph of SIGNAAL %s", d).isFalse();
        }

        // non-interference: change everything recorded in GEEN domains, and everything but the problem flag in
        // SIGNAAL ones; the view must not change
        CaseFile c = s.caseFile();
        Map<LifeDomain, DomainAssessment> changed = new EnumMap<>(LifeDomain.class);
        changed.putAll(c.domains());
        for (LifeDomain d : geen) {
            DomainAssessment old = c.domains().get(d);
            if (old == null) {
                changed.put(d, new DomainAssessment(1, note(d, "changed")));
            } else {
                changed.remove(d);
            }
        }
        for (LifeDomain d : signaal) {
            DomainAssessment old = c.domains().get(d);
            boolean problem = old != null && old.signalsProblem();
            changed.put(d, problem ? new DomainAssessment(old.score() == null ? 1 : 3 - old.score(),
                    note(d, "changed")) : new DomainAssessment(5, note(d, "changed")));
        }
        List<MinutesParagraph> minutes = s.item().minutes().stream()
                .map(p -> p.category() != null && (geen.contains(p.category()) || signaal.contains(p.category()))
                        ? new MinutesParagraph(p.category(), "«changed»") : p)
                .toList();
        CaseFile c2 = new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), changed,
                c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), c.evaluationDue(),
                c.closedOn(), c.kring());
        AgendaItem i = s.item();
        AgendaItem i2 = new AgendaItem(i.caseNumber(), i.durationMinutes(), minutes, i.decisions(), i.disclosures());
        assertThat(s.with(c2, i2).view(a)).isEqualTo(v);
    }

    // ---------------------------------------------------------------------------------------------------------
    // identity and the melder

    @Property(tries = 300)
    void identityAndMelderStayWhereTheyBelong(@ForAll("scenarios") Scenario s,
                                             @ForAll @IntRange(min = 0, max = 4) int kind,
                                             @ForAll @IntRange(min = 1, max = 255) int mask,
                                             @ForAll @IntRange(min = 0, max = PARTNERS - 1) int index) {
        Audience a = audience(s, kind, mask, index);
        ItemView v = s.view(a);
        List<String> strings = ViewFixtures.strings(v);
        // the melder, legal footing and disclosures: chair screen only (and legal/disclosures in the chair's minutes)
        assertThat(strings).noneMatch(x -> x.contains("Mortier") || x.contains("Vulpes"));
        if (!(a instanceof Audience.ChairExport)) {
            assertThat(strings).noneMatch(x -> x.contains("«evident»") || x.contains("«why»"));
        }
        // never the BSN on the projector or in an export; exports nothing of the client's identity
        if (a.kind() == Audience.Kind.PRESENTATION || a.kind() == Audience.Kind.EXPORT) {
            assertThat(strings).noneMatch(x -> x.contains(BSN));
        }
        if (a.kind() == Audience.Kind.EXPORT) {
            for (String id : IDENTITY_TEXTS) {
                assertThat(strings).as(id).noneMatch(x -> x.contains(id));
            }
            assertThat(ViewFixtures.leaves(v)).doesNotContain(CLIENT.birthDate());
        }
        // in the meeting, kring members: name and address, nothing more of the client
        for (String id : List.of("Quirinus", "Kwiet", BSN, "06-98765432", "Ada", "Voogd", "1971", "FN-90001")) {
            assertThat(strings).as(id).noneMatch(x -> x.contains(id));
        }

        // non-interference: another melder changes nothing; in an export, another client changes nothing
        CaseFile c = s.caseFile();
        CaseFile otherMelder = new CaseFile(c.number(), c.client(), new Referrer("X", "Y", true), c.reportedOn(),
                c.phase(), c.domains(), c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(),
                c.evaluationDue(), c.closedOn(), c.kring());
        assertThat(s.with(otherMelder, s.item()).view(a)).isEqualTo(v);
        if (a.kind() == Audience.Kind.EXPORT) {
            CaseFile otherClient = new CaseFile(c.number(), OTHER_CLIENT, c.referrer(), c.reportedOn(), c.phase(),
                    c.domains(), c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(),
                    c.evaluationDue(), c.closedOn(), c.kring());
            assertThat(s.with(otherClient, s.item()).view(a)).isEqualTo(v);
        }
        // the chair sees the melder
        assertThat(ViewFixtures.mentions(s.view(Audience.chair()), "Mortier")).isTrue();
    }

    @Property(tries = 200)
    void outsidersSeeNothingOfTheCase(@ForAll("scenarios") Scenario s,
                                      @ForAll @IntRange(min = 0, max = PARTNERS - 1) int index,
                                      @ForAll @IntRange(min = 0, max = 255) int mask) {
        Partner p = s.partners().get(index);
        Assume.that(!s.inKring(p));
        assertThat(s.view(Audience.attendee(p))).isInstanceOf(ItemView.Withheld.class);
        assertThat(s.view(Audience.export(p))).isInstanceOf(ItemView.Withheld.class);
        List<Partner> room = new ArrayList<>(s.select(mask, false));
        room.add(p);
        ItemView v = s.view(Audience.presentation(room));
        assertThat(v).isInstanceOf(ItemView.Withheld.class);
        Set<String> expected = new LinkedHashSet<>();
        room.stream().filter(x -> !s.inKring(x)).forEach(x -> expected.add(x.id()));
        assertThat(((ItemView.Withheld) v).outsiders()).containsExactlyElementsOf(expected);
        assertThat(ViewFixtures.strings(v)).noneMatch(x -> x.contains("2026-555") || x.contains("«"));
    }
}
