package nl.kring.ui.cases;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.TestVaults;
import nl.kring.ui.common.Problem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Consent per person in the case form: typed, checked in Dutch, saved with the case, loaded back. */
class ConsentPersonFormTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Partner GGD = TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null);

    CaseFormViewModel form = new CaseFormViewModel(() -> TODAY);

    static CaseFile minor() {
        CaseFile c = TestVaults.caseFile("2026-006", TestVaults.client("Susanne", "Sanne", null, "Meijer", List.of()),
                Phase.MELDING, false, "reële vrees voor ernstig nadeel", List.of("ggd"));
        return new CaseFile(c.number(), c.client(), null, LocalDate.of(2026, 11, 3), c.phase(), null,
                new Consent(ConsentStatus.GEVRAAGD, LocalDate.of(2026, 11, 6), null, List.of(
                        new ConsentPerson(ConsentPerson.Who.CLIENT, "Sanne", ConsentStatus.GEVRAAGD, LocalDate.of(2026, 11, 6)),
                        new ConsentPerson(ConsentPerson.Who.PARENT, "Ronald Meijer", ConsentStatus.GEGEVEN, LocalDate.of(2026, 11, 6)))),
                null, c.evidentInterest(), c.lighterMeansConsidered(), null, null, c.kring());
    }

    List<String> messages() {
        return form.problems().stream().filter(p -> p.field().equals(CaseFormViewModel.F_CONSENT_PERSONS))
                .map(Problem::message).toList();
    }

    @Test
    void personsAreShownInWordsEditedAndSavedWithTheCase() {
        form.edit(minor(), List.of(GGD));
        assertThat(form.consentPersons()).extracting(r -> r.whoProperty().get(), r -> r.nameProperty().get(),
                        r -> r.statusProperty().get(), r -> r.dateProperty().get())
                .containsExactly(Tuple.tuple("cliënt", "Sanne", "gevraagd", "06-11-2026"),
                        Tuple.tuple("ouder", "Ronald Meijer", "gegeven", "06-11-2026"));
        assertThat(form.dirtyProperty().get()).isFalse();

        form.consentPersons().add(new ConsentPersonRow("buurvrouw", "Ingrid Meijer", "misschien", "31-02-2026"));
        assertThat(messages()).containsExactly(
                "Toestemming per persoon, regel 3: vul bij „Wie\" cliënt, ouder, voogd of wettelijk vertegenwoordiger in.",
                "Toestemming per persoon, regel 3: vul bij „Antwoord\" gevraagd, gegeven, geweigerd of niet te vragen in.",
                "Toestemming per persoon, regel 3: de datum is geen geldige datum of ligt in de toekomst.");
        assertThat(form.isValid()).isFalse();

        ConsentPersonRow mother = form.consentPersons().get(2);
        mother.whoProperty().set("Ouder");
        mother.statusProperty().set("Geweigerd");
        mother.dateProperty().set("06-11-2026");
        form.consentPersons().add(new ConsentPersonRow("", "", "", "")); // an empty line is ignored
        assertThat(messages()).isEmpty();
        assertThat(form.isValid()).isTrue();
        assertThat(form.toCaseFile().consent().persons()).extracting(ConsentPerson::who, ConsentPerson::status)
                .containsExactly(Tuple.tuple(ConsentPerson.Who.CLIENT, ConsentStatus.GEVRAAGD),
                        Tuple.tuple(ConsentPerson.Who.PARENT, ConsentStatus.GEGEVEN),
                        Tuple.tuple(ConsentPerson.Who.PARENT, ConsentStatus.GEWEIGERD));
        ConsentPersonRow rep = new ConsentPersonRow("vertegenwoordiger", null, "niet te vragen", "");
        assertThat(rep.parsedWho()).isEqualTo(ConsentPerson.Who.REPRESENTATIVE);
        assertThat(rep.parsedStatus()).isEqualTo(ConsentStatus.NIET_TE_VRAGEN);
    }
}
