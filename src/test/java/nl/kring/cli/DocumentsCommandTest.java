package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Client;
import nl.kring.domain.Partner;
import nl.kring.domain.Referrer;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `kring documents`: the client letter, the ketenovereenkomst and consent forms, from the vault's settings. */
class DocumentsCommandTest {
    @TempDir
    Path tmp;
    Path vault;
    String pass;

    @BeforeEach
    void vault() throws Exception {
        vault = tmp.resolve("v");
        pass = TestVaults.passphraseFile(tmp).toString();
        try (Store store = TestVaults.create(vault)) {
            store.partners().save(new Partner("ggd", "GGD Vangnet Rivierstad", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()));
            store.cases().save(TerugmeldingCommandTest.caseWith("2026-017", new Referrer("L. Pauw", "Thuiszorg Zuid", false)));
            var other = TerugmeldingCommandTest.caseWith("2026-018", null);
            store.cases().save(new CaseFile(other.number(), new Client("Hendrika", "Riek", null,
                    "Zwanenburg", List.of(), LocalDate.of(1951, 7, 30), null, "Oudegracht 200, 3511 NR Utrecht", null, List.of(),
                    null, false), null, other.reportedOn(), other.phase(), null, null, null, null, null, null, null, other.kring()));
            ContactSettings.save(store.settings(), new ChairDetails("M. Bos", "voorzitter", null, null, "Klachtenbureau Rivierstad"));
            ChainAgreementSettings.save(store.settings(), new ChainAgreement("Doel volgens onze eigen overeenkomst.", null, null,
                    null, "A. de Wit", "coördinator", null, LocalDate.of(2026, 2, 1), List.of("ggd")));
        }
    }

    @Test
    void writesTheLetterTheAgreementAndTheConsentFormsFromTheSettings() throws Exception {
        Path out = tmp.resolve("documenten");
        String[] r = CliRun.run("documents", "--vault", vault.toString(), "--out", out.toString(), "--case", "2026-017",
                "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[2]).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("informatie-clienten.pdf", "ketenovereenkomst.pdf", "toestemming-2026-017.pdf");
        }
        assertThat(r[1].lines().toList()).hasSize(3);
        String letter = TerugmeldingCommandTest.text(out.resolve("informatie-clienten.pdf")).replaceAll("\\s+", " ");
        assertThat(letter).contains("Doel volgens onze eigen overeenkomst.").contains("Klachtenbureau Rivierstad")
                .contains("GGD Vangnet Rivierstad").doesNotContain("Vries").doesNotContain("Zwanenburg");
        String agreement = TerugmeldingCommandTest.text(out.resolve("ketenovereenkomst.pdf")).replaceAll("\\s+", " ");
        assertThat(agreement).contains("Ondertekend op 1 februari 2026 door:").contains("A. de Wit, coördinator");
        String form = TerugmeldingCommandTest.text(out.resolve("toestemming-2026-017.pdf")).replaceAll("\\s+", " ");
        assertThat(form).contains("Johannes de Vries").contains("12 maart 1984").contains("GGD Vangnet Rivierstad")
                .doesNotContain("Zwanenburg").doesNotContain("Riek").doesNotContain("Oudegracht").doesNotContain("2026-018");
        try (Store store = TestVaults.open(vault)) {
            var exports = store.audit().entries().stream().filter(e -> e.action().equals("EXPORT")).toList();
            assertThat(exports).extracting(e -> e.subject() + ": " + e.detail()).containsExactly(
                    "null: client information letter written", "null: ketenovereenkomst summary written",
                    "2026-017: consent request form written");
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void anUnknownCaseIsOnePlainLineAndNoFileAtAll() throws Exception {
        Path out = tmp.resolve("documenten");
        String[] r = CliRun.run("documents", "--vault", vault.toString(), "--out", out.toString(), "--case", "2026-999",
                "--passphrase-file", pass);
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2].strip()).isEqualTo("kring: there is no case 2026-999; no file was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolderInsideTheVaultIsRefused() {
        Path out = vault.resolve("docs");
        String[] r = CliRun.run("documents", "--vault", vault.toString(), "--out", out.toString(), "--passphrase-file", pass);
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2].strip()).startsWith("kring: ").contains("inside the vault folder").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(CliRun.run("--help")[1]).contains("documents");
    }
}
