package nl.kring.report;

import static nl.kring.report.Pdfs.containsWord;
import static nl.kring.report.Pdfs.flat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.store.SuspectDecisionRepository;

/**
 * The inzage copy read as the client: it may hold everything about them, and nothing that lets them identify the
 * melder, their relatives' details, other clients or other persons (AVG art. 15(4), BW 7:456).
 */
class InzageThirdPartiesTest {
    static final CaseFile AYSE = new CaseFile("2026-031",
            new Client("Ayse", "Ayse", null, "Kaya", List.of(), LocalDate.of(1979, 4, 2), null,
                    "Lindelaan 8, 3451 AA Vleuten", "06-55501234",
                    List.of(new Relative("Elif Kaya", "zus"), new Relative("Mark Jansen", "ex-partner")), null, false),
            new Referrer("Elif Kaya", "Stichting Wijkzorg Rijnsweerd", false), LocalDate.of(2026, 9, 1), Phase.SCREENING,
            Map.of(LifeDomain.SOCIAAL_FUNCTIONEREN,
                    new DomainAssessment(2, "Contact met Mark verbroken; Mark woont nu op Dorpsstraat 5 in Zeist.")),
            null, null, "Ayse dreigde de buurman iets aan te doen.", null, null, null,
            List.of("ggd-vangnet", "politie-oost"));

    static final Meeting MEETING = new Meeting(LocalDate.of(2026, 11, 26), "GGD, zaal 2", null, List.of("a-1"),
            List.of(new AgendaItem("2026-031", 15, List.of(
                    new MinutesParagraph(null, "De buurman, dhr. Henk Verweij, heeft aangifte gedaan."),
                    new MinutesParagraph(LifeDomain.GEESTELIJK_FUNCTIONEREN, "Volgens Elif hoort Ayse stemmen."),
                    new MinutesParagraph(null, "Kaya\u00A0Elif belde opnieuw; Elif\u00A0Kaya zegt dat Ayse niet eet."),
                    new MinutesParagraph(null, "Het ex-partner adres is Dorpsstraat 5, 3701 AB Zeist; Mark Jansen wil geen contact."),
                    new MinutesParagraph(null, "Riek Zwanenburg uit dezelfde flat klaagt ook; Kwakkelstein belde de wijkagent."),
                    new MinutesParagraph(null, "M. Bos gaat met Ayse Kaya naar de Lindelaan 8 en praat met Rijnsweerd."),
                    new MinutesParagraph(null, "Ayse was in Utrecht bij de huisarts.")),
                    List.of(new Decision("Bos belt Henk Verweij over de aangifte.", "ggd-vangnet", null)), List.of())));

    /** The chair judged "Kwakkelstein" a person and "Utrecht" not a person in the minutes editor. */
    static final List<SuspectDecisionRepository.Decision> JUDGED = List.of(
            new SuspectDecisionRepository.Decision("Kwakkelstein", SuspectDecisionRepository.Kind.PERSON, "[persoon]"),
            new SuspectDecisionRepository.Decision("Utrecht", SuspectDecisionRepository.Kind.DISMISSED, null));

    @TempDir
    static Path out;
    static String text;
    static InzageReport.Input input;

    @BeforeAll
    static void write() throws IOException {
        input = new InzageReport.Input(AYSE, ReportFixtures.PARTNERS, List.of(MEETING), List.of(), ReportFixtures.CHAIR,
                LocalDate.of(2026, 12, 1), List.of(), List.of(AYSE, ReportFixtures.C17, ReportFixtures.C18), JUDGED,
                Set.of(), 18, List.of());
        text = flat(Pdfs.text(InzageReport.write(input, out.resolve("inzage.pdf"), PdfOutput.archive())));
    }

    @Test
    void theNeighbourWhoFiledAComplaintIsNotNamed() {
        assertThat(text).doesNotContain("Verweij").doesNotContain("Henk");
        assertThat(text).contains("De buurman, [persoon], heeft aangifte gedaan.");
    }

    @Test
    void theSisterWhoReportedIsNotNamedButTheClientIs() {
        assertThat(containsWord(text, "Elif")).isFalse();
        assertThat(text).contains("Volgens [melder] hoort Ayse stemmen.");
        assertThat(text).contains("zegt dat Ayse niet eet");
        assertThat(containsWord(text, "Rijnsweerd")).isFalse();
    }

    @Test
    void theFormerPartnersNameAndNewAddressAreWithheld() {
        assertThat(text).doesNotContain("Dorpsstraat").doesNotContain("3701").doesNotContain("Zeist")
                .doesNotContain("Jansen");
        assertThat(containsWord(text, "Mark")).isFalse();
        assertThat(text).contains("[familielid] (ex-partner)");
    }

    @Test
    void otherClientsUnknownPersonsAndTheChairsJudgementsAreMasked() {
        assertThat(text).doesNotContain("Zwanenburg").doesNotContain("Riek").doesNotContain("Kwakkelstein");
        assertThat(text).contains("[andere cliënt] uit dezelfde flat").contains("[persoon] belde de wijkagent");
        // dismissed by the chair: not a person, stays
        assertThat(text).contains("Ayse was in Utrecht bij de huisarts.");
    }

    @Test
    void theClientsOwnDataStaysAndProfessionalsAreNamedByFunction() {
        assertThat(text).contains("Lindelaan 8, 3451 AA Vleuten").contains("06-55501234").contains("Kaya");
        assertThat(text).doesNotContain("M. Bos gaat");
        assertThat(text).contains("[voorzitter, GGD Regio Utrecht, Vangnet] gaat met Ayse Kaya naar de Lindelaan 8");
    }

    @Test
    void theCopySaysWhatWasWithheldAndWhyAndTheVaultsRetention() {
        assertThat(text).contains("Wat is afgeschermd en waarom").contains("AVG artikel 15 lid 4")
                .contains("7:456").contains("De naam van wie de melding deed [melder]")
                .contains("Namen van uw familie en naasten [familielid]");
        assertThat(text).contains("de bewaartermijn is 18 maanden na het afsluiten van de casus")
                .doesNotContain("in de regel tot twee jaar");
    }

    @Test
    void aPassageTheChairUnmasksIsShownAndNoLongerCounted() throws IOException {
        List<InzageMasking.Passage> passages = InzageReport.preview(input);
        InzageMasking.Passage sister = passages.stream().filter(p -> p.original().equals("Elif Kaya")
                && p.where().startsWith("Persoonsgegevens")).findFirst().orElseThrow();
        assertThat(sister.marker()).isEqualTo("[familielid]");
        InzageReport.Rendered before = InzageReport.render(input, PdfOutput.archive());
        InzageReport.Rendered after = InzageReport.render(input.withUnmasked(Set.of(sister.id())), PdfOutput.archive());
        assertThat(after.masked()).isEqualTo(before.masked() - 1);
        String unmasked = flat(Pdfs.text(InzageReport.write(input.withUnmasked(Set.of(sister.id())),
                out.resolve("unmasked.pdf"), PdfOutput.archive())));
        assertThat(unmasked).contains("Elif Kaya (zus)");
        // only that passage: the sister as melder in the minutes stays masked
        assertThat(unmasked).contains("Volgens [melder] hoort Ayse stemmen.");
    }

    @Test
    void anUnmaskedPassageStaysWithItsTextWhenTheMinutesChangeAroundIt() throws IOException {
        InzageMasking.Passage neighbour = InzageReport.preview(input).stream()
                .filter(p -> p.original().contains("Verweij") && p.where().endsWith(", alinea 1")).findFirst()
                .orElseThrow();
        // Later the chair corrects the paragraph: another person's name now comes before the unmasked one.
        AgendaItem item = MEETING.items().get(0);
        List<MinutesParagraph> edited = new ArrayList<>(item.minutes());
        edited.set(0, new MinutesParagraph(null, "Riek Zwanenburg zag dat de buurman, dhr. Henk Verweij, aangifte deed."));
        Meeting corrected = new Meeting(MEETING.date(), MEETING.location(), MEETING.start(), MEETING.present(),
                List.of(new AgendaItem(item.caseNumber(), item.durationMinutes(), edited, item.decisions(),
                        item.disclosures())));
        InzageReport.Input later = new InzageReport.Input(AYSE, input.partners(), List.of(corrected), List.of(),
                input.chair(), input.issuedOn(), List.of(), input.allCases(), JUDGED, Set.of(neighbour.id()), 18, List.of());

        List<InzageMasking.Passage> shown = InzageReport.preview(later).stream().filter(InzageMasking.Passage::unmasked)
                .toList();
        assertThat(shown).extracting(InzageMasking.Passage::original).containsExactly(neighbour.original());
        String copy = flat(Pdfs.text(InzageReport.write(later, out.resolve("corrected.pdf"), PdfOutput.archive())));
        assertThat(copy).contains("Henk Verweij").doesNotContain("Zwanenburg");

        // When the unmasked text itself changes, the decision lapses: withheld again, never shown by position.
        edited.set(0, new MinutesParagraph(null, "De buurman, dhr. Hendrik Verweij-Smit, heeft aangifte gedaan."));
        Meeting renamed = new Meeting(MEETING.date(), MEETING.location(), MEETING.start(), MEETING.present(),
                List.of(new AgendaItem(item.caseNumber(), item.durationMinutes(), edited, item.decisions(),
                        item.disclosures())));
        InzageReport.Input lapsed = new InzageReport.Input(AYSE, input.partners(), List.of(renamed), List.of(),
                input.chair(), input.issuedOn(), List.of(), input.allCases(), JUDGED, Set.of(neighbour.id()), 18, List.of());
        assertThat(InzageReport.preview(lapsed)).noneMatch(InzageMasking.Passage::unmasked);
    }
}
