package nl.kring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.kring.domain.DisclosureRules.Code.*;
import static org.assertj.core.api.Assertions.assertThat;

class DisclosureRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Partner WOCO = new Partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
            LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 15), List.of());
    static final Partner LAPSED = new Partner("thuis", "Thuiszorg Oost", Role.THUISZORG, Tier.SCHIL,
            LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30), List.of());
    static final Map<String, Partner> PARTNERS = Map.of(WOCO.id(), WOCO, LAPSED.id(), LAPSED);

    static Disclosure complete() {
        return new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("woco-dak"), DisclosureBasis.EVIDENT_BELANG,
                "Dreigende huisuitzetting", "Cliënt niet bereikbaar", "voorzitter", TODAY, false);
    }

    static List<DisclosureRules.Code> codes(Disclosure d) {
        return DisclosureRules.check(d, PARTNERS, TODAY).stream().map(DisclosureRules.Problem::code).toList();
    }

    @Test
    void aCompleteNoteHasNoProblems() {
        assertThat(codes(complete())).isEmpty();
    }

    @Test
    void anEmptyNoteNamesEveryMissingPartInFormOrder() {
        Disclosure empty = new Disclosure(List.of(), List.of(), null, " ", null, "", null, false);
        assertThat(DisclosureRules.check(empty, PARTNERS, TODAY)).extracting(DisclosureRules.Problem::field)
                .containsExactly(DisclosureRules.Field.CATEGORIES, DisclosureRules.Field.RECIPIENTS,
                        DisclosureRules.Field.BASIS, DisclosureRules.Field.WHY, DisclosureRules.Field.WHY_NOT_INFORMED,
                        DisclosureRules.Field.DECIDED_BY, DisclosureRules.Field.DATE);
        assertThat(codes(empty)).containsExactly(NO_CATEGORY, NO_RECIPIENT, NO_BASIS, NO_WHY, NO_WHY_NOT_INFORMED,
                NO_DECIDER, NO_DATE);
    }

    @Test
    void aClientWhoWasInformedNeedsNoReasonWhyNot() {
        Disclosure d = complete();
        Disclosure informed = new Disclosure(d.categories(), d.to(), d.basis(), d.why(), null, d.decidedBy(), d.date(), true);
        Disclosure notInformed = new Disclosure(d.categories(), d.to(), d.basis(), d.why(), "  ", d.decidedBy(), d.date(), false);
        assertThat(codes(informed)).isEmpty();
        assertThat(codes(notInformed)).containsExactly(NO_WHY_NOT_INFORMED);
    }

    @Test
    void aDateInTheFutureIsRefusedTodayIsFine() {
        assertThat(codes(complete().withDate(TODAY.plusDays(1)))).containsExactly(DATE_IN_FUTURE);
        assertThat(codes(complete().withDate(TODAY))).isEmpty();
    }

    /** Issue 13: a note recorded for a planned meeting may carry that meeting's date; no other date after today. */
    @Test
    void aPlannedMeetingsDateIsAcceptedAheadAnyOtherFutureDateIsNot() {
        LocalDate planned = TODAY.plusDays(5);
        assertThat(DisclosureRules.check(complete().withDate(planned), PARTNERS, TODAY, planned)).isEmpty();
        assertThat(DisclosureRules.check(complete().withDate(planned.plusDays(1)), PARTNERS, TODAY, planned))
                .extracting(DisclosureRules.Problem::code).containsExactly(DATE_IN_FUTURE);
        assertThat(DisclosureRules.check(complete().withDate(TODAY.minusDays(3)), PARTNERS, TODAY, planned)).isEmpty();
        assertThat(DisclosureRules.check(complete().withDate(planned), PARTNERS, TODAY, null))
                .extracting(DisclosureRules.Problem::code).containsExactly(DATE_IN_FUTURE);
    }

    @Test
    void recipientsMustBeKnownAndHaveAnAgreementOnTheDayOfTheDisclosure() {
        Disclosure d = complete();
        Disclosure toLapsed = new Disclosure(d.categories(), List.of("woco-dak", "thuis", "nobody"), d.basis(), d.why(),
                d.whyNotInformed(), d.decidedBy(), TODAY, false);
        assertThat(DisclosureRules.check(toLapsed, PARTNERS, TODAY))
                .containsExactly(new DisclosureRules.Problem(DisclosureRules.Field.RECIPIENTS, RECIPIENT_NO_AGREEMENT, "thuis"),
                        new DisclosureRules.Problem(DisclosureRules.Field.RECIPIENTS, RECIPIENT_UNKNOWN, "nobody"));
        // recorded afterwards for a day when the agreement still held: fine
        assertThat(codes(new Disclosure(d.categories(), List.of("thuis"), d.basis(), d.why(), d.whyNotInformed(),
                d.decidedBy(), LocalDate.of(2026, 6, 1), false))).isEmpty();
    }

    @Test
    void theSuggestedGrondslagFollowsTheCaseConsent() {
        CaseFile without = new CaseFile("2026-001", null, null, null, Phase.SCREENING, null,
                new Consent(ConsentStatus.GEWEIGERD, TODAY, null), null, "x", null, null, null, List.of("woco-dak"));
        CaseFile with = new CaseFile("2026-002", null, null, null, Phase.SCREENING, null,
                new Consent(ConsentStatus.GEGEVEN, TODAY, null), null, null, null, null, null, List.of("woco-dak"));
        assertThat(DisclosureRules.suggestedBasis(without)).isEqualTo(DisclosureBasis.EVIDENT_BELANG);
        assertThat(DisclosureRules.suggestedBasis(with)).isEqualTo(DisclosureBasis.TOESTEMMING);
    }
}
