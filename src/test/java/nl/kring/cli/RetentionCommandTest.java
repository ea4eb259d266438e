package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionCommandTest {
    @TempDir
    Path tmp;

    String[] run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void aClosedCaseIsListedAfterTwoYearsAndPurgedWithAContentFreeAuditNote() throws Exception {
        String json = new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"phase\": \"SCREENING\"", "\"phase\": \"AFGESLOTEN\"");
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        Path vault = tmp.resolve("vault");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(run("import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");

        // Closed on the last meeting that discussed it (2026-11-26): due two years later.
        String[] before = run("retention", "--vault", vault.toString(), "--as-of", "2028-11-25", "--passphrase-file", pass);
        assertThat(before[1]).contains("nothing is past its retention period on 2028-11-25");
        String[] list = run("retention", "--vault", vault.toString(), "--as-of", "2028-11-26", "--passphrase-file", pass);
        assertThat(list[1]).contains("2026-017  closed 2026-11-26  retention ended 2028-11-26").contains("run with --apply");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.cases().exists("2026-017")).isTrue();
        }

        String[] apply = run("retention", "--vault", vault.toString(), "--as-of", "2028-11-26", "--apply", "--passphrase-file", pass);
        assertThat(apply[0]).isEqualTo("0");
        assertThat(apply[1]).contains("1 case(s) purged");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.cases().exists("2026-017")).isFalse();
            assertThat(store.meetings().find(LocalDate.parse("2026-11-26")).orElseThrow().items()).isEmpty();
            assertThat(store.disclosures().forCase("2026-017")).isEmpty();
            var purge = store.audit().entries().getLast();
            assertThat(purge.action()).isEqualTo("PURGE");
            assertThat(purge.subject()).isEqualTo("2026-017");
            assertThat(purge.detail()).doesNotContain("Vries").doesNotContain("111222333").doesNotContain("Kerkstraat");
            assertThat(store.verify()).isEmpty();
        }
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "31-12-2028", "--passphrase-file", pass)[2])
                .contains("--as-of 31-12-2028 is not a date like 2026-11-26");
    }

    @Test
    void aMeetingIsListedAndPurgedOnceItsCasesHaveGone() throws Exception {
        String json = new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"phase\": \"SCREENING\"", "\"phase\": \"AFGESLOTEN\"");
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        Path vault = tmp.resolve("vault");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(run("import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");

        // the meeting's period ends the same day as its only case's; it stays while it holds that case
        String[] list = run("retention", "--vault", vault.toString(), "--as-of", "2028-11-26", "--passphrase-file", pass);
        assertThat(list[1]).contains("meeting 2026-11-26  retention ended 2028-11-26  kept while it holds 2026-017");
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "2028-11-26", "--apply", "--passphrase-file", pass)[1])
                .contains("1 case(s) purged").doesNotContain("meeting(s) purged");

        String[] next = run("retention", "--vault", vault.toString(), "--as-of", "2028-11-26", "--passphrase-file", pass);
        assertThat(next[1]).contains("meeting 2026-11-26  retention ended 2028-11-26\n".replace("\n", System.lineSeparator()))
                .contains("0 case(s) and 1 meeting(s) past retention; run with --apply to purge");
        String[] apply = run("retention", "--vault", vault.toString(), "--as-of", "2028-11-26", "--apply", "--passphrase-file", pass);
        assertThat(apply[0]).isEqualTo("0");
        assertThat(apply[1]).contains("meeting 2026-11-26  retention ended 2028-11-26  purged").contains("1 meeting(s) purged");
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.meetings().find(LocalDate.parse("2026-11-26"))).isEmpty();
            var purge = store.audit().entries().getLast();
            assertThat(purge.action()).isEqualTo("PURGE");
            assertThat(purge.subject()).isEqualTo("2026-11-26");
            assertThat(purge.detail()).isEqualTo("retention: meeting record, period P2Y");
            assertThat(store.verify()).isEmpty();
        }
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "2028-11-26", "--passphrase-file", pass)[1])
                .contains("nothing is past its retention period on 2028-11-26");
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
            new nl.kring.retention.VaultPolicy(6, 24, 6).save(store.settings());
        }
        assertThat(run("retention", "--vault", vault.toString(), "--as-of", "2027-05-26", "--passphrase-file", pass)[1])
                .contains("2026-017  closed 2026-11-26  retention ended 2027-05-26");
    }
}
