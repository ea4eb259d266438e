package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.retention.EraseFixture;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kring retention --apply} says in one line how many texts elsewhere lost the purged client's name. */
class RetentionScrubCommandTest {
    @TempDir
    Path tmp;

    @Test
    void thePurgeReportsTheScrubbedTextsAsCountsOnly() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Store store = TestVaults.create(vault)) {
            EraseFixture.fill(store, true);
        }
        String pass = TestVaults.passphraseFile(tmp).toString();
        String[] apply = CliRun.run("retention", "--vault", vault.toString(), "--as-of", "2026-02-01", "--apply",
                "--passphrase-file", pass);
        assertThat(apply[0]).isEqualTo("0");
        assertThat(apply[1]).contains("2026-010  closed 2024-01-10  retention ended 2026-01-10  purged")
                .contains("1 case(s) purged on 2026-02-01")
                .contains("their clients' names replaced by the case number elsewhere: 2 paragraphs and 1 decision in 1 "
                        + "meeting, 1 disclosure note, 2 texts of 1 other case; 2 name decision(s) removed");
        for (String needle : EraseFixture.NEEDLES) {
            assertThat(apply[1] + apply[2]).doesNotContainIgnoringCase(needle);
        }
        try (Store store = TestVaults.open(vault)) {
            assertThat(EraseFixture.textsOfB(store)).doesNotContain("Timmermans").contains("[cliënt 2026-010]");
            assertThat(store.verify()).isEmpty();
        }
    }
}
