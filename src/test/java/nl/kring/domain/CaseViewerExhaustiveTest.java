package nl.kring.domain;

import static nl.kring.domain.ViewFixtures.leaves;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role x leefgebied x visibility x audience: the cell of the matrix alone decides what the view shows of that
 * leefgebied and of the paragraphs tagged with it, and the identity rules hold for every audience.
 */
class CaseViewerExhaustiveTest {

    enum Kind { ATTENDEE, PRESENTATION, PRESENTATION_ADMITTED, EXPORT }

    static final String BSN = "123456782";
    static final Client CLIENT = new Client("Quirinus Adriaan", "Quirijn", "van", "Zwartberg", List.of("Kwiet"),
            LocalDate.of(1971, 7, 19), BSN, "Zonnebloemweg 77", "06-98765432",
            List.of(new Relative("Ada Zwartberg", "dochter")), "mr. Voogd", false,
            // issue 12: the viewer's own number for the client and the GGD's
            List.of(new FileNumber("viewer", "dossiernr.", "VW-55501"), new FileNumber("ggd", "cliëntnr", "GG-77702")));
    static final Referrer MELDER = new Referrer("Melder Mortier", "MelderOrg Vulpes", true);

    static String note(LifeDomain d) {
        return "«note " + d.name() + "»";
    }

    static String paragraph(LifeDomain d) {
        return "«paragraph " + d.name() + "»";
    }

    static String decision(LifeDomain d) {
        return "«decision " + d.name() + "»";
    }

    static CaseFile caseFor(List<String> kring) {
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        for (LifeDomain d : LifeDomain.values()) {
            domains.put(d, new DomainAssessment(1 + d.ordinal() % 2, note(d)));
        }
        return new CaseFile("2026-101", CLIENT, MELDER, null, Phase.INTAKE, domains, null, null, "«evident»",
                "«lighter»", null, null, kring);
    }

    static AgendaItem item() {
        List<MinutesParagraph> minutes = new ArrayList<>();
        minutes.add(new MinutesParagraph(null, "«untagged»"));
        minutes.add(MinutesParagraph.general("«general»"));
        for (LifeDomain d : LifeDomain.values()) {
            minutes.add(new MinutesParagraph(d, paragraph(d)));
        }
        List<Decision> decisions = new ArrayList<>();
        decisions.add(new Decision("«own action»", "viewer", null));
        decisions.add(new Decision("«plain action»", "ggd", null));
        decisions.add(new Decision("«general action»", "ggd", null, null, true));
        for (LifeDomain d : LifeDomain.values()) {
            decisions.add(new Decision(decision(d), "ggd", null, d, false));
        }
        return new AgendaItem("2026-101", 10, minutes, decisions, List.of());
    }

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (Role role : Role.values()) {
            for (LifeDomain d : LifeDomain.values()) {
                for (Visibility v : Visibility.values()) {
                    for (Kind k : Kind.values()) {
                        out.add(Arguments.of(role, d, v, k));
                    }
                }
            }
        }
        return out.stream();
    }

    static boolean has(List<String> rendered, String needle) {
        return rendered.stream().anyMatch(s -> s.contains(needle));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("cells")
    void theCellDecides(Role role, LifeDomain d, Visibility v, Kind kind) {
        RelevanceMatrix matrix = RelevanceMatrix.defaults().with(role, d, v);
        Partner viewer = new Partner("viewer", "Viewer", role, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of());
        // a GGD partner sees everything VOLLEDIG in the default matrix, so in a presentation the viewer's cell is the
        // strictest (when the viewer is GGD itself, its edited cell applies to both)
        Partner ggd = new Partner("ggd", "GGD", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of());
        Partner outsider = new Partner("out", "Out", Role.GGD, Tier.SCHIL, LocalDate.of(2025, 1, 1), null, List.of());
        CaseViewer viewerFn = CaseViewer.of(matrix, List.of(viewer, ggd, outsider));
        Audience audience = switch (kind) {
            case ATTENDEE -> Audience.attendee(viewer);
            case PRESENTATION -> Audience.presentation(List.of(ggd, viewer));
            case PRESENTATION_ADMITTED -> Audience.presentationAdmittingOutsiders(List.of(ggd, viewer, outsider));
            case EXPORT -> Audience.export(viewer);
        };
        CaseView view = (CaseView) viewerFn.view(caseFor(List.of("viewer", "ggd")), item(), audience);

        List<String> rendered = ViewFixtures.strings(view);
        DomainView dv = view.domain(d);
        switch (v) {
            case VOLLEDIG -> {
                assertThat(dv).isInstanceOf(DomainView.Full.class);
                assertThat(has(rendered, note(d))).isTrue();
            }
            case SIGNAAL -> {
                assertThat(dv).isInstanceOf(DomainView.Signal.class);
                assertThat(((DomainView.Signal) dv).problem()).isTrue();
                assertThat(has(rendered, note(d))).isFalse();
                // a SIGNAAL reader does not get the content of a tagged paragraph either
                assertThat(has(rendered, paragraph(d))).isFalse();
            }
            case GEEN -> {
                assertThat(dv).isEqualTo(new DomainView.Hidden(d, HiddenReason.MATRIX));
                assertThat(has(rendered, note(d))).isFalse();
                assertThat(has(rendered, paragraph(d))).isFalse();
                // and the score is not anywhere in the domain's place either
                assertThat(leaves(dv)).doesNotContain(1 + d.ordinal() % 2);
            }
        }
        assertThat(has(rendered, paragraph(d))).isEqualTo(v == Visibility.VOLLEDIG);
        // an unclassified paragraph reaches no partner and no room; ALGEMEEN every kring member
        assertThat(view.minutes().getFirst()).isEqualTo(Part.hidden(HiddenReason.UNCLASSIFIED));
        assertThat(has(rendered, "«untagged»")).isFalse();
        assertThat(view.minutes().get(1).isShown()).isEqualTo(kind != Kind.PRESENTATION_ADMITTED);
        assertThat(has(rendered, "«general»")).isEqualTo(kind != Kind.PRESENTATION_ADMITTED);

        // decisions: own in full, another's text only when ALGEMEEN or VOLLEDIG for the audience
        boolean decisionsShown = kind != Kind.PRESENTATION_ADMITTED;
        assertThat(view.decisions().isShown()).isEqualTo(decisionsShown);
        assertThat(has(rendered, decision(d))).isEqualTo(decisionsShown && v == Visibility.VOLLEDIG);
        assertThat(has(rendered, "«general action»")).isEqualTo(decisionsShown);
        assertThat(has(rendered, "«plain action»")).isFalse();
        assertThat(has(rendered, "«own action»")).isEqualTo(kind == Kind.ATTENDEE || kind == Kind.EXPORT);
        if (decisionsShown) {
            // who and when stay visible for every kring member, also where the text is not
            assertThat(view.decisions().shownValue().orElseThrow()).allSatisfy(dec -> assertThat(dec.owner().isShown()).isTrue());
        }

        // identity, melder, legal footing
        assertThat(has(rendered, "Melder")).isFalse();
        assertThat(has(rendered, "MelderOrg")).isFalse();
        assertThat(has(rendered, "«evident»")).isFalse();
        assertThat(has(rendered, BSN)).isFalse();
        for (String s : List.of("Quirinus", "Adriaan", "Kwiet", "06-98765432", "Ada", "Voogd")) {
            assertThat(has(rendered, s)).as(s).isFalse();
        }
        assertThat(leaves(view)).doesNotContain(CLIENT.birthDate());
        // file numbers (issue 12): the viewer's own in its bekijk-als only; another partner's never; none on the
        // projector, with or without admitted outsiders, and none in an export
        assertThat(has(rendered, "VW-55501")).isEqualTo(kind == Kind.ATTENDEE);
        assertThat(has(rendered, "GG-77702")).isFalse();
        assertThat(view.identity().fileNumbers()).isEqualTo(switch (kind) {
            case ATTENDEE -> Part.of(List.of("Viewer: dossiernr. VW-55501"));
            case PRESENTATION -> Part.hidden(HiddenReason.NEVER_ON_PRESENTATION);
            case PRESENTATION_ADMITTED -> Part.hidden(HiddenReason.OUTSIDER_PRESENT);
            case EXPORT -> Part.hidden(HiddenReason.CASE_NUMBER_ONLY);
        });
        boolean nameAndAddress = kind == Kind.ATTENDEE || kind == Kind.PRESENTATION;
        assertThat(has(rendered, "Zwartberg")).isEqualTo(nameAndAddress);
        assertThat(has(rendered, "Zonnebloemweg")).isEqualTo(nameAndAddress);
        assertThat(view.caseNumber()).isEqualTo("2026-101");
    }
}
