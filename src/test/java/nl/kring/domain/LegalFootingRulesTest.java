package nl.kring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: consent per person, the six conditions of a conflict van plichten, the evaluation record. */
class LegalFootingRulesTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    static CaseFile minor(String birth, boolean incapacitated, ConsentPerson... persons) {
        Client c = new Client("Sanne", null, null, "Meijer", List.of(), LocalDate.parse(birth), null, null, null,
                List.of(), incapacitated ? "mr. Y" : null, incapacitated);
        return new CaseFile("2026-006", c, null, LocalDate.of(2026, 11, 3), Phase.MELDING, Map.of(),
                new Consent(ConsentStatus.GEVRAAGD, null, null, List.of(persons)), null, null, null, null, null,
                List.of("ggd"));
    }

    static ConsentPerson p(ConsentPerson.Who who, String name, ConsentStatus s) {
        return new ConsentPerson(who, name, s, LocalDate.of(2026, 11, 6));
    }

    @Test
    void aFourteenYearOldNeedsHerOwnConsentAndThatOfBothParents() {
        CaseFile oneParentRefused = minor("2012-02-18",  false,
                p(ConsentPerson.Who.CLIENT, "Sanne", ConsentStatus.GEGEVEN),
                p(ConsentPerson.Who.PARENT, "Ronald Meijer", ConsentStatus.GEGEVEN),
                p(ConsentPerson.Who.PARENT, "Ingrid Meijer", ConsentStatus.GEWEIGERD));
        ConsentRules.Verdict v = ConsentRules.verdict(oneParentRefused, MEETING);
        assertThat(v.who()).isEqualTo(ConsentRules.WhoConsents.CHILD_AND_PARENTS);
        assertThat(v.age()).isEqualTo(14);
        assertThat(v.given()).isFalse();
        assertThat(v.lacking()).containsExactly(ConsentPerson.Who.PARENT);
        // without consent under the rule, the case needs the evident belang to go on the agenda
        assertThat(oneParentRefused.agendaFooting(MEETING)).isEqualTo(CaseFile.AgendaFooting.NO_EVIDENT_INTEREST);

        CaseFile allGave = minor("2012-02-18", false,
                p(ConsentPerson.Who.CLIENT, "Sanne", ConsentStatus.GEGEVEN),
                p(ConsentPerson.Who.PARENT, "Ronald Meijer", ConsentStatus.GEGEVEN),
                p(ConsentPerson.Who.PARENT, "Ingrid Meijer", ConsentStatus.GEGEVEN));
        ConsentRules.Verdict ok = ConsentRules.verdict(allGave, MEETING);
        assertThat(ok.given()).isTrue();
        assertThat(ok.substituteBy()).extracting(ConsentPerson::name).containsExactly("Ronald Meijer", "Ingrid Meijer");
        assertThat(allGave.agendaFooting(MEETING)).isEqualTo(CaseFile.AgendaFooting.CONSENT);

        CaseFile onlyParents = minor("2012-02-18", false,
                p(ConsentPerson.Who.PARENT, "Ronald Meijer", ConsentStatus.GEGEVEN));
        assertThat(ConsentRules.verdict(onlyParents, MEETING).lacking()).containsExactly(ConsentPerson.Who.CLIENT);
    }

    @Test
    void underTwelveTheParentsDecideAndTheChildsAnswerDoesNotCount() {
        CaseFile child = minor("2016-05-01", false,
                p(ConsentPerson.Who.CLIENT, "Sanne", ConsentStatus.GEWEIGERD),
                p(ConsentPerson.Who.GUARDIAN, "J. Voogd", ConsentStatus.GEGEVEN));
        ConsentRules.Verdict v = ConsentRules.verdict(child, MEETING);
        assertThat(v.who()).isEqualTo(ConsentRules.WhoConsents.PARENTS);
        assertThat(v.given()).isTrue();
        assertThat(v.substituteBy()).extracting(ConsentPerson::who).containsExactly(ConsentPerson.Who.GUARDIAN);
    }

    @Test
    void theAgeIsTakenOnTheMeetingDateNotToday() {
        // 15 on 20 November, 16 on the meeting date 26 November: then the young person decides alone
        CaseFile turning16 = minor("2010-11-25", false,
                p(ConsentPerson.Who.CLIENT, "Sanne", ConsentStatus.GEGEVEN),
                p(ConsentPerson.Who.PARENT, "Ingrid Meijer", ConsentStatus.GEWEIGERD));
        assertThat(ConsentRules.verdict(turning16, LocalDate.of(2026, 11, 20)).given()).isFalse();
        assertThat(turning16.mayBePutOnAgenda(LocalDate.of(2026, 11, 20))).isFalse();
        ConsentRules.Verdict onMeeting = ConsentRules.verdict(turning16, MEETING);
        assertThat(onMeeting.who()).isEqualTo(ConsentRules.WhoConsents.CLIENT);
        assertThat(onMeeting.age()).isEqualTo(16);
        assertThat(onMeeting.given()).isTrue();
        assertThat(onMeeting.substituteBy()).isEmpty();
        assertThat(turning16.mayBePutOnAgenda(MEETING)).isTrue();
    }

    @Test
    void forAClientWhoIsWilsonbekwaamTheRepresentativeGivesSubstituteConsent() {
        CaseFile represented = minor("1950-01-01", true,
                p(ConsentPerson.Who.CLIENT, null, ConsentStatus.NIET_TE_VRAGEN),
                p(ConsentPerson.Who.REPRESENTATIVE, "mr. Y", ConsentStatus.GEGEVEN));
        ConsentRules.Verdict v = ConsentRules.verdict(represented, MEETING);
        assertThat(v.who()).isEqualTo(ConsentRules.WhoConsents.LEGAL_REPRESENTATIVE);
        assertThat(v.given()).isTrue();
        assertThat(v.substituteBy()).extracting(ConsentPerson::name).containsExactly("mr. Y");
        CaseFile none = minor("1950-01-01", true, p(ConsentPerson.Who.CLIENT, null, ConsentStatus.GEGEVEN));
        assertThat(ConsentRules.verdict(none, MEETING).lacking()).containsExactly(ConsentPerson.Who.REPRESENTATIVE);
    }

    static final Map<String, Partner> PARTNERS = Map.of(
            "ggz", new Partner("ggz", "GGZ", Role.GGZ, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()),
            "politie", new Partner("politie", "Politie", Role.POLITIE, Tier.SCHIL, LocalDate.of(2025, 1, 1), null, List.of()));

    static Disclosure conflict(ConflictOfDuties cod) {
        return new Disclosure(List.of(LifeDomain.VEILIGHEID), List.of("politie"), DisclosureBasis.CONFLICT_VAN_PLICHTEN,
                "dreiging tegen de buurman", "zou het gevaar vergroten", "voorzitter", MEETING).withSource("ggz", cod);
    }

    @Test
    void aConflictVanPlichtenNeedsAllSixConditions() {
        assertThat(DisclosureRules.check(conflict(null), PARTNERS, MEETING))
                .extracting(DisclosureRules.Problem::subject)
                .containsExactly("consentSought", "seriousHarmToOther", "dilemma", "noOtherWay", "harmPrevented",
                        "minimalBreach");
        ConflictOfDuties five = new ConflictOfDuties("twee keer gevraagd", "gevaar voor de buurman", "gewetensnood",
                "gesprek hielp niet", "veiligheidsplan voorkomt het", " ");
        assertThat(DisclosureRules.check(conflict(five), PARTNERS, MEETING)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(DisclosureRules.Field.CONFLICT_OF_DUTIES);
            assertThat(p.subject()).isEqualTo("minimalBreach");
        });
        ConflictOfDuties six = new ConflictOfDuties("twee keer gevraagd", "gevaar voor de buurman", "gewetensnood",
                "gesprek hielp niet", "veiligheidsplan voorkomt het", "alleen de dreiging");
        assertThat(DisclosureRules.check(conflict(six), PARTNERS, MEETING)).isEmpty();
        // the other grounds do not ask for them; the two grounds of deel II §4.4 exist beside the four
        Disclosure medebehandelaar = new Disclosure(List.of(LifeDomain.SOMATISCH_FUNCTIONEREN), List.of("ggz"),
                DisclosureBasis.MEDEBEHANDELAAR, "rechtstreeks bij de behandeling betrokken", "x", "voorzitter", MEETING);
        assertThat(DisclosureRules.check(medebehandelaar, PARTNERS, MEETING)).isEmpty();
        assertThat(DisclosureBasis.valueOf("WETTELIJK_VERTEGENWOORDIGER").label()).isEqualTo("Wettelijk vertegenwoordiger");
    }

    @Test
    void theDisclosingPartnerMustBeKnown() {
        Disclosure d = new Disclosure(List.of(LifeDomain.VEILIGHEID), List.of("politie"), DisclosureBasis.EVIDENT_BELANG,
                "x", "y", "voorzitter", MEETING).withSource("ggd-x", null);
        assertThat(DisclosureRules.check(d, PARTNERS, MEETING)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(DisclosureRules.Code.FROM_UNKNOWN));
    }

    @Test
    void anEvaluationNeedsItsOutcomeAndMotivation() {
        assertThat(new EvaluationRecord(null, MEETING, null, " ").problems(MEETING))
                .containsExactly(EvaluationRecord.Problem.NO_OUTCOME, EvaluationRecord.Problem.NO_MOTIVATION);
        assertThat(new EvaluationRecord(null, MEETING.plusDays(1), EvaluationRecord.Outcome.STOP, "toestemming gekregen")
                .problems(MEETING)).containsExactly(EvaluationRecord.Problem.DATE_IN_FUTURE);
        assertThat(new EvaluationRecord(null, MEETING, EvaluationRecord.Outcome.LIGHTER_MEANS, "bilateraal met huisarts")
                .problems(MEETING)).isEmpty();
    }
}
