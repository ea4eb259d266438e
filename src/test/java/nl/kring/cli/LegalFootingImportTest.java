package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.EvidentInterest;
import nl.kring.store.VaultPolicy;
import nl.kring.store.Store;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The interchange additions of docs/product.md "Legal footing, point by point", through {@code kring import}. */
class LegalFootingImportTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static final String BASIS = "\"basis\": \"EVIDENT_BELANG\"";
    static final String SIX = """
            "conflictOfDuties": {"consentSought": "twee keer gevraagd", "seriousHarmToOther": "gevaar voor de buurman",
              "dilemma": "gewetensnood", "noOtherWay": "gesprek hielp niet", "harmPrevented": "veiligheidsplan",
              "minimalBreach": "alleen de dreiging"}""";

    Result importText(String json) throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("import", "--vault", tmp.resolve("vault").toString(), "--json", file.toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
        return new Result(code, out.toString(), err.toString());
    }

    String example() throws Exception {
        return new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aConflictVanPlichtenWithoutItsConditionsStopsTheImportNamingTheField() throws Exception {
        String json = example().replace(BASIS, "\"basis\": \"CONFLICT_VAN_PLICHTEN\"");
        Result r = importText(json);
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("meetings[0].items[0].disclosures[0].conflictOfDuties: is required when the basis "
                + "is CONFLICT_VAN_PLICHTEN");
        assertThat(tmp.resolve("vault")).doesNotExist();

        Result five = importText(example().replace(BASIS, "\"basis\": \"CONFLICT_VAN_PLICHTEN\", "
                + SIX.replace("\"alleen de dreiging\"", "\"\"")));
        assertThat(five.code()).isNotZero();
        assertThat(five.err()).contains("meetings[0].items[0].disclosures[0].conflictOfDuties.minimalBreach: is required");
        assertThat(tmp.resolve("vault")).doesNotExist();
    }

    @Test
    void theLegalAdditionsAreStoredAndReadBack() throws Exception {
        String json = example()
                .replace(BASIS, "\"basis\": \"CONFLICT_VAN_PLICHTEN\", \"from\": \"ggd-vangnet\", " + SIX)
                .replace("\"consent\": {\"status\": \"GEWEIGERD\", \"date\": \"2026-10-05\"}",
                        "\"consent\": {\"status\": \"GEWEIGERD\", \"date\": \"2026-10-05\", \"persons\": ["
                                + "{\"who\": \"CLIENT\", \"name\": \"Jan\", \"status\": \"GEWEIGERD\", \"date\": \"2026-10-05\"},"
                                + "{\"who\": \"REPRESENTATIVE\", \"name\": \"mr. Kok\", \"status\": \"GEGEVEN\"}]},"
                                + "\"evaluations\": [{\"date\": \"2026-11-26\", \"outcome\": \"LIGHTER_MEANS\", "
                                + "\"motivation\": \"bilateraal met de huisarts volstaat nu\"}]")
                .replaceFirst("\\{\n  \"partners\"", "{\"vault\": {\"retentionMonths\": 18, \"evaluationWeeks\": 4, "
                        + "\"evidentInterestDefinition\": \"Ernstig nadeel voor de gezondheid; overlast alleen niet.\"},\n  \"partners\"");
        Result r = importText(json);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        try (Store store = TestVaults.open(tmp.resolve("vault"))) {
            var c = store.cases().find("2026-017").orElseThrow();
            assertThat(c.consent().persons()).extracting(ConsentPerson::who, ConsentPerson::name, ConsentPerson::status)
                    .containsExactly(Tuple.tuple(ConsentPerson.Who.CLIENT, "Jan", ConsentStatus.GEWEIGERD),
                            Tuple.tuple(ConsentPerson.Who.REPRESENTATIVE, "mr. Kok", ConsentStatus.GEGEVEN));
            var d = store.meetings().find(LocalDate.parse("2026-11-26")).orElseThrow().items().getFirst()
                    .disclosures().getFirst();
            assertThat(d.from()).isEqualTo("ggd-vangnet");
            assertThat(d.conflictOfDuties().missing()).isEmpty();
            assertThat(d.conflictOfDuties().text(ConflictOfDuties.Condition.MINIMAL_BREACH)).isEqualTo("alleen de dreiging");
            assertThat(store.evaluations().forCase("2026-017")).singleElement().satisfies(e -> {
                assertThat(e.outcome()).isEqualTo(EvaluationRecord.Outcome.LIGHTER_MEANS);
                assertThat(e.motivation()).isEqualTo("bilateraal met de huisarts volstaat nu");
                assertThat(e.on()).isEqualTo(LocalDate.parse("2026-11-26"));
            });
            assertThat(store.settings().get(EvidentInterest.SETTING))
                    .hasValue("Ernstig nadeel voor de gezondheid; overlast alleen niet.");
            VaultPolicy policy = VaultPolicy.load(store.settings());
            assertThat(policy.caseMonths()).isEqualTo(18);
            assertThat(policy.evaluationWeeks()).isEqualTo(4);
        }
    }

    @Test
    void wrongAdditionsNameTheirField() throws Exception {
        Result from = importText(example().replace(BASIS, BASIS + ", \"from\": \"huisarts-x\""));
        assertThat(from.err()).contains("meetings[0].items[0].disclosures[0].from: huisarts-x is not a partner in this file");
        Result who = importText(example().replace("\"consent\": {\"status\": \"GEWEIGERD\", \"date\": \"2026-10-05\"}",
                "\"consent\": {\"status\": \"GEWEIGERD\", \"persons\": [{\"who\": \"BUURMAN\"}]}"));
        assertThat(who.err()).contains("cases[0].consent.persons[0].who: \"BUURMAN\" is not one of");
        Result stray = importText(example().replace(BASIS, BASIS + ", " + SIX));
        assertThat(stray.err()).contains("meetings[0].items[0].disclosures[0].conflictOfDuties: belongs only to the basis "
                + "CONFLICT_VAN_PLICHTEN");
        Result months = importText(example().replaceFirst("\\{\n  \"partners\"", "{\"vault\": {\"retentionMonths\": 0},\n  \"partners\""));
        assertThat(months.err()).contains("vault.retentionMonths: 0 is not a whole number from 1 to 240");
        assertThat(tmp.resolve("vault")).doesNotExist();
    }
}
