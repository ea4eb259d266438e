package nl.kring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kring.domain.DisclosureRules.WithdrawalProblem.*;
import static org.assertj.core.api.Assertions.assertThat;

/** When a disclosure note may be withdrawn, and when a correction may take its place. */
class DisclosureWithdrawalRulesTest {
    static final LocalDate ON = LocalDate.of(2026, 11, 20);

    static Disclosure note(long id) {
        return new Disclosure(List.of(LifeDomain.HUISVESTING, LifeDomain.FINANCIEN), List.of("woco", "ggd"),
                DisclosureBasis.EVIDENT_BELANG, "Dreigende huisuitzetting", "Niet bereikbaar", "voorzitter", ON, false,
                id, null);
    }

    @Test
    void aNoteWithAReasonMayBeWithdrawn() {
        assertThat(DisclosureRules.checkWithdrawal(note(12), "verkeerde partner aangevinkt", null)).isEmpty();
    }

    @Test
    void theReasonIsRequired() {
        assertThat(DisclosureRules.checkWithdrawal(note(12), null, null)).containsExactly(NO_REASON);
        assertThat(DisclosureRules.checkWithdrawal(note(12), "  \n ", null)).containsExactly(NO_REASON);
    }

    @Test
    void aWithdrawnNoteCannotBeWithdrawnAgain() {
        Disclosure withdrawn = note(12).withWithdrawal(new DisclosureWithdrawal(ON.plusDays(3), "fout", null));
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(DisclosureRules.checkWithdrawal(withdrawn, "nog een keer", null)).containsExactly(ALREADY_WITHDRAWN);
        // not even to attach a correction to it afterwards
        Disclosure other = note(13).withDate(ON.plusDays(1));
        assertThat(DisclosureRules.checkWithdrawal(withdrawn, "alsnog gecorrigeerd", other)).containsExactly(ALREADY_WITHDRAWN);
    }

    @Test
    void aCorrectionMustSaySomethingElse() {
        // the same note with the categories and recipients ticked in another order is no correction
        Disclosure same = new Disclosure(List.of(LifeDomain.FINANCIEN, LifeDomain.HUISVESTING), List.of("ggd", "woco"),
                DisclosureBasis.EVIDENT_BELANG, "Dreigende huisuitzetting", "Niet bereikbaar", "voorzitter", ON, false);
        assertThat(DisclosureRules.checkWithdrawal(note(12), "typfout", same)).containsExactly(UNCHANGED);

        Disclosure onlyWoco = new Disclosure(List.of(LifeDomain.HUISVESTING, LifeDomain.FINANCIEN), List.of("woco"),
                DisclosureBasis.EVIDENT_BELANG, "Dreigende huisuitzetting", "Niet bereikbaar", "voorzitter", ON, false);
        assertThat(DisclosureRules.checkWithdrawal(note(12), "GGD ten onrechte aangevinkt", onlyWoco)).isEmpty();
        assertThat(DisclosureRules.checkWithdrawal(note(12), "datum", note(12).content().withDate(ON.minusDays(1)))).isEmpty();
    }

    @Test
    void theReplacementIsAnotherNoteThatStands() {
        assertThat(DisclosureRules.checkWithdrawal(note(12), "fout", note(12))).containsExactly(REPLACEMENT_IS_THE_NOTE);
        Disclosure withdrawnOther = note(13).withDate(ON.plusDays(1))
                .withWithdrawal(new DisclosureWithdrawal(ON.plusDays(2), "ook fout", null));
        assertThat(DisclosureRules.checkWithdrawal(note(12), "fout", withdrawnOther)).containsExactly(REPLACEMENT_WITHDRAWN);
    }

    @Test
    void contentLeavesOutTheNumberAndTheWithdrawal() {
        Disclosure stored = note(12).withWithdrawal(new DisclosureWithdrawal(ON, "fout", 13L));
        assertThat(stored.content()).isEqualTo(note(12).withId(null));
        assertThat(stored.content().withdrawn()).isFalse();
        assertThat(stored.withTexts("a", "b").withdrawal()).isEqualTo(stored.withdrawal());
    }
}
