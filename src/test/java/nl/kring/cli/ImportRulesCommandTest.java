package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.LifeDomain;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import refuses what would hide a name or break an export: invisible characters in names (a zero-width space
 * in a surname prints readable but escapes the recogniser), and partner ids that collide by letter case, take a
 * report's file name or are Windows device names. Free text keeps its words, without the invisible characters.
 */
class ImportRulesCommandTest {
    @TempDir
    Path tmp;

    String example() throws Exception {
        return new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    String[] importText(String json, Path vault) throws Exception {
        Path file = tmp.resolve("in-" + System.nanoTime() + ".json");
        Files.writeString(file, json);
        return CliRun.run("import", "--vault", vault.toString(), "--json", file.toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
    }

    void assertRefused(String json, String... words) throws Exception {
        Path vault = tmp.resolve("refused-" + System.nanoTime());
        String[] r = importText(json, vault);
        assertThat(r[0]).as(r[1]).isNotEqualTo("0");
        String first = r[2].lines().findFirst().orElse("");
        for (String w : words) {
            assertThat(first).contains(w);
        }
        assertThat(r[2]).doesNotContain("Exception");
        assertThat(vault).doesNotExist();
    }

    @Test
    void invisibleCharactersInNamesStopTheImportNamingFieldAndLine() throws Exception {
        String json = example();
        assertRefused(json.replace("\"surname\": \"Vries\"", "\"surname\": \"Vr\u200Bies\""),
                "cases[0].client.surname", "invisible character (U+200B)", "(line 13)");
        assertRefused(json.replace("\"Peter de Vries\"", "\"Pe\u00ADter de Vries\""),
                "cases[0].client.relatives[0].name", "U+00AD");
        assertRefused(json.replace("\"roepnaam\": \"Jan\"", "\"roepnaam\": \"J\u200Dan\""),
                "cases[0].client.roepnaam", "U+200D");
        assertRefused(json.replace("\"Hansje\"", "\"\u202EHansje\""), "cases[0].client.aliases[0]", "U+202E");
        assertRefused(json.replace("\"Buurvrouw\"", "\"Buur\u2060vrouw\""), "cases[0].melder.name", "U+2060");
        assertRefused(json.replace("\"R. Kok\"", "\"R. K\uFEFFok\""), "partners[0].attendees[0].name", "U+FEFF");
    }

    @Test
    void freeTextKeepsItsWordsWithoutTheInvisibleCharacters() throws Exception {
        Path vault = tmp.resolve("v");
        String json = example().replace("free text, may contain names", "Jan de V\u200Bries belde, zoon Pe\u00ADter ook")
                .replace("huurachterstand twee maanden", "huur\u200Cachterstand twee maanden");
        String[] r = importText(json, vault);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (Store store = TestVaults.open(vault)) {
            var item = store.meetings().find(LocalDate.parse("2026-11-26")).orElseThrow().items().getFirst();
            assertThat(item.minutes().getFirst().text()).isEqualTo("Jan de Vries belde, zoon Peter ook");
            assertThat(store.cases().find("2026-017").orElseThrow().domains()
                    .get(LifeDomain.FINANCIEN).note()).isEqualTo("huurachterstand twee maanden");
        }
    }

    @Test
    void partnerIdsMustBeUsableFileNamesOnEveryDisk() throws Exception {
        String json = example();
        // the second partner's id differs from the first only in letter case
        assertRefused(json.replace("\"id\": \"ggd-vangnet\"", "\"id\": \"WOCO-DAK\"")
                .replace("\"kring\": [\"woco-dak\", \"ggd-vangnet\"]", "\"kring\": [\"woco-dak\"]")
                .replace("\"present\": [\"a-1\", \"a-7\"]", "\"present\": [\"a-7\"]"), "partners[1].id", "letter case");
        assertRefused(json.replace("\"woco-dak\"", "\"verslag\""), "partners[0].id", "name of a report");
        assertRefused(json.replace("\"woco-dak\"", "\"CON\""), "partners[0].id", "Windows device name");
        assertRefused(json.replace("\"woco-dak\"", "\"lpt1.x\""), "partners[0].id", "Windows device name");
    }

    @Test
    void fillingAVaultWithAnIdThatDiffersOnlyInCaseIsRefused() throws Exception {
        Path vault = tmp.resolve("filled");
        assertThat(importText(example(), vault)[0]).isEqualTo("0");
        String again = example().replace("\"woco-dak\"", "\"Woco-Dak\"").replace("\"2026-017\"", "\"2026-018\"")
                .replace("\"2026-11-26\"", "\"2026-11-27\"").replace("\"a-7\"", "\"a-8\"").replace("\"a-1\"", "\"a-9\"")
                .replace("\"id\": \"ggd-vangnet\"", "\"id\": \"ggd-2\"").replace("\"ggd-vangnet\"]", "\"ggd-2\"]");
        String[] r = importText(again, vault);
        assertThat(r[0]).as(r[1]).isNotEqualTo("0");
        assertThat(r[2]).contains("Woco-Dak").contains("letter case").doesNotContain("Exception");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.partners().all()).extracting(p -> p.id()).containsExactlyInAnyOrder("woco-dak", "ggd-vangnet");
            assertThat(store.cases().find("2026-018")).isEmpty();
        }
    }
}
