package nl.kring.cli;

import nl.kring.TestVaults;
import nl.kring.domain.ChairDetails;
import nl.kring.store.ContactSettings;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 through the command line: contacts and the chair come in with the interchange file, are checked, and
 * the inzage copy and the terugmelding name the chair and the complaints contact instead of a placeholder.
 */
class ContactsTest {
    static final String FILE = """
            {"vault": {"chair": {"name": "M. Bos", "function": "voorzitter", "email": "m.bos@ggd.example",
                                 "phone": "030-1234567"},
                       "complaints": "Klachtenfunctionaris GGD, klachten@ggd.example"},
             "partners": [
               {"id": "woco-dak", "name": "Woonstichting Het Dak", "role": "WONINGCORPORATIE", "tier": "SCHIL",
                "agreementSigned": "2026-01-15", "email": "wijkteam@hetdak.example", "phone": "088-1234567",
                "attendees": [{"id": "a-7", "name": "R. Kok", "function": "wijkconsulent",
                               "email": "r.kok@hetdak.example", "phone": "06-12121212"}]}],
             "cases": [], "meetings": []}
            """;

    @TempDir
    Path tmp;

    @Test
    void theVaultObjectAndContactsAreImported() throws Exception {
        Path json = Files.writeString(tmp.resolve("in.json"), FILE);
        Path vault = tmp.resolve("v");
        String pass = TestVaults.passphraseFile(tmp).toString();
        String[] r = CliRun.run("import", "--vault", vault.toString(), "--json", json.toString(), "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (Store store = TestVaults.open(vault)) {
            assertThat(ContactSettings.load(store.settings())).isEqualTo(new ChairDetails("M. Bos", "voorzitter",
                    "m.bos@ggd.example", "030-1234567", "Klachtenfunctionaris GGD, klachten@ggd.example"));
            var p = store.partners().find("woco-dak").orElseThrow();
            assertThat(p.email()).isEqualTo("wijkteam@hetdak.example");
            assertThat(p.phone()).isEqualTo("088-1234567");
            assertThat(p.attendees().getFirst().email()).isEqualTo("r.kok@hetdak.example");
            assertThat(p.attendees().getFirst().phone()).isEqualTo("06-12121212");
        }
    }

    @Test
    void aBadAddressOrAnUnknownVaultFieldStopsTheImportNamingTheField() throws Exception {
        String pass = TestVaults.passphraseFile(tmp).toString();
        String[][] cases = {
                {"\"email\": \"wijkteam@hetdak.example\"", "\"email\": \"wijkteam at hetdak\"",
                        "partners[0].email: wijkteam at hetdak is not an e-mail address (line 6)"},
                {"\"phone\": \"06-12121212\"", "\"phone\": \"bel Kok\"",
                        "partners[0].attendees[0].phone: bel Kok is not a phone number (line 8)"},
                {"\"complaints\":", "\"retention\": 1, \"complaints\":", "vault.retention: unknown field (line 3)"},
                {"\"email\": \"m.bos@ggd.example\"", "\"email\": \"m.bos@\"", "vault.chair.email: m.bos@ is not an e-mail address (line 1)"},
        };
        int n = 0;
        for (String[] c : cases) {
            Path json = Files.writeString(tmp.resolve("bad" + n + ".json"), FILE.replace(c[0], c[1]));
            Path vault = tmp.resolve("v" + n++);
            String[] r = CliRun.run("import", "--vault", vault.toString(), "--json", json.toString(), "--passphrase-file", pass);
            assertThat(r[0]).isNotEqualTo("0");
            assertThat(r[2].lines().findFirst().orElse("")).as(c[1]).isEqualTo("kring: " + c[2]);
            assertThat(vault).doesNotExist();
        }
    }

    @Test
    void inzageAndTerugmeldingNameTheChairAndTheComplaintsContact() throws Exception {
        Path vault = tmp.resolve("v");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        Path inzage = tmp.resolve("inzage.pdf");
        assertThat(CliRun.run("inzage", "--vault", vault.toString(), "--case", "2026-001", "--out", inzage.toString(),
                "--passphrase-file", pass)[0]).isEqualTo("0");
        String copy = InviteCommandTest.pdfText(inzage).replaceAll("\\s+", " ");
        assertThat(copy).contains("de voorzitter van het vangnetoverleg: M. Bos, voorzitter vangnetoverleg, GGD Vangnet "
                        + "Rivierstad, 088-5550100, m.bos@ggd-rivierstad.example")
                .contains("Klachtenfunctionaris GGD Rivierstad, klachten@ggd-rivierstad.example")
                .doesNotContainIgnoringCase("De voorzitter van het vangnetoverleg: De voorzitter van het vangnetoverleg");
        Path terug = tmp.resolve("terug.pdf");
        String[] t = CliRun.run("terugmelding", "--vault", vault.toString(), "--case", "2026-001", "--out",
                terug.toString(), "--passphrase-file", pass);
        assertThat(t[0]).as(t[2]).isEqualTo("0");
        String letter = InviteCommandTest.pdfText(terug).replaceAll("\\s+", " ");
        assertThat(letter).contains("M. Bos").contains("m.bos@ggd-rivierstad.example")
                .doesNotContainIgnoringCase("De voorzitter van het vangnetoverleg: De voorzitter");
    }
}
