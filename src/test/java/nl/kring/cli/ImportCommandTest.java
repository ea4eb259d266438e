package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    String example() throws Exception {
        return new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(), StandardCharsets.UTF_8);
    }

    Result importText(String json, Path vault) throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        return run("import", "--vault", vault.toString(), "--json", file.toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
    }

    /** Issue 10: a re-import that changes a case's kring or an item's minutes writes one audit entry per change. */
    @Test
    void aReimportThatChangesAKringOrMinutesIsAudited() throws Exception {
        Path vault = tmp.resolve("vault");
        assertThat(importText(example(), vault).code()).isZero();
        String changed = example()
                .replace("\"kring\": [\"woco-dak\", \"ggd-vangnet\"]", "\"kring\": [\"ggd-vangnet\"]")
                .replace("free text, may contain names", "other text after the re-import");
        assertThat(changed).isNotEqualTo(example());
        Result again = importText(changed, vault);
        assertThat(again.code()).as(again.err()).isZero();
        try (Store store = TestVaults.open(vault)) {
            var entries = store.audit().entries();
            assertThat(entries).filteredOn(e -> e.action().equals("CASE_CHANGED")).singleElement().satisfies(e -> {
                assertThat(e.subject()).isEqualTo("2026-017");
                assertThat(e.detail()).contains("[ggd-vangnet, woco-dak]").contains("to [ggd-vangnet]").contains("access");
            });
            assertThat(entries).filteredOn(e -> e.action().equals("MEETING_CHANGED")).singleElement().satisfies(e -> {
                assertThat(e.subject()).isEqualTo("2026-11-26");
                assertThat(e.detail()).contains("minutes of item 2026-017").doesNotContain("re-import\u0020changed the kring")
                        .doesNotContain("other text").doesNotContain("free text");
            });
            assertThat(store.verify()).isEmpty();
        }
        // the same file once more changes nothing and adds no entry but the import's own
        int before;
        try (Store store = TestVaults.open(vault)) {
            before = store.audit().entries().size();
        }
        assertThat(importText(changed, vault).code()).isZero();
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.audit().entries()).hasSize(before + 1).last().satisfies(e -> assertThat(e.action()).isEqualTo("IMPORT"));
        }
    }

    @Test
    void designExampleImportsCompletely() throws Exception {
        Path vault = tmp.resolve("vault");
        Result r = importText(example(), vault);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2 partners, 1 cases, 1 meetings, 1 agenda items");
        try (Store store = TestVaults.open(vault)) {
            var c = store.cases().find("2026-017").orElseThrow();
            assertThat(c.client().surname()).isEqualTo("Vries");
            assertThat(c.client().prefix()).isEqualTo("de");
            assertThat(c.client().relatives()).extracting(x -> x.relation()).containsExactly("zoon");
            assertThat(c.kring()).containsExactlyInAnyOrder("woco-dak", "ggd-vangnet");
            assertThat(c.domains()).containsKey(LifeDomain.FINANCIEN);
            var m = store.meetings().find(LocalDate.parse("2026-11-26")).orElseThrow();
            assertThat(m.present()).containsExactly("a-1", "a-7");
            var item = m.items().getFirst();
            assertThat(item.minutes()).hasSize(2);
            assertThat(item.minutes().get(1).category()).isEqualTo(LifeDomain.GEESTELIJK_FUNCTIONEREN);
            assertThat(item.decisions()).extracting(d -> d.owner()).containsExactly("woco-dak");
            assertThat(item.disclosures()).singleElement().satisfies(d -> {
                assertThat(d.basis()).isEqualTo(DisclosureBasis.EVIDENT_BELANG);
                assertThat(d.to()).containsExactly("woco-dak");
            });
            assertThat(store.audit().verify()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad BSN|\"bsn\": \"111222333\"|\"bsn\": \"111222334\"|cases[0].client.bsn: 111222334 fails the 11-proef (line 14)",
            "unknown key|\"roepnaam\": \"Jan\"|\"roepnaam\": \"Jan\", \"nickname\": \"J\"|cases[0].client.nickname: unknown field",
            "impossible date|\"reportedOn\": \"2026-10-02\"|\"reportedOn\": \"2026-02-30\"|cases[0].reportedOn: 2026-02-30 is not a real date",
            "future birth date|\"birthDate\": \"1984-03-12\"|\"birthDate\": \"2099-03-12\"|cases[0].client.birthDate: 2099-03-12 is in the future",
            "unknown kring partner|\"kring\": [\"woco-dak\", \"ggd-vangnet\"]|\"kring\": [\"woco-dak\", \"politie-x\"]|cases[0].kring[1]: politie-x is not a partner in this file",
            "missing surname|\"surname\": \"Vries\", |''|cases[0].client.surname: is required",
            "score out of range|\"score\": 2|\"score\": 7|cases[0].domains.FINANCIEN.score: 7 is not a score from 1 to 5",
            "unknown domain|\"FINANCIEN\": {|\"GELD\": {|cases[0].domains.GELD: unknown leefgebied",
            "unknown phase|\"phase\": \"SCREENING\"|\"phase\": \"SCREEN\"|cases[0].phase: \"SCREEN\" is not one of",
            "unknown role|\"role\": \"GGD\"|\"role\": \"DOKTER\"|partners[1].role: \"DOKTER\" is not one of",
            "empty kring|\"kring\": [\"woco-dak\", \"ggd-vangnet\"]|\"kring\": []|cases[0].kring: is required and names at least one partner",
            "unknown attendee|\"present\": [\"a-1\", \"a-7\"]|\"present\": [\"a-1\", \"a-9\"]|meetings[0].present[1]: a-9 is not an attendee in this file",
            "decision owner unknown|\"owner\": \"woco-dak\"|\"owner\": \"woco-x\"|meetings[0].items[0].decisions[0].owner: woco-x is not a partner in this file",
            "bad basis|\"basis\": \"EVIDENT_BELANG\"|\"basis\": \"NOODZAAK\"|meetings[0].items[0].disclosures[0].basis: \"NOODZAAK\" is not one of",
            "agenda names unknown case|\"case\": \"2026-017\"|\"case\": \"2026-099\"|meetings[0].items[0].case: 2026-099 is not a case in this file",
            "bad case number|\"number\": \"2026-017\"|\"number\": \"17\"|cases[0].number: 17 is not a case number like 2026-017",
    })
    void invalidInputStopsTheImportAndLeavesNothing(String name, String from, String to, String expected) throws Exception {
        String json = example();
        assertThat(json).contains(from);
        Path vault = tmp.resolve("vault");
        Result r = importText(json.replace(from, to), vault);
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(vault).doesNotExist();
    }

    /** Issue 16: the schema's problems, one plain line each on stderr, before any domain check; no vault is made. */
    @Test
    void structuralProblemsAreListedOneALineAndNothingIsWritten() throws Exception {
        Path vault = tmp.resolve("vault");
        String json = example().replace("\"huurachterstand twee maanden\"", "\"" + "x".repeat(5 * 1024 * 1024) + "\"")
                .replace("\"score\": 2", "\"score\": \"twee\"")
                .replace("\"roepnaam\": \"Jan\"", "\"roepnaam\": \"Jan\", \"bijnaam\": \"J\"")
                .replace("111222333", "111222334");
        Result r = importText(json, vault);
        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines().map(String::strip)).contains(
                "the import was stopped; nothing was changed.",
                "cases[0].client.bijnaam: unknown field (line 12)",
                "cases[0].domains.FINANCIEN.score: \"twee\" is not a score from 1 to 5 (line 19)",
                "cases[0].domains.FINANCIEN.note: is longer than 100000 characters (line 19)");
        assertThat(r.err()).doesNotContain("11-proef").doesNotContain("xxxxxxxxxx").doesNotContain("\tat ");
        assertThat(r.err().length()).isLessThan(2000);
        assertThat(vault).doesNotExist();
    }

    @Test
    void aFailedImportIntoAnExistingVaultChangesNothing() throws Exception {
        Path vault = tmp.resolve("vault");
        assertThat(importText(example(), vault).code()).isZero();
        Map<String, String> before = TestVaults.hashes(vault);
        Result r = importText(example().replace("111222333", "111222334"), vault);
        assertThat(r.code()).isNotZero();
        assertThat(TestVaults.hashes(vault)).isEqualTo(before);
    }

    @Test
    void brokenFilesGetPlainMessages() throws Exception {
        Path vault = tmp.resolve("vault");
        assertThat(importText("", vault).err()).contains("the file is empty");
        assertThat(importText("{\"partners\": [", vault).err()).contains("not valid JSON");
        assertThat(importText("[1,2,3]", vault).err()).contains("the file must hold a JSON object");
        assertThat(importText("[".repeat(5000), vault).err()).contains("nested too deeply");
        Path binary = tmp.resolve("bin.json");
        Files.write(binary, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        Result r = run("import", "--vault", vault.toString(), "--json", binary.toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
        assertThat(r.err()).contains("not valid UTF-8");
        Result missing = run("import", "--vault", vault.toString(), "--json", tmp.resolve("nope.json").toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
        assertThat(missing.err()).contains("no such file");
        assertThat(vault).doesNotExist();
    }

    @Test
    void namesThatLookLikeSqlOrPathsAreStoredVerbatim() throws Exception {
        Path vault = tmp.resolve("vault");
        String evil = "Robert'); DROP TABLE case_file;-- ../../etc/passwd";
        Result r = importText(example().replace("\"surname\": \"Vries\"", "\"surname\": \"" + evil.replace("\"", "\\\"") + "\""), vault);
        assertThat(r.code()).as(r.err()).isZero();
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.cases().find("2026-017").orElseThrow().client().surname()).isEqualTo(evil);
        }
    }

    @Test
    void aWeakPassphraseIsRefusedForANewVault() throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, example());
        Path weak = tmp.resolve("weak.txt");
        Files.writeString(weak, "wachtwoord1");
        Result r = run("import", "--vault", tmp.resolve("vault").toString(), "--json", file.toString(),
                "--passphrase-file", weak.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("too weak");
        assertThat(tmp.resolve("vault")).doesNotExist();
    }
}
