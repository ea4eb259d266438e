package nl.kring.domain;

import static nl.kring.domain.ViewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseViewerTest {
    private final CaseViewer viewer = CaseViewer.of(RelevanceMatrix.defaults(), REGISTER);

    private CaseView view(Audience audience) {
        ItemView v = viewer.view(sampleCase(), sampleItem(), audience);
        assertThat(v).isInstanceOf(CaseView.class);
        return (CaseView) v;
    }

    @Test
    void woningcorporatieSeesHousingButNotMentalHealth() {
        CaseView v = view(Audience.attendee(WOCO));
        assertThat(v.domain(LifeDomain.HUISVESTING)).isInstanceOfSatisfying(DomainView.Full.class, f -> {
            assertThat(f.score()).isEqualTo(new Part.Shown<>(2));
            assertThat(f.note()).isEqualTo(new Part.Shown<>("woning vervuild, klachten buren"));
        });
        assertThat(v.domain(LifeDomain.GEESTELIJK_FUNCTIONEREN))
                .isEqualTo(new DomainView.Hidden(LifeDomain.GEESTELIJK_FUNCTIONEREN, HiddenReason.MATRIX));
        assertThat(mentions(v, "psychotisch")).isFalse();
        assertThat(mentions(v, "Wanen")).isFalse();
        // the housing paragraph is there, the mental-health one is explicitly hidden, the unclassified one is the
        // chair's only
        assertThat(v.minutes()).extracting(Part::isShown).containsExactly(false, false, true);
        assertThat(v.minutes().get(0)).isEqualTo(Part.hidden(HiddenReason.UNCLASSIFIED));
        assertThat(v.minutes().get(1)).isEqualTo(Part.hidden(HiddenReason.MATRIX));
    }

    /**
     * Issue 13: the probation service is a role of its own with the default row of docs/product.md: the content of
     * veiligheid and juridisch (its task), a signal of geestelijk functioneren and huisvesting, nothing of financiën.
     */
    @Test
    void reclasseringSeesSafetyAndJusticeAndOnlySignalsOfCare() {
        Partner reclassering = partner("rn-oost", Role.RECLASSERING);
        Map<String, Partner> register = new HashMap<>(REGISTER);
        register.put(reclassering.id(), reclassering);
        CaseFile c = sampleCase();
        CaseFile withProbation = new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(),
                c.domains(), c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(),
                c.evaluationDue(), c.closedOn(), List.of(WOCO.id(), GGD.id(), GGZ.id(), reclassering.id()));
        CaseView v = (CaseView) CaseViewer.of(RelevanceMatrix.defaults(), register)
                .view(withProbation, sampleItem(), Audience.attendee(reclassering));
        assertThat(v.domain(LifeDomain.JURIDISCH)).isInstanceOfSatisfying(DomainView.Full.class,
                f -> assertThat(f.note()).isEqualTo(new Part.Shown<>("boete openstaand")));
        assertThat(v.domain(LifeDomain.VEILIGHEID)).isInstanceOf(DomainView.Full.class);
        assertThat(v.domain(LifeDomain.GEESTELIJK_FUNCTIONEREN)).isInstanceOf(DomainView.Signal.class);
        assertThat(v.domain(LifeDomain.HUISVESTING)).isInstanceOf(DomainView.Signal.class);
        assertThat(v.domain(LifeDomain.FINANCIEN))
                .isEqualTo(new DomainView.Hidden(LifeDomain.FINANCIEN, HiddenReason.MATRIX));
        assertThat(mentions(v, "psychotisch")).isFalse();
        assertThat(mentions(v, "huurachterstand")).isFalse();
        assertThat(mentions(v, "boete openstaand")).isTrue();
    }

    @Test
    void signalSaysOnlyThatThereIsAProblemAndWhomToContact() {
        CaseView v = view(Audience.attendee(WOCO));
        // FINANCIEN is SIGNAAL for a woningcorporatie; score 2 is a problem; GGD and... in the kring see it VOLLEDIG
        assertThat(v.domain(LifeDomain.FINANCIEN)).isEqualTo(new DomainView.Signal(LifeDomain.FINANCIEN, true,
                List.of(PartnerRef.of(GGD)), false));
        assertThat(mentions(v, "huurachterstand")).isFalse();
        // VEILIGHEID is SIGNAAL, score 4: no problem, no contacts
        assertThat(v.domain(LifeDomain.VEILIGHEID))
                .isEqualTo(new DomainView.Signal(LifeDomain.VEILIGHEID, false, List.of(), false));
        // a note without a score is a signal
        assertThat(view(Audience.attendee(GGZ)).domain(LifeDomain.JURIDISCH))
                .isEqualTo(new DomainView.Signal(LifeDomain.JURIDISCH, true, List.of(PartnerRef.of(GGD)), false));
    }

    @Test
    void signalFallsBackToTheChairWhenNoKringPartnerSeesTheDomain() {
        CaseFile c = sampleCase();
        CaseFile withoutGgd = new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(),
                c.domains(), c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(),
                c.evaluationDue(), c.closedOn(), List.of(WOCO.id(), GGZ.id()));
        CaseView v = (CaseView) viewer.view(withoutGgd, Audience.attendee(GGZ));
        assertThat(v.domain(LifeDomain.FINANCIEN))
                .isEqualTo(new DomainView.Signal(LifeDomain.FINANCIEN, true, List.of(), true));
    }

    @Test
    void attendeeSeesNameAndAddressOnly() {
        IdentityView id = view(Audience.attendee(WOCO)).identity();
        assertThat(id.name()).isEqualTo(new Part.Shown<>("Jan de Vries"));
        assertThat(id.address()).isEqualTo(new Part.Shown<>("Kerkstraat 12, 3511 AB Utrecht"));
        assertThat(List.of(id.bsn(), id.birthDate(), id.phone(), id.relatives(), id.aliases(), id.firstNames(),
                id.legalRepresentative())).allMatch(Part::isHidden);
    }

    /**
     * Issue 12, a partner's own number for the client is an identifier like the BSN: the chair sees every number, the
     * partner that issued one sees its own in its bekijk-als and no other partner's, a partner that issued none sees
     * none, the projector never shows one (not even with only the issuer in the room), no export carries one.
     */
    @Test
    void aFileNumberReachesTheChairAndItsOwnIssuerOnly() {
        CaseFile base = sampleCase();
        CaseFile c = new CaseFile(base.number(), base.client().withFileNumbers(List.of(
                new FileNumber(WOCO.id(), "huurnummer", "483921"), new FileNumber(GGD.id(), "dossiernr.", "GGD-58317"))),
                base.referrer(), base.reportedOn(), base.phase(), base.domains(), base.consent(), base.informed(),
                base.evidentInterest(), base.lighterMeansConsidered(), base.evaluationDue(), base.closedOn(), base.kring());
        assertThat(((CaseView) viewer.view(c, Audience.chair())).identity().fileNumbers().shownValue().orElseThrow())
                .hasSize(2).anyMatch(x -> x.endsWith("huurnummer 483921")).anyMatch(x -> x.endsWith("dossiernr. GGD-58317"));
        assertThat(((CaseView) viewer.view(c, Audience.attendee(WOCO))).identity().fileNumbers())
                .isEqualTo(Part.of(List.of(WOCO.name() + ": huurnummer 483921")));
        assertThat(((CaseView) viewer.view(c, Audience.attendee(GGZ))).identity().fileNumbers())
                .isEqualTo(Part.hidden(HiddenReason.IDENTITY_CHAIR_ONLY));
        assertThat(((CaseView) viewer.view(c, Audience.presentation(List.of(WOCO)))).identity().fileNumbers())
                .isEqualTo(Part.hidden(HiddenReason.NEVER_ON_PRESENTATION));
        assertThat(((CaseView) viewer.view(c, Audience.export(WOCO))).identity().fileNumbers())
                .isEqualTo(Part.hidden(HiddenReason.CASE_NUMBER_ONLY));
        assertThat(((CaseView) viewer.view(c, Audience.chairMinutes())).identity().fileNumbers())
                .isEqualTo(Part.hidden(HiddenReason.CASE_NUMBER_ONLY));
    }

    @Test
    void chairSeesEverything() {
        CaseView v = view(Audience.chair());
        assertThat(v.identity().bsn()).isEqualTo(new Part.Shown<>("111222333"));
        assertThat(v.referrer()).isEqualTo(new Part.Shown<>(MELDER));
        assertThat(v.domains()).allMatch(d -> d instanceof DomainView.Full);
        assertThat(v.minutes()).allMatch(Part::isShown);
        assertThat(v.legal().isShown()).isTrue();
        assertThat(v.disclosures().isShown()).isTrue();
        // not recorded is not hidden
        assertThat(((DomainView.Full) v.domain(LifeDomain.HUISHOUDING)).score()).isEqualTo(new Part.NotRecorded<>());
    }

    @Test
    void nonKringAttendeeSeesNothing() {
        assertThat(viewer.view(sampleCase(), sampleItem(), Audience.attendee(POLITIE))).isEqualTo(
                new ItemView.Withheld(Audience.Kind.ATTENDEE, HiddenReason.NOT_IN_KRING, List.of(POLITIE.id())));
        assertThat(viewer.view(sampleCase(), sampleItem(), Audience.export(POLITIE)))
                .isInstanceOf(ItemView.Withheld.class);
    }

    @Test
    void presentationWithAnOutsiderIsWithheldUnlessAdmitted() {
        assertThat(viewer.view(sampleCase(), sampleItem(), Audience.presentation(List.of(GGD, POLITIE, WOCO))))
                .isEqualTo(new ItemView.Withheld(Audience.Kind.PRESENTATION, HiddenReason.OUTSIDER_PRESENT,
                        List.of(POLITIE.id())));
        CaseView admitted = view(Audience.presentationAdmittingOutsiders(List.of(GGD, POLITIE, WOCO)));
        assertThat(admitted.identity().name()).isEqualTo(Part.hidden(HiddenReason.OUTSIDER_PRESENT));
        assertThat(admitted.decisions()).isEqualTo(Part.hidden(HiddenReason.OUTSIDER_PRESENT));
        assertThat(admitted.minutes()).noneMatch(Part::isShown);
        // strictest of GGD, POLITIE, WOCO: HUISVESTING is SIGNAAL (politie), GEESTELIJK GEEN (woco)
        assertThat(admitted.domain(LifeDomain.HUISVESTING)).isInstanceOf(DomainView.Signal.class);
        assertThat(admitted.domain(LifeDomain.GEESTELIJK_FUNCTIONEREN)).isInstanceOf(DomainView.Hidden.class);
        assertThat(viewer.view(sampleCase(), sampleItem(), Audience.presentation(List.of())))
                .isEqualTo(new ItemView.Withheld(Audience.Kind.PRESENTATION, HiddenReason.NOBODY_PRESENT,
                        List.of()));
    }

    @Test
    void presentationShowsTheStrictestAndNeverTheBsn() {
        CaseView v = view(Audience.presentation(List.of(GGD, GGZ, WOCO)));
        assertThat(v.identity().bsn()).isEqualTo(Part.hidden(HiddenReason.NEVER_ON_PRESENTATION));
        assertThat(v.identity().name().isShown()).isTrue();
        assertThat(mentions(v, "111222333")).isFalse();
        assertThat(v.domain(LifeDomain.HUISVESTING)).isInstanceOf(DomainView.Signal.class); // GGZ: S
        assertThat(v.domain(LifeDomain.HUISHOUDING)).isInstanceOf(DomainView.Signal.class); // woco: S
        assertThat(v.domain(LifeDomain.GEESTELIJK_FUNCTIONEREN)).isInstanceOf(DomainView.Hidden.class); // woco: -
        CaseView withoutWoco = view(Audience.presentation(List.of(GGD, GGZ)));
        assertThat(withoutWoco.domain(LifeDomain.GEESTELIJK_FUNCTIONEREN)).isInstanceOf(DomainView.Full.class);
        assertThat(withoutWoco.domain(LifeDomain.SOMATISCH_FUNCTIONEREN)).isInstanceOf(DomainView.Signal.class);
    }

    @Test
    void exportCarriesTheCaseNumberOnlyAndMarksOwnActions() {
        CaseView v = view(Audience.export(WOCO));
        assertThat(v.caseNumber()).isEqualTo("2026-017");
        for (String secret : List.of("Vries", "Jan", "Kerkstraat", "111222333", "06-12345678", "1984", "Buurvrouw",
                "Wijkteam")) {
            assertThat(mentions(v, secret)).as(secret).isFalse();
        }
        List<DecisionView> decisions = v.decisions().shownValue().orElseThrow();
        assertThat(decisions).extracting(DecisionView::own).containsExactly(true, false);
        assertThat(v.referrer()).isEqualTo(Part.hidden(HiddenReason.NEVER_EXPORTED));
    }

    @Test
    void chairMinutesExportHaveAllContentButNoIdentityOrMelder() {
        CaseView v = view(Audience.chairMinutes());
        assertThat(v.audience()).isEqualTo(Audience.Kind.EXPORT);
        assertThat(v.domains()).allMatch(d -> d instanceof DomainView.Full);
        assertThat(v.minutes()).allMatch(Part::isShown);
        assertThat(mentions(v, "Vries")).isFalse();
        assertThat(mentions(v, "Buurvrouw")).isFalse();
        assertThat(v.referrer().isHidden()).isTrue();
    }

    @Test
    void freeTextHookReplacesClientMentionsWhereTheNameIsHidden() {
        FreeText refs = (text, nameVisible) -> text.replace("{client}", nameVisible ? "Jan" : "[cliënt 2026-017]");
        CaseViewer v = viewer.withFreeText(refs);
        AgendaItem item = new AgendaItem("2026-017", 10, List.of(MinutesParagraph.general("{client} kwam niet")),
                List.of(), List.of());
        CaseView inRoom = (CaseView) v.view(sampleCase(), item, Audience.attendee(WOCO));
        CaseView report = (CaseView) v.view(sampleCase(), item, Audience.export(WOCO));
        assertThat(inRoom.minutes().getFirst().shownValue().orElseThrow().text()).isEqualTo("Jan kwam niet");
        assertThat(report.minutes().getFirst().shownValue().orElseThrow().text())
                .isEqualTo("[cliënt 2026-017] kwam niet");
    }

    @Test
    void auditSummaryIsContentFree() {
        String summary = view(Audience.presentation(List.of(GGD, WOCO))).auditSummary();
        assertThat(summary).contains("case=2026-017", "HUISVESTING", "identity=[name,address]")
                .doesNotContain("Vries", "vervuild", "111222333");
    }

    @Test
    void rejectsAnItemAboutAnotherCaseAndUnknownPartners() {
        assertThatThrownBy(() -> viewer.view(sampleCase(), AgendaItem.of("2026-099"), Audience.chair()))
                .isInstanceOf(IllegalArgumentException.class);
        CaseViewer small = CaseViewer.of(RelevanceMatrix.defaults(), List.of(GGD));
        assertThatThrownBy(() -> small.view(sampleCase(), Audience.chair()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("woco-dak");
    }
}
