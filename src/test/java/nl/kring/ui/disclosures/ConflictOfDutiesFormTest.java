package nl.kring.ui.disclosures;

import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.ui.common.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The disclosure form for a conflict van plichten (handreiking deel II §4.5) and the partner that disclosed. */
class ConflictOfDutiesFormTest {
    static DisclosureFormViewModel filled(LocalDate meeting) {
        var f = DisclosureFormViewModelTest.form(false, meeting, "M. Bos");
        f.category(LifeDomain.VEILIGHEID).set(true);
        f.recipient("woco").orElseThrow().selectedProperty().set(true);
        f.whyProperty().set("dreiging tegen de buurman");
        f.whyNotInformedProperty().set("zou het gevaar vergroten");
        return f;
    }

    static List<String> messages(DisclosureFormViewModel f, String field) {
        return f.problems().stream().filter(p -> p.field().equals(field)).map(Problem::message).toList();
    }

    @Test
    void chosenInAMeetingTheFormSaysItIsNoGeneralGroundAndAsksTheSixConditions() {
        var f = filled(LocalDate.of(2026, 11, 26));
        assertThat(f.isValid()).isTrue();
        f.basisProperty().set(DisclosureBasis.CONFLICT_VAN_PLICHTEN);
        assertThat(messages(f, DisclosureFormViewModel.F_BASIS)).anySatisfy(m -> assertThat(m).isEqualTo(
                "Een conflict van plichten kan in het kader van bemoeizorg aan de orde komen, maar het biedt geen algemene "
                        + "grondslag voor gegevensuitwisseling zonder toestemming in een vangnetoverleg. Is er een evident "
                        + "belang, kies dan die grondslag."));
        assertThat(f.isValid()).isFalse();
        assertThat(messages(f, DisclosureFormViewModel.F_CONFLICT)).hasSize(6).first().asString()
                .isEqualTo("Conflict van plichten: beschrijf hoe is voldaan aan „Alles is in het werk gesteld om toestemming "
                        + "van de cliënt te krijgen\"");
        for (ConflictOfDuties.Condition c : ConflictOfDuties.Condition.values()) {
            f.conflictProperty(c).set("voldaan: " + c.key());
        }
        assertThat(f.isValid()).isTrue(); // the warning stays, it does not block
        f.fromProperty().set("ggd");
        var note = f.toDisclosure();
        assertThat(note.from()).isEqualTo("ggd");
        assertThat(note.conflictOfDuties().missing()).isEmpty();
        assertThat(note.conflictOfDuties().text(ConflictOfDuties.Condition.MINIMAL_BREACH)).isEqualTo("voldaan: minimalBreach");
        // another ground drops the conditions from the note
        f.basisProperty().set(DisclosureBasis.MEDEBEHANDELAAR);
        assertThat(f.toDisclosure().conflictOfDuties()).isNull();
        assertThat(messages(f, DisclosureFormViewModel.F_CONFLICT)).isEmpty();
    }

    @Test
    void outsideAMeetingItIsCalledAnExceptionForOneProfessional() {
        var f = filled(null);
        f.basisProperty().set(DisclosureBasis.CONFLICT_VAN_PLICHTEN);
        assertThat(messages(f, DisclosureFormViewModel.F_BASIS)).anySatisfy(m -> assertThat(m)
                .startsWith("Een conflict van plichten is een uitzondering voor de gewetensnood van één hulpverlener."));
    }
}
