package nl.kring.cli;

import nl.kring.demo.DemoData;
import nl.kring.TestVaults;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.report.MinutesSuspects;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 in the outputs, on the demo vault: the verslag prints the keten's evident belang, the rule for who decides
 * with the age on the meeting date and who gave consent, the six conditions of a conflict van plichten and who
 * disclosed, and each evaluation with its outcome; the inzage copy lists the evaluations too.
 */
class LegalRecordExportTest {
    @TempDir
    Path tmp;
    Path vault;
    String pass;

    @BeforeEach
    void demo() throws Exception {
        vault = tmp.resolve("v");
        pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
    }

    static String flat(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    String verslag(String date) throws Exception {
        try (Store store = TestVaults.open(vault)) {
            for (var s : MinutesSuspects.open(store, LocalDate.parse(date))) {
                store.suspects().record(LocalDate.parse(date), s.text(), SuspectDecisionRepository.Kind.DISMISSED, null);
            }
            store.session().markWritten();
        }
        Path out = tmp.resolve("out-" + date);
        String[] r = CliRun.run("export", "--vault", vault.toString(), "--meeting", date, "--out", out.toString(),
                "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        return flat(out.resolve("verslag.pdf"));
    }

    @Test
    void theVerslagPrintsTheKetensEvidentBelangTheConflictConditionsAndTheEvaluation() throws Exception {
        String v = verslag("2026-11-12");
        assertThat(v).contains("Juridisch kader").contains("Evident belang, zoals afgesproken in de keten")
                .contains("Overlast voor de buurt alleen is geen evident belang.");
        // 2026-010: conflict van plichten, disclosed by the GGZ, with its six conditions
        assertThat(v).contains("Grondslag Conflict van plichten").contains("Verstrekt door GGZ Stroomland")
                .contains("Voorwaarde 1 Alles is in het werk gesteld om toestemming van de cliënt te krijgen.")
                .contains("Voorwaarde 6 Het geheim wordt zo min mogelijk geschonden. Alleen de dreiging en het adres");
        // 2026-001: the evaluation with outcome and motivation
        assertThat(v).contains("Evaluatie 12 november 2026 Beperking blijft nodig — Dhr. weigert nog steeds elk contact");
    }

    @Test
    void theVerslagAppliesTheRuleForAMinorOnTheMeetingDateWithoutNamingTheParents() throws Exception {
        String v = verslag("2026-11-26");
        // 2026-006: 14 on 26-11-2026; the father consented, the mother refused, the child was asked
        assertThat(v).contains("Wie beslist 14 jaar: de jongere én de ouders of voogd; geen toestemming van: cliënt, ouder")
                .contains("Toestemming ouder gegeven op 6 november 2026")
                .contains("Toestemming ouder geweigerd op 6 november 2026");
        assertThat(v).doesNotContain("Ingrid").doesNotContain("Ronald").doesNotContain("Meijer").doesNotContain("Sanne");
    }

    @Test
    void theInzageCopyListsTheEvaluations() throws Exception {
        Path copy = tmp.resolve("inzage.pdf");
        String[] r = CliRun.run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out", copy.toString(),
                "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(flat(copy)).contains("Evaluatie 12 november 2026 Beperking blijft nodig — Dhr. weigert nog steeds elk contact");
    }

    @Test
    void theTerugmeldingPromisesOnlyWhatTheChairCanKeep() throws Exception {
        Path letter = tmp.resolve("terugmelding.pdf");
        String[] r = CliRun.run("terugmelding", "--vault", vault.toString(), "--case", "2026-006", "--out",
                letter.toString(), "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        String text = flat(letter);
        // AVG art. 15(1)(g): the client may learn the source; no unconditional promise
        assertThat(text).contains("Uw naam geven wij niet door aan de partners van het overleg.")
                .contains("in beginsel het recht te weten waar die vandaan komen")
                .contains("niet in alle gevallen beloven dat de betrokkene uw naam nooit te weten komt")
                .doesNotContain("Uw naam delen wij niet met de betrokkene");
    }

    @Test
    void theDemoFollowsTheGuidelinesListsAndShowsEachLegalPoint() {
        var demo = DemoData.demoData();
        // handreiking deel I §5: the huisarts is a kernpartner, municipal services are schilpartners
        assertThat(demo.partners()).filteredOn(p -> p.role() == Role.HUISARTS)
                .allSatisfy(p -> assertThat(p.tier()).isEqualTo(Tier.KERN));
        assertThat(demo.partners()).filteredOn(p -> p.role() == Role.GEMEENTE)
                .allSatisfy(p -> assertThat(p.tier()).isEqualTo(Tier.SCHIL));
        var minor = demo.cases().stream().filter(c -> c.number().equals("2026-006")).findFirst().orElseThrow();
        assertThat(minor.consent().persons()).extracting(p -> p.who()).containsExactly(
                ConsentPerson.Who.CLIENT, ConsentPerson.Who.PARENT,
                ConsentPerson.Who.PARENT);
        assertThat(demo.meetings().stream().flatMap(m -> m.items().stream()).flatMap(i -> i.disclosures().stream())
                .filter(d -> d.basis() == DisclosureBasis.CONFLICT_VAN_PLICHTEN))
                .isNotEmpty().allSatisfy(d -> assertThat(d.conflictOfDuties().missing()).isEmpty());
        assertThat(demo.evaluations().get("2026-001")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(EvaluationRecord.Outcome.CONTINUE));
        assertThat(demo.vault().evidentInterestDefinition()).contains("Overlast voor de buurt alleen is geen evident belang");
        // the app's demo, moved to today, keeps them
        var today = DemoData.demoDataFor(LocalDate.of(2027, 3, 4));
        assertThat(today.evaluations()).containsKey("2026-001");
        assertThat(today.vault()).isNotNull();
    }
}
