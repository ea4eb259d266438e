package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.report.MinutesSuspects;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.vault.VaultHeader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command line's output rules: no {@code --out} inside a vault folder or over a vault file (one shared check for
 * every command), the passwords file of {@code export} checked line by line, and {@code inzage} telling how many
 * passages it masked. One demo vault for the class; every refusal must leave it intact.
 */
class OutputRulesCommandTest {
    @TempDir
    static Path tmp;
    static Path vault;
    static String pass;
    static byte[] header;

    @BeforeAll
    static void demo() throws Exception {
        vault = tmp.resolve("v");
        pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        header = Files.readAllBytes(vault.resolve(VaultHeader.FILE_NAME));
    }

    static String[] run(String... args) {
        String[] withPass = Arrays.copyOf(args, args.length + 2);
        withPass[args.length] = "--passphrase-file";
        withPass[args.length + 1] = pass;
        return CliRun.run(withPass);
    }

    static void assertRefusedInOneLine(String[] r, String... words) {
        assertThat(r[0]).as(r[1]).isNotEqualTo("0");
        assertThat(r[2].strip()).doesNotContain("\n").doesNotContain("Exception");
        for (String w : words) {
            assertThat(r[2]).contains(w);
        }
    }

    void assertVaultIntact() throws Exception {
        // the header changes with every write (its counter), but stays a vault header, never a PDF
        byte[] now = Files.readAllBytes(vault.resolve(VaultHeader.FILE_NAME));
        assertThat(new String(now, 0, Math.min(now.length, 40), StandardCharsets.US_ASCII))
                .doesNotStartWith("%PDF").startsWith(new String(header, 0, 20, StandardCharsets.US_ASCII));
        assertThat(run("verify", "--vault", vault.toString())[0]).isEqualTo("0");
    }

    @Test
    void inzageOverTheVaultHeaderIsRefusedAndTheVaultSurvives() throws Exception {
        assertRefusedInOneLine(run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out",
                vault.resolve("vault.json").toString()), "vault");
        assertRefusedInOneLine(run("terugmelding", "--vault", vault.toString(), "--case", "2026-001", "--out",
                vault.resolve("kring.mv.db").toString()), "vault");
        assertVaultIntact();
    }

    @Test
    void noCommandWritesInsideAVaultFolder() throws Exception {
        assertRefusedInOneLine(run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out",
                vault.resolve("kopie.pdf").toString()), "inside the vault folder");
        assertRefusedInOneLine(run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out",
                vault.resolve("sub").resolve("kopie.pdf").toString()), "inside the vault folder");
        assertRefusedInOneLine(run("export", "--vault", vault.toString(), "--meeting", "2026-11-26", "--out",
                vault.toString()), "is a vault folder");
        assertRefusedInOneLine(run("export", "--vault", vault.toString(), "--meeting", "2026-11-26", "--out",
                vault.resolve("rapporten").toString()), "inside the vault folder");
        assertRefusedInOneLine(run("backup", "--vault", vault.toString(), "--out",
                vault.resolve("backup.kring").toString()), "inside the vault folder");
        assertRefusedInOneLine(run("invite", "--vault", vault.toString(), "--meeting", "2026-11-26", "--out",
                vault.resolve("uitnodigingen").toString()), "inside the vault folder");
        assertRefusedInOneLine(run("registers", "--vault", vault.toString(), "--out", vault.toString()),
                "is a vault folder");
        // another vault folder than the one opened is just as much a vault
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.copy(vault.resolve(VaultHeader.FILE_NAME), other.resolve(VaultHeader.FILE_NAME));
        assertRefusedInOneLine(run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out",
                other.resolve("x.pdf").toString()), "inside the vault folder");
        // a link to the vault folder is the vault folder
        Path link = Files.createSymbolicLink(tmp.resolve("link"), vault);
        assertRefusedInOneLine(run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out",
                link.resolve("x.pdf").toString()), "inside the vault folder");
        try (var files = Files.list(vault)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf") || n.startsWith(".kring-")
                    || n.equals("sub") || n.equals("rapporten") || n.startsWith("backup"))).isEmpty();
        }
        assertVaultIntact();
    }

    @Test
    void aBackupFileIsNeverOverwrittenByAReport() throws Exception {
        Path backup = tmp.resolve("kring.backup");
        assertThat(run("backup", "--vault", vault.toString(), "--out", backup.toString())[0]).isEqualTo("0");
        byte[] before = Files.readAllBytes(backup);
        assertRefusedInOneLine(run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out",
                backup.toString()), "backup");
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
    }

    @Test
    void inzagePrintsHowManyPassagesItMasked() throws Exception {
        Path out = tmp.resolve("inzage-2026-001.pdf");
        String[] r = run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out", out.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        var m = Pattern.compile("; (\\d+) passages? masked").matcher(r[1]);
        assertThat(m.find()).as(r[1]).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isPositive();
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("INZAGE")).last()
                    .satisfies(e -> assertThat(e.detail()).contains(m.group(1) + " passages masked"));
        }
    }

    Path passwords(String... lines) throws Exception {
        Path f = Files.createTempFile(tmp, "pw", ".txt");
        Files.write(f, List.of(lines));
        return f;
    }

    String[] export(Path out, Path pw) {
        return run("export", "--vault", vault.toString(), "--meeting", "2026-11-26", "--out", out.toString(),
                "--passwords", pw.toString());
    }

    @Test
    void aBadPasswordsFileStopsTheExportNamingTheLine() throws Exception {
        Path out = tmp.resolve("pw-out");
        assertRefusedInOneLine(export(out, passwords("ggd-vangnet=k7mp-x2qd-9hra-tw4e", "WOCO-DAK=k7mp-x2qd-9hra-tw4e")),
                "line 2", "unknown partner id 'WOCO-DAK'", "woco-dak");
        assertRefusedInOneLine(export(out, passwords("# wachtwoorden", "woco-dak=")), "line 2", "empty");
        assertRefusedInOneLine(export(out, passwords("woco-dak=geheim")), "line 1", "shorter than 12");
        assertRefusedInOneLine(export(out, passwords("onbekend=k7mp-x2qd-9hra-tw4e")), "line 1", "unknown partner id");
        assertRefusedInOneLine(export(out, passwords("woco-dak k7mp-x2qd-9hra-tw4e")), "line 1", "partner-id=password");
        String[] shortOne = export(out, passwords("woco-dak=geheim"));
        assertThat(shortOne[2]).doesNotContain("geheim");
        assertThat(out).doesNotExist();
    }

    @Test
    void aGoodPasswordsFileEncryptsExactlyThoseFilesAndTheAuditSaysSo() throws Exception {
        LocalDate date = LocalDate.parse("2026-11-26");
        try (Store store = TestVaults.open(vault)) {
            for (var s : MinutesSuspects.open(store, date)) {
                store.suspects().record(date, s.text(), SuspectDecisionRepository.Kind.DISMISSED, null);
            }
        }
        Path out = tmp.resolve("pw-good");
        String[] r = export(out, passwords("woco-dak = k7mp-x2qd-9hra-tw4e"));
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThatThrownBy(() -> Loader.loadPDF(out.resolve("woco-dak.pdf").toFile()).close())
                .isInstanceOf(InvalidPasswordException.class);
        Loader.loadPDF(out.resolve("woco-dak.pdf").toFile(), "k7mp-x2qd-9hra-tw4e").close();
        Loader.loadPDF(out.resolve("ggd-vangnet.pdf").toFile()).close();
        try (Store store = TestVaults.open(vault)) {
            var exports = store.audit().entries().stream().filter(e -> e.action().equals("EXPORT")).toList();
            assertThat(exports).filteredOn(e -> e.detail().contains("AES-256"))
                    .extracting(e -> e.detail().split(" ")[0]).containsExactly("woco-dak.pdf");
        }
    }
}
