package nl.kring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The notes proposed after an item (issue 15, point 7): one per recipient and category shown, pre-filled; only without
 * consent for kring members, always for an outsider shown the item by override; none for a withheld item.
 */
class DisclosureProposalsTest {
    static final LocalDate ON = LocalDate.of(2026, 11, 26);
    static final CaseViewer VIEWER = CaseViewer.of(RelevanceMatrix.defaults(), ViewFixtures.REGISTER);

    static CaseFile withConsent(CaseFile c, ConsentStatus status) {
        return new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), c.domains(),
                new Consent(status, ON, null), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(),
                c.evaluationDue(), c.closedOn(), c.kring());
    }

    @Test
    void withoutConsentEveryPresentKringMemberGetsOneNotePerCategoryShown() {
        CaseFile c = ViewFixtures.sampleCase(); // consent refused; kring woco, ggd, ggz
        List<Partner> present = List.of(ViewFixtures.WOCO, ViewFixtures.GGD);
        ItemView shown = VIEWER.view(c, ViewFixtures.sampleItem(), Audience.presentation(present));
        List<DisclosureProposals.Proposal> ps = DisclosureProposals.afterItem(c, shown, present, ON, null, "M. Bos");
        // the projector follows the strictest of woco and ggd: what the woningcorporatie may see
        List<Object> expected = DisclosureProposals.shownCategories(c, (CaseView) shown);
        assertThat(expected.getFirst()).isEqualTo(DataCategory.IDENTITEITSGEGEVENS); // name and address on the projector
        assertThat(expected).contains(LifeDomain.HUISVESTING, LifeDomain.FINANCIEN)
                .doesNotContain(LifeDomain.GEESTELIJK_FUNCTIONEREN); // GEEN for the woningcorporatie
        assertThat(ps).hasSize(2 * expected.size());
        assertThat(ps).extracting(DisclosureProposals.Proposal::recipient).containsOnly("woco-dak", "ggd-vangnet");
        assertThat(ps).allSatisfy(p -> {
            assertThat(p.reason()).isEqualTo(DisclosureProposals.Reason.WITHOUT_CONSENT);
            Disclosure d = p.note();
            assertThat(d.to()).containsExactly(p.recipient());
            assertThat(d.categories().size() + d.otherCategories().size()).isEqualTo(1);
            assertThat(d.basis()).isEqualTo(DisclosureBasis.EVIDENT_BELANG);
            assertThat(d.why()).isEqualTo("ernstige zelfverwaarlozing");
            assertThat(d.whyNotInformed()).isEqualTo("contact niet mogelijk");
            assertThat(d.decidedBy()).isEqualTo("M. Bos");
            assertThat(d.date()).isEqualTo(ON);
            assertThat(DisclosureRules.check(d, ViewFixtures.REGISTER, ON)).isEmpty(); // complete as proposed
        });
    }

    @Test
    void withConsentNothingIsProposedForTheKringButAnOverrideIsStillANote() {
        CaseFile c = withConsent(ViewFixtures.sampleCase(), ConsentStatus.GEGEVEN);
        List<Partner> kringOnly = List.of(ViewFixtures.WOCO);
        assertThat(DisclosureProposals.afterItem(c, VIEWER.view(c, ViewFixtures.sampleItem(),
                Audience.presentation(kringOnly)), kringOnly, ON, null, "M. Bos")).isEmpty();

        List<Partner> withOutsider = List.of(ViewFixtures.WOCO, ViewFixtures.POLITIE);
        ItemView withheld = VIEWER.view(c, ViewFixtures.sampleItem(), Audience.presentation(withOutsider));
        assertThat(DisclosureProposals.afterItem(c, withheld, withOutsider, ON, null, "M. Bos")).isEmpty();

        ItemView admitted = VIEWER.view(c, ViewFixtures.sampleItem(),
                Audience.presentationAdmittingOutsiders(withOutsider));
        List<DisclosureProposals.Proposal> ps = DisclosureProposals.afterItem(c, admitted, withOutsider, ON,
                "wijkagent vervangt de wijkcoördinator", "M. Bos");
        assertThat(ps).isNotEmpty().allSatisfy(p -> {
            assertThat(p.recipient()).isEqualTo("politie-mn");
            assertThat(p.reason()).isEqualTo(DisclosureProposals.Reason.OVERRIDE);
            assertThat(p.note().why()).isEqualTo("wijkagent vervangt de wijkcoördinator");
            assertThat(p.note().basis()).isEqualTo(DisclosureBasis.TOESTEMMING);
        });
        // name and address are hidden with an outsider in the room: no identity note
        assertThat(ps).noneMatch(p -> p.category() == DataCategory.IDENTITEITSGEGEVENS);
    }

    @Test
    void informationFromThePoliceShownIsItsOwnCategory() {
        CaseFile c = ViewFixtures.sampleCase();
        AgendaItem item = new AgendaItem(c.number(), 10, List.of(new MinutesParagraph(LifeDomain.HUISVESTING,
                "Politie trof de woning open aan.", false, true)), List.of(), List.of());
        List<Partner> present = List.of(ViewFixtures.GGD);
        CaseViewer all = VIEWER.withPoliceRule(new PoliceRule(EnumSet.of(Role.GGD, Role.POLITIE)));
        List<DisclosureProposals.Proposal> ps = DisclosureProposals.afterItem(c,
                all.view(c, item, Audience.presentation(present)), present, ON, null, "M. Bos");
        assertThat(ps).extracting(DisclosureProposals.Proposal::category).contains(DataCategory.POLITIEGEGEVENS);
        // under the default rule the GGD did not see it: no such note
        List<DisclosureProposals.Proposal> none = DisclosureProposals.afterItem(c,
                VIEWER.view(c, item, Audience.presentation(present)), present, ON, null, "M. Bos");
        assertThat(none).extracting(DisclosureProposals.Proposal::category).doesNotContain(DataCategory.POLITIEGEGEVENS);
        assertThat(ps.stream().filter(p -> p.category() == DataCategory.POLITIEGEGEVENS).findFirst().orElseThrow()
                .note().otherCategories()).containsExactly(DataCategory.POLITIEGEGEVENS);
    }
}
