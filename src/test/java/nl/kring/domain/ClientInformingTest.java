package nl.kring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Which clients are still to be informed (issue 15; handreiking deel I §6 points 2, 5 and 7): an open case discussed
 * without consent on a meeting held by today, the client not recorded as informed; no reason recorded comes first (inform,
 * or record why that harms the purpose), a recorded reason is a restriction to evaluate.
 */
class ClientInformingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDate HELD = LocalDate.of(2026, 11, 26);
    static final LocalDate EARLIER = LocalDate.of(2026, 10, 29);
    static final LocalDate PLANNED = LocalDate.of(2026, 12, 10);

    static CaseFile c(String number, Consent consent, Informed informed, LocalDate closedOn) {
        return new CaseFile(number, ViewFixtures.CLIENT, ViewFixtures.MELDER, null, Phase.SCREENING, Map.of(), consent,
                informed, "ernstige zelfverwaarlozing", "bilateraal overleg onvoldoende", null, closedOn, List.of("ggd"));
    }

    static final Consent REFUSED = new Consent(ConsentStatus.GEWEIGERD, EARLIER, "cliënt");
    static final Consent GIVEN = new Consent(ConsentStatus.GEGEVEN, EARLIER, "cliënt");

    @Test
    void listsTheClientsDiscussedWithoutConsentAndNotInformed() {
        List<CaseFile> cases = List.of(
                c("2026-001", REFUSED, null, null),                                   // nothing recorded
                c("2026-002", REFUSED, new Informed(false, "contact zou escaleren"), null), // reason recorded
                c("2026-003", REFUSED, new Informed(true, null), null),               // informed
                c("2026-004", GIVEN, null, null),                                     // consent given
                c("2026-005", REFUSED, null, LocalDate.of(2026, 12, 1)),              // closed
                c("2026-006", REFUSED, null, null),                                   // only on a planned meeting
                c("2026-007", null, new Informed(false, "  "), null),                 // blank reason: none
                c("2026-008", REFUSED, null, null));                                  // never on an agenda
        Map<LocalDate, List<String>> meetings = new TreeMap<>(Map.of(
                EARLIER, List.of("2026-001", "2026-007"),
                HELD, List.of("2026-001", "2026-002", "2026-003", "2026-004", "2026-005"),
                PLANNED, List.of("2026-006", "2026-008")));
        assertThat(ClientInforming.due(cases, meetings, TODAY)).containsExactly(
                new ClientInforming.Uninformed("2026-001", HELD, ClientInforming.Kind.NO_REASON),
                new ClientInforming.Uninformed("2026-007", EARLIER, ClientInforming.Kind.NO_REASON),
                new ClientInforming.Uninformed("2026-002", HELD, ClientInforming.Kind.REASON_RECORDED));
        // on the planned meeting's day it counts
        assertThat(ClientInforming.due(cases, meetings, PLANNED)).extracting(ClientInforming.Uninformed::caseNumber)
                .contains("2026-006", "2026-008");
    }

    @Test
    void consentIsJudgedOnTheMeetingDate() {
        // 15 at the meeting (child and parents decide), 16 today (the young person alone): the child agreed, a parent
        // refused; on the meeting date that is no consent, so the client is listed
        Client minor = new Client("Sanne", null, null, "Bakker", List.of(), LocalDate.of(2010, 12, 1), null, null, null,
                List.of(), null, false);
        Consent persons = new Consent(ConsentStatus.GEWEIGERD, HELD, "ouder", List.of(
                new ConsentPerson(ConsentPerson.Who.CLIENT, "Sanne", ConsentStatus.GEGEVEN, HELD),
                new ConsentPerson(ConsentPerson.Who.PARENT, "ouder", ConsentStatus.GEWEIGERD, HELD)));
        CaseFile c = new CaseFile("2026-009", minor, null, null, Phase.SCREENING, Map.of(), persons, null, "x", "y",
                null, null, List.of("ggd"));
        assertThat(ConsentRules.verdict(c, TODAY).given()).isTrue();
        assertThat(ClientInforming.due(List.of(c), Map.of(HELD, List.of("2026-009")), TODAY))
                .containsExactly(new ClientInforming.Uninformed("2026-009", HELD, ClientInforming.Kind.NO_REASON));
    }
}
