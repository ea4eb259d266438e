package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code kring pseudonymize} in-process, through the root command. */
class PseudonymizeCommandTest {

    static final String CLIENTS = """
            {"cases": [
              {"number": "2026-017",
               "client": {"firstNames": "Johannes Petrus", "roepnaam": "Jan", "prefix": "de", "surname": "Vries",
                          "aliases": ["Hansje"], "birthDate": "1984-03-12", "bsn": "111222333",
                          "address": "Kerkstraat 12, 3511 AB Utrecht", "phone": "06-12345678",
                          "relatives": [{"name": "Peter de Vries", "relation": "zoon"}]}},
              {"number": "2026-021",
               "client": {"firstNames": "Jan Willem", "roepnaam": "Jan", "surname": "Bos"}}
            ]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();
    private PrintStream originalOut;
    private InputStream originalIn;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalIn = System.in;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setIn(originalIn);
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new KringCommand(GuiStarter.NONE));
        cl.setErr(new PrintWriter(stderr, true));
        return cl.execute(args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void textOutputReplacesEveryMentionWithTheContractMarkers() throws Exception {
        Path clients = write("clients.json", CLIENTS);
        Path in = write("in.txt", "Mevrouw bezocht dhr. De Vries (geb. 12 maart 1984, BSN 111 222 333) op "
                + "Kerkstraat 12, 3511 AB Utrecht; tel. +31 6 12345678. Zijn zoon Peter belde.\n");
        int code = run("pseudonymize", "--clients", clients.toString(), "--in", in.toString());
        assertThat(code).isZero();
        assertThat(out()).isEqualTo("Mevrouw bezocht [cliënt 2026-017] (geb. [geboortedatum], BSN [BSN]) op "
                + "[adres cliënt 2026-017]; tel. [telefoon]. Zijn zoon [zoon van cliënt 2026-017] belde.\n");
        assertThat(stderr.toString()).isEmpty();
    }

    /** Issue 12: a partner's file number in the clients file is recognised and attributed, kind {@code fileNumber}. */
    @Test
    void aPartnersFileNumberIsReplacedAndAttributedToItsCase() throws Exception {
        Path clients = write("clients.json", CLIENTS.replace("\"surname\": \"Bos\"}",
                "\"surname\": \"Bos\", \"fileNumbers\": [{\"partner\": \"woco\", \"label\": \"huurnummer\", "
                        + "\"number\": \"48213\"}]}"));
        System.setIn(new ByteArrayInputStream("De woco noemt huurnummer 48 213.".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("pseudonymize", "--clients", clients.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("text").asText()).isEqualTo("De woco noemt huurnummer [dossiernummer].");
        JsonNode r = json.get("replacements").get(0);
        assertThat(r.get("original").asText()).isEqualTo("48 213");
        assertThat(r.get("kind").asText()).isEqualTo("fileNumber");
        assertThat(r.get("case").asText()).isEqualTo("2026-021");
    }

    @Test
    void ambiguousNamesAreReplacedAndMarked() throws Exception {
        Path clients = write("clients.json", CLIENTS);
        System.setIn(new ByteArrayInputStream("Jan belde.".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("pseudonymize", "--clients", clients.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("text").asText()).isEqualTo("[cliënt 2026-017/2026-021] belde.");
        JsonNode r = json.get("replacements").get(0);
        assertThat(r.get("original").asText()).isEqualTo("Jan");
        assertThat(r.get("kind").asText()).isEqualTo("client");
        assertThat(r.get("case").asText()).isEqualTo("2026-017/2026-021");
        assertThat(r.get("ambiguous").asBoolean()).isTrue();
        assertThat(r.get("cases")).hasSize(2);
    }

    @Test
    void jsonOutputFollowsTheContract() throws Exception {
        Path clients = write("clients.json", CLIENTS);
        System.setIn(new ByteArrayInputStream(
                "Buurman Henk Smit zag Hansje. Peter de Vries belt 06 1234 5678.".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("pseudonymize", "--clients", clients.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("text").asText())
                .isEqualTo("Buurman Henk Smit zag [cliënt 2026-017]. [zoon van cliënt 2026-017] belt [telefoon].");
        JsonNode reps = json.get("replacements");
        assertThat(reps).hasSize(3);
        assertThat(reps.get(0).get("original").asText()).isEqualTo("Hansje");
        assertThat(reps.get(0).get("replacement").asText()).isEqualTo("[cliënt 2026-017]");
        assertThat(reps.get(0).get("kind").asText()).isEqualTo("client");
        assertThat(reps.get(0).get("case").asText()).isEqualTo("2026-017");
        assertThat(reps.get(1).get("kind").asText()).isEqualTo("relative");
        assertThat(reps.get(2).get("kind").asText()).isEqualTo("phone");
        assertThat(reps.get(2).get("case").asText()).isEqualTo("2026-017");
        JsonNode suspects = json.get("suspects");
        assertThat(suspects).hasSize(1);
        assertThat(suspects.get(0).get("text").asText()).isEqualTo("Henk Smit");
        assertThat(suspects.get(0).get("reason").asText()).isNotBlank();
    }

    @Test
    void acceptsABareCasesArrayAndAWholeInterchangeFile() throws Exception {
        JsonNode cases = new ObjectMapper().readTree(CLIENTS).get("cases");
        Path bare = write("bare.json", cases.toString());
        Path in = write("in.txt", "Gesprek met mw. Bos en M. Kok.");
        assertThat(run("pseudonymize", "--clients", bare.toString(), "--in", in.toString())).isZero();
        assertThat(out()).isEqualTo("Gesprek met [cliënt 2026-021] en M. Kok.");

        stdout.reset();
        Path whole = write("whole.json", """
                {"partners": [{"id": "woco", "name": "Woco", "role": "WONINGCORPORATIE", "tier": "SCHIL",
                               "attendees": [{"id": "a-7", "name": "R. Kok", "function": "wijkconsulent"}]}],
                 "cases": %s,
                 "meetings": []}
                """.formatted(cases.toString()));
        Path in2 = write("in2.txt", "R. Kok sprak met Jan Willem Bos.");
        assertThat(run("pseudonymize", "--clients", whole.toString(), "--in", in2.toString(), "--format", "json"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("text").asText()).isEqualTo("R. Kok sprak met [cliënt 2026-021].");
        assertThat(json.get("suspects")).isEmpty();
    }

    @Test
    void writesToTheOutFile() throws Exception {
        Path clients = write("clients.json", CLIENTS);
        Path in = write("in.txt", "DE VRIES, J.P. belde");
        Path out = dir.resolve("out.txt");
        assertThat(run("pseudonymize", "--clients", clients.toString(), "--in", in.toString(), "--out", out.toString()))
                .isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("[cliënt 2026-017] belde");
        assertThat(out()).isEmpty();
    }

    @Test
    void userMistakesGiveOneLineOnStderrAndNonZeroExit() throws Exception {
        Path clients = write("clients.json", CLIENTS);
        Path in = write("in.txt", "tekst");
        assertError(run("pseudonymize", "--clients", dir.resolve("nope.json").toString(), "--in", in.toString()),
                "clients file not found");
        assertError(run("pseudonymize", "--clients", write("bad.json", "{\"cases\": [").toString(), "--in",
                in.toString()), "not valid JSON");
        assertError(run("pseudonymize", "--clients", write("nosurname.json",
                "{\"cases\": [{\"number\": \"2026-001\", \"client\": {\"firstNames\": \"A\"}}]}").toString(),
                "--in", in.toString()), "surname");
        assertError(run("pseudonymize", "--clients", write("baddate.json",
                "[{\"number\": \"2026-001\", \"client\": {\"surname\": \"A\", \"birthDate\": \"12-03-1984\"}}]")
                .toString(), "--in", in.toString()), "birthDate");
        assertError(run("pseudonymize", "--clients", write("shape.json", "{\"foo\": 1}").toString(), "--in",
                in.toString()), "cases");
        assertError(run("pseudonymize", "--clients", clients.toString(), "--in", dir.resolve("nope.txt").toString()),
                "input file not found");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "cli\u00ebnt".getBytes(StandardCharsets.ISO_8859_1));
        assertError(run("pseudonymize", "--clients", clients.toString(), "--in", latin1.toString()), "UTF-8");
        assertError(run("pseudonymize", "--in", in.toString()), "--clients");
        assertError(run("pseudonymize", "--clients", clients.toString(), "--in", in.toString(), "--format", "xml"),
                "--format");
        assertError(run("pseudonymize", "--clients", clients.toString(), "--in", in.toString(), "--out",
                dir.resolve("no/such/dir/out.txt").toString()), "cannot write");
    }

    private void assertError(int code, String expected) {
        String err = stderr.toString();
        assertThat(code).as(err).isNotZero();
        assertThat(err.strip()).contains(expected);
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out()).isEmpty();
        stderr.getBuffer().setLength(0);
    }

    @Test
    void readsStdinAndSkipsAByteOrderMark() throws Exception {
        Path clients = write("clients.json", CLIENTS);
        byte[] text = "\uFEFFJans zoon".getBytes(StandardCharsets.UTF_8);
        System.setIn(new ByteArrayInputStream(text));
        assertThat(run("pseudonymize", "--clients", clients.toString())).isZero();
        assertThat(out()).isEqualTo("[cliënt 2026-017/2026-021] zoon");
    }
    @Test
    void theMelderOfTheClientsFileIsMaskedByEachPartAndAPartnerStaysAPartner() throws Exception {
        Path clients = write("clients.json", """
                {"partners": [{"id": "ggd", "name": "GGD Vangnet Rivierstad", "attendees": [{"name": "Noor Visser"}]}],
                 "cases": [
                  {"number": "2026-012", "client": {"firstNames": "Ben", "surname": "Dijkstra"},
                   "melder": {"name": "Ans Kwakkelstein", "organisation": "Bewonerscommissie Zonnehof"}},
                  {"number": "2026-013", "client": {"surname": "Vos"},
                   "melder": {"name": "Noor Visser", "organisation": "GGD Vangnet Rivierstad"}}
                ]}
                """);
        System.setIn(new ByteArrayInputStream(("Kwakkelstein belde opnieuw; volgens Ans en de bewonerscommissie "
                + "Zonnehof is het onrustig. Noor Visser van de GGD Vangnet Rivierstad gaat langs.")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(run("pseudonymize", "--clients", clients.toString())).isZero();
        assertThat(out()).doesNotContain("Kwakkelstein").doesNotContain("Ans ").doesNotContain("Zonnehof")
                .contains("[melder] belde opnieuw")
                // the melder of 2026-013 is a professional of the register: she stays that professional
                .contains("Noor Visser van de GGD Vangnet Rivierstad gaat langs.");
        assertThat(stderr.toString()).isEmpty();
    }
}
