package nl.kring.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.DataCategory;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 16: the interchange file's JSON Schema, checked before the domain checks. */
class InterchangeSchemaTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String resource(String name) throws IOException {
        try (InputStream in = InterchangeSchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String example() throws IOException {
        return resource("/interchange/design-example.json");
    }

    /** The problems the reader reports for this file (the schema's first, when there are any). */
    private static List<String> problems(String json) {
        InterchangeException e = catchThrowableOfType(InterchangeException.class,
                () -> InterchangeReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TODAY));
        assertThat(e).as("the file should have been refused").isNotNull();
        return e.problems();
    }

    private static List<InterchangeSchema.Problem> structural(String json) throws IOException {
        return InterchangeSchema.check(MAPPER.readTree(json));
    }

    /** The first ```json block after "## Example" in docs/interchange.md. */
    static String docsExample() throws IOException {
        String doc = Files.readString(Path.of("docs", "interchange.md"));
        int section = doc.indexOf("## Example");
        assertThat(section).as("docs/interchange.md has an Example section").isNotNegative();
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        int end = doc.indexOf("```", start);
        return doc.substring(start, end);
    }

    @Test
    void theDemoTheDesignExampleAndTheDocsExampleHaveTheStructure() throws Exception {
        assertThat(structural(resource("/demo/demo.json"))).isEmpty();
        assertThat(structural(example())).isEmpty();
        assertThat(structural(docsExample())).isEmpty();
    }

    @Test
    void theDocsExampleAlsoPassesTheDomainChecks() throws Exception {
        Interchange data = InterchangeReader.read(
                new ByteArrayInputStream(docsExample().getBytes(StandardCharsets.UTF_8)), TODAY);
        assertThat(data.partners()).hasSize(2);
        assertThat(data.cases()).singleElement().satisfies(c -> assertThat(c.client().surname()).isEqualTo("Vries"));
        assertThat(data.meetings()).singleElement().satisfies(m -> assertThat(m.items().getFirst().minutes()).hasSize(3));
        assertThat(data.vault().retentionMonths()).isEqualTo(24);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing field|\"surname\": \"Vries\", |''|cases[0].client.surname: is required (line 12)",
            "missing meeting date|\"date\": \"2026-11-26\", |''|meetings[0].date: is required (line 27)",
            "null for a required field|\"name\": \"GGD Vangnet\"|\"name\": null|partners[1].name: is required (line 6)",
            "null for a required choice|\"phase\": \"SCREENING\"|\"phase\": null|cases[0].phase: is required (line 18)",
            "wrong type: text for a number|\"score\": 2|\"score\": \"twee\"|cases[0].domains.FINANCIEN.score: \"twee\" is not a score from 1 to 5 (line 19)",
            "wrong type: number for a text|\"location\": \"GGD, zaal 2\"|\"location\": 2|meetings[0].location: 2 is not a text (line 27)",
            "wrong type: object for a list|\"present\": [\"a-1\", \"a-7\"]|\"present\": {}|meetings[0].present: must be a list (line 27)",
            "wrong type: text for true/false|\"anonymous\": true|\"anonymous\": \"ja\"|cases[0].melder.anonymous: \"ja\" is not true or false (line 17)",
            "unknown field|\"roepnaam\": \"Jan\"|\"roepnaam\": \"Jan\", \"bijnaam\": \"J\"|cases[0].client.bijnaam: unknown field (line 12)",
            "unknown field at the top|\"partners\": [|\"partner\": [], \"partners\": [|partner: unknown field (line 2)",
            "impossible date|\"reportedOn\": \"2026-10-02\"|\"reportedOn\": \"2026-02-30\"|cases[0].reportedOn: 2026-02-30 is not a real date (line 18)",
            "date in another form|\"due\": \"2026-12-10\"|\"due\": \"10-12-2026\"|meetings[0].items[0].decisions[0].due: \"10-12-2026\" is not a date like 2026-11-26 (line 31)",
            "unknown enumeration value|\"tier\": \"KERN\"|\"tier\": \"KERNPARTNER\"|partners[1].tier: \"KERNPARTNER\" is not one of [KERN, SCHIL] (line 6)",
            "bad id|\"id\": \"a-7\"|\"id\": \"a 7\"|partners[0].attendees[0].id: a 7 is not a valid id (letters, digits, '.', '_' or '-') (line 5)",
            "no recipients|\"to\": [\"woco-dak\"]|\"to\": []|meetings[0].items[0].disclosures[0].to: names at least one partner (line 32)",
    })
    void aStructuralProblemGivesOnePlainLineWithThePathAndTheLine(String name, String from, String to, String expected)
            throws Exception {
        String json = example();
        assertThat(json).contains(from);
        assertThat(problems(json.replace(from, to))).containsExactly(expected);
    }

    @Test
    void aFiveMegabyteStringIsNamedNotRepeated() throws Exception {
        String huge = "x".repeat(5 * 1024 * 1024);
        String json = example().replace("\"huurachterstand twee maanden\"", "\"" + huge + "\"");
        List<String> problems = problems(json);
        assertThat(problems).containsExactly(
                "cases[0].domains.FINANCIEN.note: is longer than 100000 characters (line 19)");
        // and where a number was expected, the value shown is cut short
        List<String> asScore = problems(example().replace("\"score\": 2", "\"score\": \"" + huge + "\""));
        assertThat(asScore).singleElement().satisfies(p -> assertThat(p).hasSizeLessThan(200)
                .startsWith("cases[0].domains.FINANCIEN.score: \"xxxx").contains("… is not a score from 1 to 5"));
    }

    @Test
    void everyStructuralProblemIsListedAndTheDomainChecksWaitForThem() throws Exception {
        // an unknown field and a bad BSN: the schema's problem alone, the 11-proef is a domain check that comes after
        String json = example().replace("\"roepnaam\": \"Jan\"", "\"roepnaam\": \"Jan\", \"bijnaam\": \"J\"")
                .replace("111222333", "111222334").replace("\"score\": 2", "\"score\": 9");
        assertThat(problems(json)).containsExactlyInAnyOrder(
                "cases[0].client.bijnaam: unknown field (line 12)",
                "cases[0].domains.FINANCIEN.score: 9 is not a score from 1 to 5 (line 19)");
        // with the structure right, the domain check speaks
        assertThat(problems(example().replace("111222333", "111222334")))
                .containsExactly("cases[0].client.bsn: 111222334 fails the 11-proef (line 14)");
    }

    @Test
    void tenThousandWrongEntriesStopTheCheckAtAHundredProblems() throws Exception {
        StringBuilder json = new StringBuilder("{\"partners\": [");
        for (int i = 0; i < 10_000; i++) {
            json.append(i == 0 ? "1" : ",1");
        }
        json.append("]}");
        List<String> problems = problems(json.toString());
        assertThat(problems).hasSize(InterchangeSchema.MAX_PROBLEMS + 1);
        assertThat(problems.getFirst()).isEqualTo("partners[0]: must be an object (line 1)");
        assertThat(problems.get(InterchangeSchema.MAX_PROBLEMS - 1)).isEqualTo("partners[99]: must be an object (line 1)");
        assertThat(problems.getLast()).isEqualTo("file: the structural check stopped after 100 problems; there are more (line 1)");
    }

    @Test
    void theRootMustBeAnObject() {
        assertThat(problems("[1, 2, 3]")).containsExactly(
                "file: the file must hold a JSON object with partners, cases and meetings (line 1)");
    }

    @Test
    void theSchemasEnumerationsAreTheDomainsEnumerations() {
        JsonNode defs = InterchangeSchema.tree().get("$defs");
        assertThat(values(defs.at("/lifeDomain/enum"))).containsExactlyElementsOf(names(LifeDomain.values()));
        assertThat(values(defs.at("/role/enum"))).containsExactlyElementsOf(names(Role.values()));
        assertThat(values(defs.at("/partner/properties/role/enum"))).containsExactlyElementsOf(names(Role.values()));
        assertThat(values(defs.at("/vault/properties/policeRoles/items/enum")))
                .containsExactlyElementsOf(names(Role.values()));
        assertThat(values(defs.at("/partner/properties/tier/enum"))).containsExactlyElementsOf(names(Tier.values()));
        assertThat(values(defs.at("/case/properties/phase/enum"))).containsExactlyElementsOf(names(Phase.values()));
        assertThat(values(defs.at("/consentStatus/enum"))).containsExactlyElementsOf(names(ConsentStatus.values()));
        assertThat(values(defs.at("/consentPerson/properties/who/enum")))
                .containsExactlyElementsOf(names(ConsentPerson.Who.values()));
        assertThat(values(defs.at("/evaluation/properties/outcome/enum")))
                .containsExactlyElementsOf(names(EvaluationRecord.Outcome.values()));
        assertThat(values(defs.at("/disclosure/properties/basis/enum")))
                .containsExactlyElementsOf(names(DisclosureBasis.values()));
        List<String> categories = new ArrayList<>(names(LifeDomain.values()));
        categories.addAll(names(DataCategory.values()));
        assertThat(values(defs.at("/disclosure/properties/categories/items/enum"))).containsExactlyElementsOf(categories);
        assertThat(fieldNames(defs.at("/conflictOfDuties/properties"))).containsExactlyElementsOf(
                Arrays.stream(ConflictOfDuties.Condition.values()).map(ConflictOfDuties.Condition::key).toList());
        assertThat(fieldNames(defs.at("/domains/properties"))).containsExactlyElementsOf(names(LifeDomain.values()));
    }

    @Test
    void everyObjectOfTheSchemaIsClosed() {
        List<String> open = new ArrayList<>();
        walk(InterchangeSchema.tree(), "#", open);
        assertThat(open).as("objects that would let an unknown key through").isEmpty();
    }

    private static void walk(JsonNode node, String where, List<String> open) {
        if (node.isObject()) {
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                open.add(where);
            }
            node.properties().forEach(e -> walk(e.getValue(), where + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, open);
            }
        }
    }

    private static List<String> values(JsonNode array) {
        assertThat(array.isArray()).as("an enum in the schema").isTrue();
        return StreamSupport.stream(array.spliterator(), false).filter(n -> !n.isNull()).map(JsonNode::asText).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    @Test
    void anUnreadableFileNeverReachesTheSchema() {
        assertThatThrownBy(() -> InterchangeReader.read(new ByteArrayInputStream("{\"partners\": [".getBytes(
                StandardCharsets.UTF_8)), TODAY)).isInstanceOf(InterchangeException.class).hasMessageContaining("not valid JSON");
    }
}
