package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.domain.DataCategory;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DisclosureRules;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.report.ExportService;
import nl.kring.store.Store;

/**
 * Disclosure categories beyond the leefgebieden (issue 15, handreiking point 7): identity data, contact with care
 * providers and police information can be named in {@code kring import} and are stored in a real encrypted vault
 * beside the leefgebieden, audited by name, printed in the inzage copy; an unknown category stops the
 * import naming the field.
 */
class DisclosureCategoriesTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    Result importText(String json) throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, json);
        return run("import", "--vault", tmp.resolve("vault").toString(), "--json", file.toString(),
                "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
    }

    String example() throws Exception {
        return new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void otherCategoriesAreImportedStoredAuditedAndPrinted() throws Exception {
        String json = example().replace("\"categories\": [\"HUISVESTING\"]",
                "\"categories\": [\"HUISVESTING\", \"IDENTITEITSGEGEVENS\", \"CONTACT_HULPVERLENERS\"]");
        Result r = importText(json);
        assertThat(r.code()).as(r.err()).isZero();
        try (Store store = TestVaults.open(tmp.resolve("vault"))) {
            Disclosure d = store.disclosures().all().getFirst().disclosure();
            assertThat(d.categories()).containsExactly(LifeDomain.HUISVESTING);
            assertThat(d.otherCategories()).containsExactly(DataCategory.IDENTITEITSGEGEVENS,
                    DataCategory.CONTACT_HULPVERLENERS);
            assertThat(d.categoryLabels()).containsExactly("Huisvesting", "Identiteitsgegevens",
                    "Contact met hulpverleners");

            // a note naming only other data is complete; one naming nothing is not
            Disclosure onlyIdentity = new Disclosure(List.of(), List.of("woco-dak"), DisclosureBasis.EVIDENT_BELANG,
                    "adres nodig voor huisbezoek", "niet bereikbaar", "M. Bos", LocalDate.of(2026, 11, 26))
                    .withOtherCategories(List.of(DataCategory.IDENTITEITSGEGEVENS));
            var partners = new HashMap<String, Partner>();
            store.partners().all().forEach(p -> partners.put(p.id(), p));
            assertThat(DisclosureRules.check(onlyIdentity, partners, LocalDate.of(2026, 11, 26)))
                    .noneMatch(p -> p.field() == DisclosureRules.Field.CATEGORIES);
            assertThat(DisclosureRules.check(onlyIdentity.withOtherCategories(List.of()), partners,
                    LocalDate.of(2026, 11, 26))).anyMatch(p -> p.field() == DisclosureRules.Field.CATEGORIES);
            var entry = store.disclosures().record("2026-017", null, onlyIdentity);
            assertThat(store.disclosures().forCase("2026-017")).contains(entry);
            assertThat(entry.disclosure().otherCategories()).containsExactly(DataCategory.IDENTITEITSGEGEVENS);
            // audited by category name, as the leefgebieden are
            assertThat(store.audit().entries()).filteredOn(e -> e.action().equals("DISCLOSURE")).last()
                    .satisfies(e -> assertThat(e.detail()).contains("categories IDENTITEITSGEGEVENS"));
            assertThat(store.audit().verify()).isEmpty();
        }
        assertThat(TestVaults.filesContaining(List.of(tmp.resolve("vault")), List.of("Identiteitsgegevens",
                "IDENTITEITSGEGEVENS"))).isEmpty();

        Result i = run("inzage", "--vault", tmp.resolve("vault").toString(), "--case", "2026-017", "--out",
                tmp.resolve("inzage.pdf").toString(), "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
        assertThat(i.code()).as(i.err()).isZero();
        try (var doc = Loader.loadPDF(tmp.resolve("inzage.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Huisvesting, Identiteitsgegevens, Contact met hulpverleners");
        }
    }

    @Test
    void anUnknownCategoryStopsTheImportNamingTheField() throws Exception {
        String json = example().replace("\"categories\": [\"HUISVESTING\"]", "\"categories\": [\"HUISVESTING\", \"SCHOENMAAT\"]");
        Result r = importText(json);
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("meetings[0].items[0].disclosures[0].categories[1]")
                .contains("is not a leefgebied or data category").contains("IDENTITEITSGEGEVENS");
    }

    /** The police rule travels in the interchange file as {@code vault.policeRoles} (issue 15). */
    @Test
    void thePoliceRolesOfTheVaultAreImportedAndAnUnknownRoleStopsTheImport() throws Exception {
        String bad = example().replaceFirst("\\{", "{\"vault\": {\"policeRoles\": [\"POLITIE\", \"BUURMAN\"]},");
        Result refused = importText(bad);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("vault.policeRoles[1]").contains("is not a role");

        String json = example().replaceFirst("\\{", "{\"vault\": {\"policeRoles\": [\"POLITIE\", \"GGD\"]},");
        Result r = importText(json);
        assertThat(r.code()).as(r.err()).isZero();
        try (Store store = TestVaults.open(tmp.resolve("vault"))) {
            assertThat(ExportService.policeRule(store).roles())
                    .containsExactlyInAnyOrder(Role.POLITIE, Role.GGD);
        }
    }
}
