package nl.kring.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The registers for the privacy officer, read back as the officer would: CSV parsed, PDF text searched. */
class RegistersCommandTest {
    @TempDir
    Path tmp;

    static List<String[]> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(';')).readValues(text.substring(1))) {
            return it.readAll();
        }
    }

    @Test
    void disclosuresAndAuditLogAsPdfAndCsvWithCaseNumbersOnly() throws Exception {
        Path vault = tmp.resolve("v");
        String pass = TestVaults.passphraseFile(tmp).toString();
        assertThat(CliRun.run("demo", "--vault", vault.toString(), "--passphrase-file", pass)[0]).isEqualTo("0");
        List<CaseFile> cases;
        int disclosures;
        int auditBefore;
        String surname;
        String partnerId;
        String partnerName;
        try (Store store = TestVaults.open(vault)) {
            cases = store.cases().all();
            CaseFile c = store.cases().find("2026-003").orElseThrow();
            surname = c.client().surname();
            // A note whose free texts name the client and start like a spreadsheet formula.
            store.disclosures().record(c.number(), new Disclosure(List.of(LifeDomain.HUISVESTING), List.of(c.kring().get(0)),
                    DisclosureBasis.EVIDENT_BELANG, "=" + surname + " dreigt dakloos te raken", "met " + surname
                    + " was geen contact mogelijk", "voorzitter", LocalDate.parse("2026-11-30")));
            partnerId = c.kring().get(0);
            partnerName = store.partners().find(partnerId).orElseThrow().name();
            disclosures = store.disclosures().all().size();
            auditBefore = store.audit().entries().size();
        }
        Path out = tmp.resolve("registers");
        String[] r = CliRun.run("registers", "--vault", vault.toString(), "--out", out.toString(), "--passphrase-file", pass);
        assertThat(r[0]).as(r[2]).isEqualTo("0");

        List<String[]> d = csv(out.resolve("verstrekkingen.csv"));
        assertThat(d.get(0)).startsWith("nummer", "casus", "vergadering", "datum");
        assertThat(d).hasSize(disclosures + 1);
        String[] mine = d.stream().filter(row -> row[1].equals("2026-003") && row[3].equals("2026-11-30")).findFirst().orElseThrow();
        assertThat(mine[7]).startsWith("'=").contains("[cliënt 2026-003]").doesNotContain(surname);
        assertThat(mine[9]).contains("[cliënt 2026-003]");
        List<String[]> a = csv(out.resolve("auditlog.csv"));
        assertThat(a.get(0)).containsExactly("volgnummer", "tijdstip", "handeling", "onderwerp", "details",
                "opgeslagen_handeling", "opgeslagen_onderwerp", "opgeslagen_details");
        assertThat(a).hasSize(auditBefore + 1);
        assertThat(a.get(1)[2]).isEqualTo("Kluis aangemaakt");
        assertThat(a.get(1)[5]).isEqualTo("VAULT_CREATED");
        // the disclosure in words, the partner by name; the stored text beside it (issue 13)
        String[] note = a.stream().filter(row -> row[5].equals("DISCLOSURE") && row[7].contains("on 2026-11-30"))
                .findFirst().orElseThrow();
        assertThat(note[2]).isEqualTo("Verstrekking zonder toestemming");
        assertThat(note[3]).isEqualTo("2026-003");
        assertThat(note[4]).startsWith("grondslag: Evident belang; aan: " + partnerName + "; gegevens: Huisvesting; "
                + "op 30 november 2026; buiten een vergadering");
        assertThat(note[7]).startsWith("basis EVIDENT_BELANG; to " + partnerId + ";");

        String dPdf = InviteCommandTest.pdfText(out.resolve("verstrekkingen.pdf"));
        assertThat(dPdf).contains("Register van verstrekkingen").contains("casus 2026-003").contains("[cliënt 2026-003]");
        String aPdf = InviteCommandTest.pdfText(out.resolve("auditlog.pdf"));
        assertThat(aPdf).contains("Auditlogboek").contains("Kluis aangemaakt").contains("Evident belang")
                .doesNotContain("VAULT_CREATED").doesNotContain("EVIDENT_BELANG");

        Set<String> professionals;
        try (Store store = TestVaults.open(vault)) {
            professionals = store.partners().all().stream().flatMap(p -> p.attendees().stream()).map(x -> x.name())
                    .collect(Collectors.toSet());
            assertThat(store.audit().entries().getLast().detail()).contains("registers");
        }
        List<String> ids = InviteCommandTest.identities(cases, professionals);
        List<String> leaks = new ArrayList<>();
        leaks.addAll(InviteCommandTest.leaks("verstrekkingen.pdf", dPdf, ids));
        leaks.addAll(InviteCommandTest.leaks("auditlog.pdf", aPdf, ids));
        leaks.addAll(InviteCommandTest.leaks("verstrekkingen.csv", Files.readString(out.resolve("verstrekkingen.csv")), ids));
        leaks.addAll(InviteCommandTest.leaks("auditlog.csv", Files.readString(out.resolve("auditlog.csv")), ids));
        assertThat(leaks).isEmpty();
    }
}
