package nl.kring.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.kring.TestVaults;
import nl.kring.domain.CaseFile;
import nl.kring.domain.FileNumber;
import nl.kring.store.Store;
import nl.kring.store.StillReferencedException;

/**
 * Issue 12, {@code client.fileNumbers} of the interchange file: the partners' own numbers for the client come in with
 * their partner and label, are stored in the vault's own table and come out of it as they went in; a file without
 * them imports as before; a wrong number stops the import naming the field and the line.
 */
class FileNumberImportTest {
    static final String NUMBERS = "\"relatives\": [{\"name\": \"Peter de Vries\", \"relation\": \"zoon\"}], "
            + "\"fileNumbers\": [{\"partner\": \"ggd-vangnet\", \"label\": \"dossiernr.\", \"number\": \"GGD-2024-0815\"}, "
            + "{\"partner\": \"woco-dak\", \"label\": null, \"number\": \"48213 7\"}]";

    @TempDir
    Path tmp;

    static String example() throws Exception {
        return new String(FileNumberImportTest.class.getResourceAsStream("/interchange/design-example.json")
                .readAllBytes(), StandardCharsets.UTF_8);
    }

    static String withNumbers(String fileNumbers) throws Exception {
        String e = example();
        String relatives = "\"relatives\": [{\"name\": \"Peter de Vries\", \"relation\": \"zoon\"}]";
        assertThat(e).contains(relatives);
        return e.replace(relatives, relatives + ", \"fileNumbers\": " + fileNumbers);
    }

    static Interchange read(String json) throws InterchangeException {
        return InterchangeReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theNumbersGoIntoTheVaultAndComeOutAsTheyWentIn() throws Exception {
        Interchange in = read(example().replace("\"relatives\": [{\"name\": \"Peter de Vries\", \"relation\": \"zoon\"}]",
                NUMBERS));
        List<FileNumber> expected = List.of(new FileNumber("ggd-vangnet", "dossiernr.", "GGD-2024-0815"),
                new FileNumber("woco-dak", null, "48213 7"));
        assertThat(in.cases().getFirst().client().fileNumbers()).isEqualTo(expected);
        Path dir = tmp.resolve("v");
        try (Store store = TestVaults.create(dir)) {
            Importer.store(store, in);
        }
        try (Store store = TestVaults.open(dir)) {
            CaseFile stored = store.cases().find("2026-017").orElseThrow();
            assertThat(stored.client().fileNumbers()).isEqualTo(expected);
            // the whole case round-trips: what was read is what is stored
            assertThat(stored.client()).isEqualTo(in.cases().getFirst().client());
            // the recogniser's and identity guard's read of every case carries them too
            assertThat(store.cases().identities(List.of()).getFirst().client().fileNumbers()).isEqualTo(expected);
            // a partner that issued a number on file cannot silently disappear from the register
            assertThatThrownBy(() -> store.partners().delete("woco-dak")).isInstanceOf(StillReferencedException.class);
            // a re-import without the numbers removes them (the file is the truth for the case), and verify holds
            Importer.store(store, read(example()));
            assertThat(store.cases().find("2026-017").orElseThrow().client().fileNumbers()).isEmpty();
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aFileWithoutNumbersImportsAsBefore() throws Exception {
        assertThat(read(example()).cases().getFirst().client().fileNumbers()).isEmpty();
        assertThat(read(withNumbers("[]")).cases().getFirst().client().fileNumbers()).isEmpty();
        assertThat(read(withNumbers("null")).cases().getFirst().client().fileNumbers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"partner\": \"cjib\", \"number\": \"12345\"}]|cases[0].client.fileNumbers[0].partner: cjib is not a partner in this file",
        "[{\"partner\": \"ggd-vangnet\", \"number\": \"onbekend\"}]|cases[0].client.fileNumbers[0].number: onbekend is not a file number",
        "[{\"partner\": \"ggd-vangnet\", \"number\": \"12-34\"}]|cases[0].client.fileNumbers[0].number: 12-34 is not a file number",
        "[{\"partner\": \"ggd-vangnet\", \"number\": \"2024-0815\"}, {\"partner\": \"ggd-vangnet\", \"number\": \"2024 0815\"}]|cases[0].client.fileNumbers[1].number: 2024 0815 is named twice for partner ggd-vangnet",
        "[{\"partner\": \"ggd-vangnet\", \"number\": \"2024\\u200b0815\"}]|cases[0].client.fileNumbers[0].number: contains an invisible character",
        "[{\"partner\": \"ggd-vangnet\", \"number\": \"   \"}]|cases[0].client.fileNumbers[0].number: must not be empty",
        "[{\"partner\": \"ggd-vangnet\"}]|cases[0].client.fileNumbers[0].number: is required",
        "[{\"partner\": \"ggd-vangnet\", \"number\": \"12345678901234567890123456789012345678901\"}]|cases[0].client.fileNumbers[0].number: ",
        "[{\"partner\": \"ggd-vangnet\", \"number\": \"12345\", \"issued\": \"2024-01-01\"}]|cases[0].client.fileNumbers[0]",
    })
    void aWrongNumberStopsTheImportNamingTheField(String fileNumbers, String expected) throws Exception {
        String json = withNumbers(fileNumbers);
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InterchangeException.class,
                e -> assertThat(e.problems()).as(e.problems().toString()).anyMatch(p -> p.startsWith(expected)
                        && p.contains("(line ")));
    }

    @Test
    void theSameNumberOfTwoPartnersIsNoDuplicate() throws Exception {
        Interchange in = read(withNumbers("[{\"partner\": \"ggd-vangnet\", \"number\": \"2024-0815\"}, "
                + "{\"partner\": \"woco-dak\", \"number\": \"2024-0815\"}]"));
        assertThat(in.cases().getFirst().client().fileNumbers()).hasSize(2);
    }
}
