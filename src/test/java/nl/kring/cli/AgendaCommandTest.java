package nl.kring.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaCommandTest {
    @TempDir
    Path tmp;

    String[] run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void optimizeStoresAnOrderWithNoMoreVisitsAndPrintsTheContract() throws Exception {
        Path vault = tmp.resolve("v");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        String[] before = run("agenda", "--vault", vault.toString(), "--meeting", "2026-11-26", "--passphrase-file", pass);
        assertThat(before[0]).as(before[2]).isEqualTo("0");
        String[] lines = before[1].strip().split("\\R");
        assertThat(lines[0]).matches("09:00  \\d{4}-\\d{3}  .+");
        assertThat(lines[lines.length - 1]).matches("visits: \\d+");
        int visitsBefore = Integer.parseInt(lines[lines.length - 1].substring(8));

        String[] optimized = run("agenda", "--vault", vault.toString(), "--meeting", "2026-11-26", "--optimize",
                "--format", "json", "--passphrase-file", pass);
        assertThat(optimized[0]).as(optimized[2]).isEqualTo("0");
        var json = new ObjectMapper().readTree(optimized[1]);
        assertThat(json.get("items").size()).isEqualTo(lines.length - 1);
        assertThat(json.get("items").get(0).get("start").asText()).isEqualTo("09:00");
        assertThat(json.get("visits").asInt()).isLessThanOrEqualTo(visitsBefore);

        // The stored order is the optimised one.
        String[] after = run("agenda", "--vault", vault.toString(), "--meeting", "2026-11-26", "--passphrase-file", pass);
        assertThat(after[1].strip()).endsWith("visits: " + json.get("visits").asInt());
        assertThat(after[1]).contains(json.get("items").get(0).get("case").asText());

        assertThat(run("agenda", "--vault", vault.toString(), "--meeting", "2026-12-24", "--passphrase-file", pass)[2])
                .contains("there is no meeting on 2026-12-24");
        assertThat(run("agenda", "--vault", vault.toString(), "--meeting", "24-12-2026", "--passphrase-file", pass)[2])
                .contains("--meeting 24-12-2026 is not a date like 2026-11-26");
    }
}
