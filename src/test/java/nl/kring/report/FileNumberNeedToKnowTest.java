package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Decision;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.interchange.Importer;
import nl.kring.interchange.InterchangeReader;
import nl.kring.store.Store;

/**
 * Issue 12, a partner's own number for the client, read as each reader of a real export: an encrypted vault with
 * the GGD's dossiernummer and the woningcorporatie's huurdersnummer of one client and the police's and the GGZ's
 * numbers of another; minutes, decisions, a leefgebied note and the meeting's place that write them with and without
 * labels and separators, across a non-breaking space, zero-width characters, a soft hyphen, fullwidth digits and a
 * Cyrillic look-alike letter. No partner report, verslag, rooster, e-mail draft, invitation, calendar file, register,
 * terugmelding or consent letter holds any of them in any spelling; the client's own inzage copy holds its own
 * numbers and never the other client's.
 */
class FileNumberNeedToKnowTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    static final String JSON = """
            {"vault": {"chair": {"name": "M. Bos", "function": "voorzitter", "email": "vangnet@ggd.example",
                                 "phone": "030-6305400"}},
             "partners": [
              {"id": "ggd", "name": "GGD Vangnet Zuiderstad", "role": "GGD", "tier": "KERN", "email": "ggd@ggd.example",
               "agreementSigned": "2025-06-01", "attendees": [{"id": "a-1", "name": "M. Bos", "function": "voorzitter"}]},
              {"id": "ggz", "name": "GGZ Oostflank", "role": "GGZ", "tier": "KERN", "agreementSigned": "2025-06-01",
               "email": "ggz@ggz.example", "attendees": [{"id": "a-2", "name": "P. Smeets", "function": "psychiater"}]},
              {"id": "woco", "name": "Woonstichting De Veste", "role": "WONINGCORPORATIE", "tier": "SCHIL",
               "email": "woco@veste.example", "agreementSigned": "2025-06-01",
               "attendees": [{"id": "a-3", "name": "R. Kok", "function": "wijkconsulent"}]},
              {"id": "politie", "name": "Politie Zuiderstad", "role": "POLITIE", "tier": "KERN",
               "email": "politie@politie.example", "agreementSigned": "2025-06-01",
               "attendees": [{"id": "a-4", "name": "H. Dijkstra", "function": "wijkagent"}]}
            ],
            "cases": [
              {"number": "2026-101", "client": {"firstNames": "Bernardus", "roepnaam": "Ben", "surname": "Kortenhoeve",
                 "fileNumbers": [{"partner": "ggd", "label": "dossiernr.", "number": "GGD-2024-58317"},
                                 {"partner": "woco", "label": "huurnummer", "number": "483921"}]},
               "melder": {"name": "Ans Wolkenveld", "organisation": null, "anonymous": false},
               "phase": "SCREENING", "kring": ["ggd", "ggz", "woco", "politie"],
               "domains": {"HUISVESTING": {"score": 2, "note": "Huurachterstand op huurnummer 483 921, zie ook GGD 2024 58317."}}},
              {"number": "2026-102", "client": {"firstNames": "Fenna", "prefix": "de", "surname": "Lange",
                 "fileNumbers": [{"partner": "politie", "label": "registratienr.", "number": "PL-0900-77513"},
                                 {"partner": "ggz", "label": "cliëntnr", "number": "2025 66104"}]},
               "phase": "SCREENING", "kring": ["ggd", "woco"]}
            ]}
            """;

    static final Meeting MEETING = new Meeting(DATE, "GGD Zuiderstad, zaal 2 (dossier 483921)", null,
            List.of("a-1", "a-2", "a-3", "a-4"),
            List.of(new AgendaItem("2026-101", 15, List.of(
                            new MinutesParagraph(null, "GGD dossiernr. GGD-2024-58317 is bijgewerkt; huurnummer 483921.", true),
                            new MinutesParagraph(null, "Ook bekend onder ggd 2024\u00a058317 en huurnr.483\u200b921.", true),
                            new MinutesParagraph(null, "De woco schreef \uff14\uff18\uff13\uff19\uff12\uff11; de politie "
                                    + "noemde P\u041b-0900-77513 en cliëntnr 2025\u00ad66104 van een andere cliënt.", true),
                            new MinutesParagraph(LifeDomain.HUISVESTING, "Huurnummer 48-39-21 wordt ontruimd.")),
                    List.of(new Decision("R. Kok belt over huurnummer 483921.", "woco", DATE.plusDays(14), null, true),
                            new Decision("Dossier GGD-2024-58317 sluiten.", "ggd", DATE.plusDays(7), null, true)),
                    List.of()),
                    new AgendaItem("2026-102", 10, List.of(
                            new MinutesParagraph(null, "Registratienr. PL 0900 77513; GGZ-nummer 2025-66104.", true)),
                            List.of(), List.of())));

    /** Every file number of the vault, by case, as its key: letters and digits only, upper case. */
    static final Map<String, List<String>> KEYS = Map.of(
            "2026-101", List.of("GGD202458317", "483921"),
            "2026-102", List.of("PL090077513", "202566104"));

    @TempDir
    static Path dir;
    static final Map<String, String> OUTPUTS = new TreeMap<>();
    static String inzage101;
    static String inzage102;

    @BeforeAll
    static void exportEverythingAsTheChairWould() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            Importer.store(store, InterchangeReader.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))));
            store.meetings().save(MEETING);
            JudgedMinutes.dismissAll(store, DATE);
            Path out = Files.createDirectories(dir.resolve("out"));
            List<Path> files = new ArrayList<>(ExportService.exportMeeting(store, DATE, out, Map.of(),
                    ProgressListener.NONE, true).files());
            Path inv = Files.createDirectories(dir.resolve("invite"));
            ExportService.invite(store, DATE, inv, true);
            try (var s = Files.list(inv)) {
                s.forEach(files::add);
            }
            files.addAll(ExportService.registers(store, Files.createDirectories(dir.resolve("registers"))));
            files.add(ExportService.referrerFeedback(store, "2026-101", dir.resolve("terugmelding-101.pdf")));
            files.add(ExportService.consentForm(store, "2026-101", dir.resolve("toestemming-101.pdf")));
            files.add(ExportService.consentForm(store, "2026-102", dir.resolve("toestemming-102.pdf")));
            for (Path f : files) {
                OUTPUTS.put(f.getFileName().toString(), read(f));
            }
            inzage101 = read(ExportService.inzage(store, "2026-101", dir.resolve("inzage-101.pdf")));
            inzage102 = read(ExportService.inzage(store, "2026-102", dir.resolve("inzage-102.pdf")));
        }
    }

    private static String read(Path f) throws Exception {
        String name = f.getFileName().toString();
        return name.endsWith(".pdf") ? MelderNeedToKnowTest.readable(Pdfs.text(f))
                : MelderNeedToKnowTest.readable(Files.readString(f, StandardCharsets.UTF_8));
    }

    /**
     * The text as a reader could read a number in it: only its letters and digits, upper case, look-alikes and
     * fullwidth forms already folded ({@link MelderNeedToKnowTest#readable}). A number broken by spaces, dots,
     * dashes, line ends or invisible characters is found here whole.
     */
    static String alnum(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                sb.append(c);
            } else if (c >= 'a' && c <= 'z') {
                sb.append((char) (c - 32));
            }
        }
        return sb.toString();
    }

    /**
     * The keys readable in the text: whole, or by their digits alone (a number whose letters were changed, "PЛ-0900-
     * 77513" with a Cyrillic El, still gives the reader its digits).
     */
    static List<String> numbersIn(String text, List<String> keys) {
        String a = alnum(text);
        String digits = a.replaceAll("[^0-9]", "");
        return keys.stream().filter(k -> a.contains(k) || digits.contains(k.replaceAll("[^0-9]", ""))).toList();
    }

    @Test
    void everyExportedFileWasWritten() {
        assertThat(OUTPUTS.keySet()).contains("ggd.pdf", "ggz.pdf", "woco.pdf", "politie.pdf", "verslag.pdf",
                "rooster.pdf", "ggd.eml", "woco.eml", "ggd.ics", "woco-uitnodiging.pdf", "terugmelding-101.pdf",
                "toestemming-101.pdf", "toestemming-102.pdf");
        assertThat(OUTPUTS.keySet()).anyMatch(f -> f.endsWith(".csv"));
    }

    @Test
    void noExportedFileHoldsAnyClientsFileNumberInAnySpelling() {
        List<String> all = new ArrayList<>();
        KEYS.values().forEach(all::addAll);
        OUTPUTS.forEach((file, text) -> assertThat(numbersIn(text, all)).as(file).isEmpty());
    }

    @Test
    void theNumbersAreMarkedWhereTheyStoodAndTheTextAroundThemStays() {
        String woco = OUTPUTS.get("woco.pdf");
        assertThat(woco).contains("GGD dossiernr. [dossiernummer] is bijgewerkt; huurnummer [dossiernummer].")
                .contains("Ook bekend onder [dossiernummer] en huurnr.[dossiernummer].")
                .contains("De woco schreef [dossiernummer]; de politie noemde [dossiernummer] en cliëntnr [dossiernummer] "
                        + "van een andere cliënt.")
                .contains("Huurnummer [dossiernummer] wordt ontruimd.")
                .contains("R. Kok belt over huurnummer [dossiernummer].")
                .contains("Huurachterstand op huurnummer [dossiernummer], zie ook [dossiernummer].");
        // the place of the meeting is free text too
        assertThat(OUTPUTS.get("verslag.pdf")).contains("GGD Zuiderstad, zaal 2 (dossier [dossiernummer])")
                .contains("Dossier [dossiernummer] sluiten.")
                .contains("Registratienr. [dossiernummer]; GGZ-nummer [dossiernummer].");
    }

    @Test
    void theInzageCopyHoldsTheClientsOwnNumbersAndNeverAnotherClients() {
        assertThat(numbersIn(inzage101, KEYS.get("2026-102"))).isEmpty();
        assertThat(numbersIn(inzage102, KEYS.get("2026-101"))).isEmpty();
        assertThat(inzage101).contains("Dossiernummers bij partners")
                .contains("GGD Vangnet Zuiderstad: dossiernr. GGD-2024-58317")
                .contains("Woonstichting De Veste: huurnummer 483921");
        assertThat(inzage102).contains("Politie Zuiderstad: registratienr. PL-0900-77513");
    }
}
