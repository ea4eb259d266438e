package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.retention.RetentionService;
import nl.kring.store.Store;
import nl.kring.store.VaultPolicy;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionCommandTest {
    @TempDir
    Path tmp;

    String[] run(String... args) {
        return CliRun.run(args);
    }

    /**
     * The design example with its case closed, every date two years earlier: a purge judges on today or an earlier
     * date only (issue 10), so the records must be past their retention now.
     */
    String closedTwoYearsEarlier() throws Exception {
        String json = new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"phase\": \"SCREENING\"", "\"phase\": \"AFGESLOTEN\"");
        Matcher m = Pattern.compile("\"(\\d{4})-(\\d\\d-\\d\\d)\"").matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "\"" + (Integer.parseInt(m.group(1)) - 2) + "-" + m.group(2) + "\"");
        }
        return m.appendTail(out).toString();
    }

    @Test
    void aClosedCaseIsListedAfterTwoYearsAndPurgedWithAContentFreeAuditNote() throws Exception {
        String json = closedTwoYearsEarlier();
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        Path vault = tmp.resolve("vault");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(run("import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");

        // Closed on the last meeting that discussed it (2024-11-26): due two years later.
        String[] before = run("retention", "--vault", vault.toString(), "--as-of", "2026-11-25", "--passphrase-file", pass);
        assertThat(before[1]).contains("nothing is past its retention period on 2026-11-25");
        String[] list = run("retention", "--vault", vault.toString(), "--as-of", "2026-11-26", "--passphrase-file", pass);
        assertThat(list[1]).contains("2026-017  closed 2024-11-26  retention ended 2026-11-26").contains("run with --apply");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.cases().exists("2026-017")).isTrue();
        }

        String[] apply = run("retention", "--vault", vault.toString(), "--as-of", "2026-11-26", "--apply", "--passphrase-file", pass);
        assertThat(apply[0]).isEqualTo("0");
        assertThat(apply[1]).contains("1 case(s) purged");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.cases().exists("2026-017")).isFalse();
            assertThat(store.meetings().find(LocalDate.parse("2024-11-26")).orElseThrow().items()).isEmpty();
            assertThat(store.disclosures().forCase("2026-017")).isEmpty();
            var purge = store.audit().entries().getLast();
            assertThat(purge.action()).isEqualTo("PURGE");
            assertThat(purge.subject()).isEqualTo("2026-017");
            assertThat(purge.detail()).startsWith("retention as of 2026-11-26: closed 2024-11-26");
            assertThat(purge.detail()).doesNotContain("Vries").doesNotContain("111222333").doesNotContain("Kerkstraat");
            assertThat(store.verify()).isEmpty();
        }
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "31-12-2028", "--passphrase-file", pass)[2])
                .contains("--as-of 31-12-2028 is not a date like 2026-11-26");
    }

    @Test
    void aMeetingIsListedAndPurgedOnceItsCasesHaveGone() throws Exception {
        String json = closedTwoYearsEarlier();
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        Path vault = tmp.resolve("vault");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(run("import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");

        // the meeting's period ends the same day as its only case's; it stays while it holds that case
        String[] list = run("retention", "--vault", vault.toString(), "--as-of", "2026-11-26", "--passphrase-file", pass);
        assertThat(list[1]).contains("meeting 2024-11-26  retention ended 2026-11-26  kept while it holds 2026-017");
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "2026-11-26", "--apply", "--passphrase-file", pass)[1])
                .contains("1 case(s) purged").doesNotContain("meeting(s) purged");

        String[] next = run("retention", "--vault", vault.toString(), "--as-of", "2026-11-26", "--passphrase-file", pass);
        assertThat(next[1]).contains("meeting 2024-11-26  retention ended 2026-11-26\n".replace("\n", System.lineSeparator()))
                .contains("0 case(s) and 1 meeting(s) past retention; run with --apply to purge");
        String[] apply = run("retention", "--vault", vault.toString(), "--as-of", "2026-11-26", "--apply", "--passphrase-file", pass);
        assertThat(apply[0]).isEqualTo("0");
        assertThat(apply[1]).contains("meeting 2024-11-26  retention ended 2026-11-26  purged").contains("1 meeting(s) purged");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.meetings().find(LocalDate.parse("2024-11-26"))).isEmpty();
            var purge = store.audit().entries().getLast();
            assertThat(purge.action()).isEqualTo("PURGE");
            assertThat(purge.subject()).isEqualTo("2024-11-26");
            assertThat(purge.detail()).isEqualTo("retention as of 2026-11-26: meeting record, period P2Y");
            assertThat(store.verify()).isEmpty();
        }
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "2026-11-26", "--passphrase-file", pass)[1])
                .contains("nothing is past its retention period on 2026-11-26");
    }

    /** Issue 10: a purge "as of" a future date would destroy records whose retention has not ended. */
    @Test
    void applyWithAFutureAsOfIsRefusedAndTheListStillShowsIt() throws Exception {
        String json = new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"phase\": \"SCREENING\"", "\"phase\": \"AFGESLOTEN\"");
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        Path vault = tmp.resolve("vault");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(run("import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        String future = LocalDate.now().plusYears(3).toString();
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", future, "--passphrase-file", pass)[1])
                .contains("2026-017  closed 2026-11-26");
        String[] apply = run("retention", "--vault", vault.toString(), "--as-of", future, "--apply", "--passphrase-file", pass);
        assertThat(apply[0]).isEqualTo("2");
        assertThat(apply[2].strip()).contains("--as-of " + future + " is in the future").doesNotContain("\n");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.cases().exists("2026-017")).isTrue();
            assertThat(store.audit().entries()).noneMatch(e -> e.action().equals("PURGE"));
            // and the service refuses it too, whoever calls it
            var service = new RetentionService(store);
            Assertions.assertThatThrownBy(() -> service.purge(service.due(LocalDate.parse(future))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.cases().exists("2026-017")).isTrue();
        }
    }

    @Test
    void theRetentionPeriodIsTheVaultsSetting() throws Exception {
        String json = new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"phase\": \"SCREENING\"", "\"phase\": \"AFGESLOTEN\"");
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        Path vault = tmp.resolve("vault");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(run("import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        try (Store store = TestVaults.open(vault)) {
            new VaultPolicy(6, 24, 6).save(store.settings());
        }
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "2027-05-26", "--passphrase-file", pass)[1])
                .contains("2026-017  closed 2026-11-26  retention ended 2027-05-26");
    }
}
