package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

/**
 * Issue 11 on the demo vault, whose melders are mostly partner professionals (R. Kok of the housing corporation,
 * dr. E. van Leeuwen the huisarts, wijkagent N. Verbeek ...) and partner organisations: every export of its three
 * meetings and the inzage copy of every case, read as each reader. The professionals stay named where the minutes
 * name them (a "[melder]" there would be a false statement: they did not report that item's client); the melders
 * that are nobody of the register (J. Verhoeven of the Dijkveen College, Rivierenergie) appear nowhere.
 */
class DemoMelderExportTest {
    @TempDir
    static Path dir;
    static final Map<String, String> texts = new TreeMap<>();

    @BeforeAll
    static void exportEverything() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            Importer.store(store, DemoData.demoData());
            for (LocalDate date : store.meetings().dates()) {
                for (var open : MinutesSuspects.open(store, date)) {
                    // names of unknown persons confirmed, places and abbreviations dismissed, as a chair would
                    boolean person = !open.reason().startsWith("woord");
                    store.suspects().record(date, open.text(), person ? SuspectDecisionRepository.Kind.PERSON
                            : SuspectDecisionRepository.Kind.DISMISSED, person ? "[persoon]" : null);
                }
                store.session().markWritten();
                for (Path f : ExportService.exportMeeting(store, date, dir.resolve("out-" + date), Map.of(),
                        ProgressListener.NONE).files()) {
                    texts.put(date + "/" + f.getFileName(), Pdfs.flat(Pdfs.text(f)));
                }
            }
            for (CaseFile c : store.cases().all()) {
                Path f = ExportService.inzage(store, c.number(), dir.resolve("inzage-" + c.number() + ".pdf"));
                texts.put("inzage " + c.number(), Pdfs.flat(Pdfs.text(f)));
            }
        }
    }

    @Test
    void everyMeetingAndEveryCaseIsExported() {
        // 3 meetings, each with partner reports, verslag and rooster; an inzage copy for every case (two parents who
        // decided on consent once made the copy of 2026-006 fail)
        assertThat(texts.keySet()).filteredOn(k -> k.endsWith("verslag.pdf")).hasSize(3);
        assertThat(texts.keySet()).filteredOn(k -> k.startsWith("inzage")).hasSize(15).contains("inzage 2026-006");
    }

    @Test
    void melderProfessionalsStayNamedInThePartnerReportsAndTheVerslag() {
        String meeting26 = "2026-11-26/";
        assertThat(texts.get(meeting26 + "woco-dak.pdf")).contains("open voor M. Bos en R. Kok, maar liet hen niet");
        assertThat(texts.get(meeting26 + "verslag.pdf")).contains("Het huisbezoek met dr. Van Leeuwen");
        texts.forEach((file, text) -> {
            if (!file.startsWith("inzage")) {
                // the demo's minutes name no private melder: "[melder]" anywhere would be a professional or a partner
                assertThat(text).as(file).doesNotContain("[melder]");
            }
        });
    }

    @Test
    void melderWhoAreNobodyOfTheRegisterAppearInNoFile() {
        texts.forEach((file, text) -> assertThat(text).as(file).doesNotContain("Verhoeven").doesNotContain("Dijkveen College")
                .doesNotContain("Rivierenergie").doesNotContain("afdeling Leerplicht"));
    }

    @Test
    void theInzageCopyMasksTheClientsOwnMelder() {
        // 2026-001 was reported by R. Kok of the housing corporation: the client's copy does not say who
        assertThat(texts.get("inzage 2026-001")).contains("[melder] meldt dat Het Dak de ontbindingsprocedure aanhoudt")
                .doesNotContain("R. Kok");
    }
}
