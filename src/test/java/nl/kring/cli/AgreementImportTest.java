package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.ChainAgreement;
import nl.kring.store.ChainAgreementSettings;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The ketenovereenkomst in the interchange file ({@code vault.agreement}, issue 15) and in the demo vault. */
class AgreementImportTest {
    @TempDir
    Path tmp;

    String example() throws Exception {
        return new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    String[] importText(String json) throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        return CliRun.run("import", "--vault", tmp.resolve("vault").toString(), "--json", file.toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
    }

    static String withVault(String json, String agreement) {
        return json.replaceFirst("\\{", "{\"vault\": {\"agreement\": " + agreement + "},");
    }

    @Test
    void theAgreementIsStoredWithTheDefaultsForTextsTheFileLeavesOut() throws Exception {
        String[] r = importText(withVault(example(), """
                {"purpose": "Ons doel.", "coordinator": {"name": "A. de Wit", "contact": "fg@ggd.example"},
                 "signedOn": "2026-01-20", "signedBy": ["ggd-vangnet", "woco-dak"]}"""));
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (Store store = TestVaults.open(tmp.resolve("vault"))) {
            ChainAgreement a = ChainAgreementSettings.load(store.settings());
            assertThat(a.purpose()).isEqualTo("Ons doel.");
            assertThat(a.storage()).isEqualTo(ChainAgreement.DEFAULT_STORAGE);
            assertThat(a.coordinatorLine()).isEqualTo("A. de Wit, fg@ggd.example");
            assertThat(a.signedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
            assertThat(a.signedBy()).containsExactly("ggd-vangnet", "woco-dak");
        }
    }

    @Test
    void anUnknownSignatoryOrAFutureDateStopsTheImportNamingTheField() throws Exception {
        String[] r = importText(withVault(example(), "{\"signedBy\": [\"ggd-vangnet\", \"nergens\"]}"));
        assertThat(r[0]).isNotEqualTo("0");
        assertThat(r[2]).contains("vault.agreement.signedBy[1]: nergens is not a partner in this file");
        assertThat(tmp.resolve("vault")).doesNotExist();

        String[] f = importText(withVault(example(), "{\"signedOn\": \"" + LocalDate.now().plusDays(3) + "\"}"));
        assertThat(f[0]).isNotEqualTo("0");
        assertThat(f[2]).contains("vault.agreement.signedOn").contains("in the future");

        String[] k = importText(withVault(example(), "{\"doel\": \"x\"}"));
        assertThat(k[0]).isNotEqualTo("0");
        assertThat(k[2]).contains("vault.agreement.doel: unknown field");
        assertThat(tmp.resolve("vault")).doesNotExist();
    }

    @Test
    void theDemoVaultHasASignedAgreementWithItsCoordinatorInTheDocuments() throws Exception {
        Path vault = tmp.resolve("demo");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        Path out = tmp.resolve("docs");
        String[] r = CliRun.run("documents", "--vault", vault.toString(), "--out", out.toString(), "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        String agreement = TerugmeldingCommandTest.text(out.resolve("ketenovereenkomst.pdf")).replaceAll("\\s+", " ");
        assertThat(agreement).contains("Ondertekend op 1 maart 2024 door:").contains("A. de Wit")
                .contains("GGD Vangnet Rivierstad");
    }
}
