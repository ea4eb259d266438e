package nl.kring.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.interchange.Importer;
import nl.kring.interchange.InterchangeReader;
import nl.kring.store.Store;

/**
 * Issue 11 and destruction: once a case is destroyed its melder is no longer known to the exports, so the melder's
 * name in another case's minutes is scrubbed to {@code [melder]} with the case (the recogniser knows every melder of
 * the vault); the other case's own client stays as typed.
 */
class MelderErasureTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final String JSON = """
            {"partners": [{"id": "ggd", "name": "GGD Vangnet Zuiderstad", "role": "GGD", "tier": "KERN",
               "agreementSigned": "2025-06-01", "attendees": [{"id": "a-1", "name": "M. Bos", "function": "voorzitter"}]}],
             "cases": [
              {"number": "2026-201", "client": {"firstNames": "Klaasje", "surname": "Brinkhorst"},
               "melder": {"name": "Truus Wolkenveld", "organisation": "Stichting Buurtkracht Oosterwei", "anonymous": false},
               "phase": "SCREENING", "kring": ["ggd"]},
              {"number": "2026-202", "client": {"firstNames": "Dirk", "surname": "Hazelaar"},
               "phase": "SCREENING", "kring": ["ggd"]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void theDestroyedCasesMelderIsScrubbedFromOtherMinutes() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            Importer.store(store, InterchangeReader.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))));
            store.meetings().save(new Meeting(DATE, "GGD Zuiderstad", null, List.of("a-1"), List.of(
                    new AgendaItem("2026-202", 10, List.of(new MinutesParagraph(null,
                            "Gisteren zag Wolkenveld van Oosterwei Dirk op straat; Truus belde 112.", true)),
                            List.of(), List.of()))));
            store.transaction(tx -> CaseEraser.erase(tx, List.of("2026-201")));
            store.session().markWritten();
            String after = store.meetings().find(DATE).orElseThrow().items().get(0).minutes().get(0).text();
            assertThat(after).isEqualTo("Gisteren zag [melder] van [melder] Dirk op straat; [melder] belde 112.");
        }
    }
}
