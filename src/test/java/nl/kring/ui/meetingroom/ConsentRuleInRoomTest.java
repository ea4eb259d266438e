package nl.kring.ui.meetingroom;

import org.junit.jupiter.api.Test;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** In the meeting room the chair sees who decides on consent for the item, with the age on the meeting date. */
class ConsentRuleInRoomTest extends MeetingRoomFixture {
    private String ruleFor(String caseNumber) throws Exception {
        goTo(caseNumber);
        return onFx(() -> vm.consentRuleProperty().get());
    }

    @Test
    void theRuleForAMinorIsAppliedOnTheMeetingDateAndAnAdultShowsNothing() throws Exception {
        load();
        // 2026-006: born 18-02-2012, so 14 on 26-11-2026; the father consented, the mother refused, the child was asked
        assertThat(ruleFor("2026-006")).isEqualTo("14 jaar op 26-11-2026: toestemming van de jongere én van de ouders of "
                + "voogd nodig. Geen toestemming van: cliënt, ouder.");
        assertThat(ruleFor("2026-001")).isEmpty();
    }
}
