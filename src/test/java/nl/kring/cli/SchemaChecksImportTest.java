package nl.kring.cli;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kring.TestVaults;
import nl.kring.domain.LifeDomain;
import nl.kring.interchange.Interchange;
import nl.kring.interchange.InterchangeReader;
import nl.kring.interchange.InterchangeSchema;
import nl.kring.interchange.LocatedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, docs/interchange.md "Who checks what": every structural check that left {@code InterchangeReader} for the
 * schema still stops {@code kring import} with one plain line naming the field, and it is the schema that names it.
 * Each row changes one value of the design example (a JSON pointer; {@code -} removes the field; {@code x*N} in the
 * new value is a text of N letters x).
 */
class SchemaChecksImportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LONG_TEXT = Pattern.compile("x\\*(\\d+)");

    @TempDir
    Path tmp;

    private static ObjectNode example() throws Exception {
        try (InputStream in = SchemaChecksImportTest.class.getResourceAsStream("/interchange/design-example.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    private static ObjectNode changed(String pointer, String value) throws Exception {
        ObjectNode root = example();
        JsonPointer at = JsonPointer.compile(pointer);
        assertThat(root.at(at.head()).isObject()).as("the example has an object at " + at.head()).isTrue();
        ObjectNode parent = (ObjectNode) root.at(at.head());
        String field = at.last().getMatchingProperty();
        if (value.equals("-")) {
            assertThat(parent.remove(field)).as("the example has " + pointer).isNotNull();
        } else {
            Matcher m = LONG_TEXT.matcher(value);
            StringBuilder json = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(json, "x".repeat(Integer.parseInt(m.group(1))));
            }
            m.appendTail(json);
            parent.set(field, MAPPER.readTree(json.toString()));
        }
        return root;
    }

    /** The schema's problems for the file as the import reads it (numbers as written: 24.0 is not 24). */
    private static List<InterchangeSchema.Problem> structural(ObjectNode file) throws Exception {
        byte[] json = file.toString().getBytes(StandardCharsets.UTF_8);
        return InterchangeSchema.check(LocatedJson.parse(new ByteArrayInputStream(json)).root());
    }

    private record Result(int code, String err) {
    }

    private Result importFile(String json) throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        String[] r = CliRun.run("import", "--vault", tmp.resolve("vault").toString(), "--json", file.toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
        return new Result(Integer.parseInt(r[0]), r[2]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // text(): the type and the length (in characters) of every text
            "a number for a text|/cases/0/domains/FINANCIEN/note|5|cases[0].domains.FINANCIEN.note: 5 is not a text",
            "a list for a name|/partners/1/name|[\"GGD\"]|partners[1].name: [\"GGD\"] is not a text",
            "a name, 200|/partners/1/name|\"x*201\"|partners[1].name: is longer than 200 characters",
            "a roepnaam, 100|/cases/0/client/roepnaam|\"x*101\"|cases[0].client.roepnaam: is longer than 100 characters",
            "a tussenvoegsel, 40|/cases/0/client/prefix|\"x*41\"|cases[0].client.prefix: is longer than 40 characters",
            "a BSN, 20|/cases/0/client/bsn|\"x*21\"|cases[0].client.bsn: is longer than 20 characters",
            "an address, 300|/cases/0/client/address|\"x*301\"|cases[0].client.address: is longer than 300 characters",
            "a relation, 100|/cases/0/client/relatives/0/relation|\"x*101\"|cases[0].client.relatives[0].relation: is longer than 100 characters",
            "an owner, 64|/meetings/0/items/0/decisions/0/owner|\"x*65\"|meetings[0].items[0].decisions[0].owner: is longer than 64 characters",
            "an item's case, 32|/meetings/0/items/0/case|\"x*33\"|meetings[0].items[0].case: is longer than 32 characters",
            "an e-mail address, 254|/partners/0/email|\"x*255\"|partners[0].email: is longer than 254 characters",
            "a phone number, 40|/partners/0/phone|\"x*41\"|partners[0].phone: is longer than 40 characters",
            "the complaints contact, 1000|/vault|{\"complaints\": \"x*1001\"}|vault.complaints: is longer than 1000 characters",
            "an agreement text, 4000|/vault|{\"agreement\": {\"purpose\": \"x*4001\"}}|vault.agreement.purpose: is longer than 4000 characters",
            "the evident-interest definition, 4000|/vault|{\"evidentInterestDefinition\": \"x*4001\"}|vault.evidentInterestDefinition: is longer than 4000 characters",
            "a motivation, 4000|/cases/0/evaluations|[{\"date\": \"2026-11-12\", \"outcome\": \"STOP\", \"motivation\": \"x*4001\"}]|cases[0].evaluations[0].motivation: is longer than 4000 characters",
            "a file number's label, 60|/cases/0/client/fileNumbers|[{\"partner\": \"ggd-vangnet\", \"label\": \"x*61\", \"number\": \"GGD-2024-58317\"}]|cases[0].client.fileNumbers[0].label: is longer than 60 characters",
            "a file number, 40|/cases/0/client/fileNumbers|[{\"partner\": \"ggd-vangnet\", \"number\": \"GGD-x*40\"}]|cases[0].client.fileNumbers[0].number: is longer than 40 characters",
            // requiredText(): present, and not only spaces
            "no partner id|/partners/0/id|-|partners[0].id: is required",
            "no attendee name|/partners/0/attendees/0/name|-|partners[0].attendees[0].name: is required",
            "no relative's name|/cases/0/client/relatives/0/name|-|cases[0].client.relatives[0].name: is required",
            "no client|/cases/0/client|-|cases[0].client: is required",
            "a null client|/cases/0/client|null|cases[0].client: is required",
            "no paragraph text|/meetings/0/items/0/minutes/0/text|-|meetings[0].items[0].minutes[0].text: is required",
            "no decision action|/meetings/0/items/0/decisions/0/action|-|meetings[0].items[0].decisions[0].action: is required",
            "no item case|/meetings/0/items/0/case|-|meetings[0].items[0].case: is required",
            "no file number partner|/cases/0/client/fileNumbers|[{\"number\": \"GGD-2024-58317\"}]|cases[0].client.fileNumbers[0].partner: is required",
            "an empty partner name|/partners/1/name|\"  \"|partners[1].name: must not be empty",
            "an empty paragraph|/meetings/0/items/0/minutes/0/text|\" \"|meetings[0].items[0].minutes[0].text: must not be empty",
            "an empty motivation|/cases/0/evaluations|[{\"date\": \"2026-11-12\", \"outcome\": \"STOP\", \"motivation\": \"\"}]|cases[0].evaluations[0].motivation: must not be empty",
            "an empty item case (added to the schema)|/meetings/0/items/0/case|\"\"|meetings[0].items[0].case: must not be empty",
            "an empty file number partner (added to the schema)|/cases/0/client/fileNumbers|[{\"partner\": \"\", \"number\": \"GGD-2024-58317\"}]|cases[0].client.fileNumbers[0].partner: must not be empty",
            // id(): the pattern
            "a partner id with a space|/partners/0/id|\"woco dak\"|partners[0].id: woco dak is not a valid id (letters, digits, '.', '_' or '-')",
            "a partner id with a slash|/partners/0/id|\"../woco\"|partners[0].id: ../woco is not a valid id (letters, digits, '.', '_' or '-')",
            // enumValue(): the enumerations
            "an unknown role|/partners/1/role|\"DOKTER\"|partners[1].role: \"DOKTER\" is not one of [HUISARTS, GGD, GGZ, VERSLAVINGSZORG, MAATSCHAPPELIJKE_OPVANG, MAATSCHAPPELIJK_WERK, THUISZORG, POLITIE, GEMEENTE, WONINGCORPORATIE, NUTSBEDRIJF, CJG, JGZ, VEILIG_THUIS, JEUGDBESCHERMING, SOCIALE_DIENST, MANTELZORG, RECLASSERING, OVERIG]",
            "an unknown phase|/cases/0/phase|\"SCREEN\"|cases[0].phase: \"SCREEN\" is not one of [MELDING, SCREENING, CLIENTVERDELING, INTAKE, HULPVRAAGDEFINIERING, TRAJECT_EVALUATIE, AFGESLOTEN]",
            "a phase in lower case|/cases/0/phase|\"screening\"|cases[0].phase: \"screening\" is not one of [MELDING, SCREENING, CLIENTVERDELING, INTAKE, HULPVRAAGDEFINIERING, TRAJECT_EVALUATIE, AFGESLOTEN]",
            "an unknown consent status|/cases/0/consent/status|\"JA\"|cases[0].consent.status: \"JA\" is not one of [GEVRAAGD, GEGEVEN, GEWEIGERD, NIET_TE_VRAGEN]",
            "an unknown paragraph category|/meetings/0/items/0/minutes/1/category|\"GELD\"|meetings[0].items[0].minutes[1].category: \"GELD\" is not one of [PERSOONLIJKE_VERZORGING, HUISHOUDING, SOCIAAL_FUNCTIONEREN, GEESTELIJK_FUNCTIONEREN, SOMATISCH_FUNCTIONEREN, VERSLAVING, VEILIGHEID, DAGBESTEDING_WERK, FINANCIEN, HUISVESTING, JURIDISCH, ALGEMEEN]",
            "an unknown decision category|/meetings/0/items/0/decisions/0/category|\"IEDEREEN\"|meetings[0].items[0].decisions[0].category: \"IEDEREEN\" is not one of [PERSOONLIJKE_VERZORGING, HUISHOUDING, SOCIAAL_FUNCTIONEREN, GEESTELIJK_FUNCTIONEREN, SOMATISCH_FUNCTIONEREN, VERSLAVING, VEILIGHEID, DAGBESTEDING_WERK, FINANCIEN, HUISVESTING, JURIDISCH, ALGEMEEN]",
            "an unknown basis|/meetings/0/items/0/disclosures/0/basis|\"NOODZAAK\"|meetings[0].items[0].disclosures[0].basis: \"NOODZAAK\" is not one of [TOESTEMMING, EVIDENT_BELANG, CONFLICT_VAN_PLICHTEN, WETTELIJK_VOORSCHRIFT, MEDEBEHANDELAAR, WETTELIJK_VERTEGENWOORDIGER]",
            "an unknown outcome|/cases/0/evaluations|[{\"date\": \"2026-11-12\", \"outcome\": \"DOORGAAN\", \"motivation\": \"m\"}]|cases[0].evaluations[0].outcome: \"DOORGAAN\" is not one of [CONTINUE, LIGHTER_MEANS, STOP]",
            "an unknown consent person|/cases/0/consent/persons|[{\"who\": \"BUURMAN\"}]|cases[0].consent.persons[0].who: \"BUURMAN\" is not one of [CLIENT, PARENT, GUARDIAN, REPRESENTATIVE]",
            "an unknown data category|/meetings/0/items/0/disclosures/0/categories|[\"HUISVESTING\", \"MEDISCH\"]|meetings[0].items[0].disclosures[0].categories[1]: \"MEDISCH\" is not a leefgebied or data category (expected one of [PERSOONLIJKE_VERZORGING, HUISHOUDING, SOCIAAL_FUNCTIONEREN, GEESTELIJK_FUNCTIONEREN, SOMATISCH_FUNCTIONEREN, VERSLAVING, VEILIGHEID, DAGBESTEDING_WERK, FINANCIEN, HUISVESTING, JURIDISCH] or [IDENTITEITSGEGEVENS, CONTACT_HULPVERLENERS, POLITIEGEGEVENS])",
            "an unknown police role|/vault|{\"policeRoles\": [\"POLITIE\", \"AGENT\"]}|vault.policeRoles[1]: \"AGENT\" is not a role (expected one of [HUISARTS, GGD, GGZ, VERSLAVINGSZORG, MAATSCHAPPELIJKE_OPVANG, MAATSCHAPPELIJK_WERK, THUISZORG, POLITIE, GEMEENTE, WONINGCORPORATIE, NUTSBEDRIJF, CJG, JGZ, VEILIG_THUIS, JEUGDBESCHERMING, SOCIALE_DIENST, MANTELZORG, RECLASSERING, OVERIG])",
            "an unknown leefgebied|/cases/0/domains/GELD|{\"score\": 1}|cases[0].domains.GELD: unknown leefgebied (expected one of [PERSOONLIJKE_VERZORGING, HUISHOUDING, SOCIAAL_FUNCTIONEREN, GEESTELIJK_FUNCTIONEREN, SOMATISCH_FUNCTIONEREN, VERSLAVING, VEILIGHEID, DAGBESTEDING_WERK, FINANCIEN, HUISVESTING, JURIDISCH])",
            // integer() and the score: whole numbers in their range
            "a retention of 0 months|/vault|{\"retentionMonths\": 0}|vault.retentionMonths: 0 is not a whole number from 1 to 240",
            "a retention of 241 months|/vault|{\"retentionMonths\": 241}|vault.retentionMonths: 241 is not a whole number from 1 to 240",
            "a retention as text|/vault|{\"retentionMonths\": \"24\"}|vault.retentionMonths: \"24\" is not a whole number from 1 to 240",
            "a retention of 24.5 months|/vault|{\"retentionMonths\": 24.5}|vault.retentionMonths: 24.5 is not a whole number from 1 to 240",
            "an evaluation of 53 weeks|/vault|{\"evaluationWeeks\": 53}|vault.evaluationWeeks: 53 is not a whole number from 1 to 52",
            "a score of 0|/cases/0/domains/FINANCIEN/score|0|cases[0].domains.FINANCIEN.score: 0 is not a score from 1 to 5",
            "a score of 2.5|/cases/0/domains/FINANCIEN/score|2.5|cases[0].domains.FINANCIEN.score: 2.5 is not a score from 1 to 5",
            "a leefgebied that is no object|/cases/0/domains/FINANCIEN|2|cases[0].domains.FINANCIEN: must be an object",
            // the case number, required choices and dates, lists
            "a case number without a year|/cases/0/number|\"17\"|cases[0].number: 17 is not a case number like 2026-017",
            "a case number with spaces|/cases/0/number|\" 2026-017\"|cases[0].number:  2026-017 is not a case number like 2026-017",
            "no phase|/cases/0/phase|-|cases[0].phase: is required",
            "no consent person kind|/cases/0/consent/persons|[{\"name\": \"moeder\"}]|cases[0].consent.persons[0].who: is required",
            "no evaluation date|/cases/0/evaluations|[{\"outcome\": \"STOP\", \"motivation\": \"m\"}]|cases[0].evaluations[0].date: is required",
            "no evaluation outcome|/cases/0/evaluations|[{\"date\": \"2026-11-12\", \"motivation\": \"m\"}]|cases[0].evaluations[0].outcome: is required",
            "no meeting date|/meetings/0/date|-|meetings[0].date: is required",
            "a null meeting date|/meetings/0/date|null|meetings[0].date: is required",
            "no basis|/meetings/0/items/0/disclosures/0/basis|-|meetings[0].items[0].disclosures[0].basis: is required",
            "no categories|/meetings/0/items/0/disclosures/0/categories|-|meetings[0].items[0].disclosures[0].categories: is required",
            "empty categories|/meetings/0/items/0/disclosures/0/categories|[]|meetings[0].items[0].disclosures[0].categories: names at least one data category",
            "no recipients|/meetings/0/items/0/disclosures/0/to|-|meetings[0].items[0].disclosures[0].to: is required",
            "a number as recipient|/meetings/0/items/0/disclosures/0/to|[7]|meetings[0].items[0].disclosures[0].to[0]: 7 is not a text",
            "no kring|/cases/0/kring|-|cases[0].kring: is required",
            "an empty kring|/cases/0/kring|[]|cases[0].kring: is required and names at least one partner",
            "a kring that is no list|/cases/0/kring|\"woco-dak\"|cases[0].kring: is required and names at least one partner",
            "a number in the kring|/cases/0/kring|[\"woco-dak\", 7]|cases[0].kring[1]: 7 is not a text",
            "a number among those present|/meetings/0/present|[\"a-1\", 7]|meetings[0].present[1]: 7 is not a text",
            "signedBy that is no list|/vault|{\"agreement\": {\"signedBy\": \"woco-dak\"}}|vault.agreement.signedBy: must be a list",
            "a number in signedBy|/vault|{\"agreement\": {\"signedBy\": [7]}}|vault.agreement.signedBy[0]: 7 is not a text",
            "policeRoles that is no list|/vault|{\"policeRoles\": \"POLITIE\"}|vault.policeRoles: must be a list",
            "an alias that is no text|/cases/0/client/aliases|[3]|cases[0].client.aliases[0]: must be a non-empty text",
            "an empty alias|/cases/0/client/aliases|[\"\"]|cases[0].client.aliases[0]: must be a non-empty text",
    })
    void aCheckTheSchemaTookOverStillStopsTheImportNamingTheField(String name, String pointer, String value,
                                                                  String expected) throws Exception {
        ObjectNode file = changed(pointer, value);
        String path = expected.substring(0, expected.indexOf(": "));
        String message = expected.substring(expected.indexOf(": ") + 2);
        // the schema names it (the reader no longer does) ...
        assertThat(structural(file)).contains(new InterchangeSchema.Problem(path, message));
        // ... and the command line shows it as one plain line with the field, its line, and nothing stored
        Result r = importFile(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).containsPattern("(?m)^  " + Pattern.quote(expected) + " \\(line \\d+\\)\\R");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(tmp.resolve("vault")).doesNotExist();
    }

    /**
     * What stays in the code: a text of emoji fits the schema's {@code maxLength} (it counts each once) but takes two
     * places each when stored; blank in another script; a control character in an alias.
     */
    @Test
    void whatTheSchemaCannotSayTheReaderStillSays() throws Exception {
        String emoji = "\uD83D\uDE00".repeat(150);
        ObjectNode file = changed("/partners/1/name", "\"" + emoji + "\"");
        assertThat(structural(file)).isEmpty();
        assertThat(importFile(file.toString()).err()).contains(
                "partners[1].name: is longer than 200 characters as stored (an emoji counts as two)");

        ObjectNode emSpace = changed("/cases/0/client/surname", "\"\u2003\"");
        assertThat(structural(emSpace)).isEmpty();
        assertThat(importFile(emSpace.toString()).err()).contains("cases[0].client.surname: must not be empty");

        ObjectNode control = changed("/cases/0/client/aliases", "[\"Han\\u0007sje\"]");
        assertThat(structural(control)).isEmpty();
        assertThat(importFile(control.toString()).err()).contains("cases[0].client.aliases[0]: contains control characters");
        assertThat(tmp.resolve("vault")).doesNotExist();
    }

    /**
     * The reader's own limit (the length as stored) is never below the schema's: a text of letters at the schema's
     * {@code maxLength} is read, one more is the schema's problem. Without this a text the schema let by could get the
     * reader's "as stored" line although it has no emoji.
     */
    @ParameterizedTest(name = "{0} at {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "/partners/1/name|\"x*{n}\"|200",
            "/partners/0/attendees/0/function|\"x*{n}\"|200",
            "/cases/0/client/firstNames|\"x*{n}\"|200",
            "/cases/0/client/roepnaam|\"x*{n}\"|100",
            "/cases/0/client/prefix|\"x*{n}\"|40",
            "/cases/0/client/surname|\"x*{n}\"|200",
            "/cases/0/client/address|\"x*{n}\"|300",
            "/cases/0/client/aliases|[\"x*{n}\"]|200",
            "/cases/0/client/relatives/0/name|\"x*{n}\"|200",
            "/cases/0/client/relatives/0/relation|\"x*{n}\"|100",
            "/cases/0/client/fileNumbers|[{\"partner\": \"ggd-vangnet\", \"label\": \"x*{n}\", \"number\": \"GGD-2024-58317\"}]|60",
            // a file number needs a digit: "1" and 39 letters are 40, the schema's limit
            "/cases/0/client/fileNumbers|[{\"partner\": \"ggd-vangnet\", \"number\": \"1x*{n}\"}]|39",
            "/cases/0/melder/name|\"x*{n}\"|200",
            "/cases/0/melder/organisation|\"x*{n}\"|200",
            "/cases/0/domains/FINANCIEN/note|\"x*{n}\"|100000",
            "/cases/0/consent/by|\"x*{n}\"|200",
            "/cases/0/informed/reason|\"x*{n}\"|100000",
            "/cases/0/evidentInterest|\"x*{n}\"|100000",
            "/cases/0/lighterMeansConsidered|\"x*{n}\"|100000",
            "/cases/0/evaluations|[{\"date\": \"2026-11-12\", \"outcome\": \"STOP\", \"motivation\": \"x*{n}\"}]|4000",
            "/meetings/0/location|\"x*{n}\"|200",
            "/meetings/0/items/0/minutes/0/text|\"x*{n}\"|100000",
            "/meetings/0/items/0/decisions/0/action|\"x*{n}\"|100000",
            "/meetings/0/items/0/disclosures/0/why|\"x*{n}\"|100000",
            "/meetings/0/items/0/disclosures/0/whyNotInformed|\"x*{n}\"|100000",
            "/meetings/0/items/0/disclosures/0/decidedBy|\"x*{n}\"|200",
            "/vault|{\"complaints\": \"x*{n}\"}|1000",
            "/vault|{\"evidentInterestDefinition\": \"x*{n}\"}|4000",
            "/vault|{\"chair\": {\"name\": \"x*{n}\", \"function\": \"x*{n}\"}}|200",
            "/vault|{\"agreement\": {\"purpose\": \"x*{n}\", \"storage\": \"x*{n}\", \"rights\": \"x*{n}\", \"reporting\": \"x*{n}\"}}|4000",
            "/vault|{\"agreement\": {\"coordinator\": {\"name\": \"x*{n}\", \"function\": \"x*{n}\", \"contact\": \"x*{n}\"}}}|200",
    })
    void aTextAtTheSchemasLimitIsReadAndOneMoreIsTheSchemasProblem(String pointer, String template, int limit)
            throws Exception {
        ObjectNode atLimit = changed(pointer, template.replace("{n}", String.valueOf(limit)));
        assertThat(structural(atLimit)).isEmpty();
        InterchangeReader.read(new ByteArrayInputStream(atLimit.toString().getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2026, 12, 1));
        ObjectNode over = changed(pointer, template.replace("{n}", String.valueOf(limit + 1)));
        assertThat(structural(over)).isNotEmpty().allSatisfy(p -> assertThat(p.message())
                .isEqualTo("is longer than " + (template.contains("\"1x*") ? limit + 1 : limit) + " characters"));
    }

    /** JSON Schema's {@code integer}: 24.0 is the whole number 24 (the reader used to refuse what the schema let by). */
    @Test
    void aWholeNumberWrittenWithAPointIsTheSchemasIntegerAndReadAsOne() throws Exception {
        ObjectNode file = changed("/vault", "{\"retentionMonths\": 24.0, \"evaluationWeeks\": 6.0}");
        ((ObjectNode) file.at("/cases/0/domains/FINANCIEN")).set("score", MAPPER.readTree("2.0"));
        assertThat(structural(file)).isEmpty();
        Interchange read = InterchangeReader.read(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2026, 12, 1));
        assertThat(read.vault().retentionMonths()).isEqualTo(24);
        assertThat(read.vault().evaluationWeeks()).isEqualTo(6);
        assertThat(read.cases().getFirst().domains().get(LifeDomain.FINANCIEN).score()).isEqualTo(2);
    }
}
