package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.Store;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `kring terugmelding`: the letter to the melder, refused in one plain line when there is no one to send it to. */
class TerugmeldingCommandTest {
    @TempDir
    Path tmp;
    Path vault;
    String pass;

    static CaseFile caseWith(String number, Referrer melder) {
        return new CaseFile(number, new Client("Johannes", "Jan", "de", "Vries", List.of(), LocalDate.of(1984, 3, 12),
                "111222333", "Kerkstraat 12, 3511 AB Utrecht", "06-12345678", List.of(), null, false), melder,
                LocalDate.of(2026, 10, 2), Phase.INTAKE, null, null, null, null, null, null, null, List.of("ggd"));
    }

    @BeforeEach
    void vault() throws Exception {
        vault = tmp.resolve("v");
        pass = TestVaults.passphraseFile(tmp).toString();
        try (Store store = TestVaults.create(vault)) {
            store.partners().save(new Partner("ggd", "GGD Vangnet", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()));
            store.cases().save(caseWith("2026-017", new Referrer("L. Pauw", "Thuiszorg Zuid", false)));
            store.cases().save(caseWith("2026-018", new Referrer("Buurvrouw", null, true)));
            store.cases().save(caseWith("2026-019", null));
        }
    }

    static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesTheLetterToTheMelderWithoutTheClientAndAuditsIt() throws Exception {
        Path out = tmp.resolve("brieven").resolve("terugmelding Jan de Vries.pdf");
        Files.createDirectories(out.getParent());
        String[] r = CliRun.run("terugmelding", "--vault", vault.toString(), "--case", "2026-017", "--out", out.toString(),
                "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("terugmelding written to").contains(out.getFileName().toString());
        assertThat(r[2]).isEmpty();
        String letter = text(out).replaceAll("\\s+", " ");
        assertThat(letter).contains("L. Pauw, Thuiszorg Zuid").contains("2026-017").contains("fase intake");
        assertThat(letter).doesNotContain("Vries").doesNotContain("Johannes").doesNotContain("111222333")
                .doesNotContain("Kerkstraat").doesNotContain("06-12345678");
        try (Store store = TestVaults.open(vault)) {
            var entries = store.audit().entries();
            assertThat(entries).filteredOn(e -> e.action().equals("EXPORT") && "2026-017".equals(e.subject())).hasSize(1);
            // the chair's file name held the client's name; the audit trail does not
            assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain("Vries"));
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void anUnknownCaseIsOnePlainLineAndNoFile() {
        Path out = tmp.resolve("x.pdf");
        String[] r = CliRun.run("terugmelding", "--vault", vault.toString(), "--case", "2026-999", "--out", out.toString(),
                "--passphrase-file", pass);
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2].strip()).isEqualTo("kring: there is no case 2026-999");
        assertThat(out).doesNotExist();
    }

    @Test
    void anAnonymousMelderOrNoMelderIsRefusedWithoutAFileOrAnAuditEntry() throws Exception {
        Path out = tmp.resolve("anon.pdf");
        String[] r = CliRun.run("terugmelding", "--vault", vault.toString(), "--case", "2026-018", "--out", out.toString(),
                "--passphrase-file", pass);
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2].strip()).doesNotContain("\n").contains("2026-018").contains("anonymous melder")
                .doesNotContain("Buurvrouw").doesNotContain("Exception");
        assertThat(out).doesNotExist();

        String[] none = CliRun.run("terugmelding", "--vault", vault.toString(), "--case", "2026-019", "--out", out.toString(),
                "--passphrase-file", pass);
        assertThat(none[0]).isEqualTo("1");
        assertThat(none[2].strip()).doesNotContain("\n").contains("2026-019").contains("no melder");
        assertThat(out).doesNotExist();
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.audit().entries()).noneMatch(e -> e.action().equals("EXPORT"));
        }
    }

    @Test
    void withoutAPassphraseItStopsWithUsageExitCode() {
        assumeTrue(System.getenv("KRING_PASSPHRASE") == null, "KRING_PASSPHRASE is set in this environment");
        Path out = tmp.resolve("x.pdf");
        String[] r = CliRun.run("terugmelding", "--vault", vault.toString(), "--case", "2026-017", "--out", out.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2].strip()).isEqualTo("kring: no passphrase: set KRING_PASSPHRASE or use --passphrase-file FILE");
        assertThat(out).doesNotExist();
    }

    @Test
    void theCommandIsListedInTheHelp() {
        String[] r = CliRun.run("--help");
        assertThat(r[1]).contains("terugmelding");
    }
}
