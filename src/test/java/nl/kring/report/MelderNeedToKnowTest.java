package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Decision;
import nl.kring.domain.FreeText;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.interchange.Importer;
import nl.kring.interchange.InterchangeReader;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

/**
 * Issue 11, the melder, read as each reader of a real export: a real encrypted vault with melders "Ans Kwakkelstein
 * (Bewonerscommissie Zonnehof)", "Gerrit-Jan Pronkhorst (Stichting Buurtkracht Oosterwei)", "Truus Wolkenveld" (a
 * case not on the agenda), "R. Kok" (a professional of the register) and "Buurvrouw"; minutes, decisions and a
 * leefgebied note that name them by surname alone, first name alone, organisation part, with a non-breaking space,
 * zero-width characters, a soft hyphen and a Cyrillic look-alike. No partner report, verslag, rooster, inzage copy or
 * terugmelding holds any part of a melder (except the terugmelding's own addressee), and nothing that is not a melder
 * reads "[melder]": the professional P. Kwakkelstein, the professional melder R. Kok, the partners, the place and the
 * buurvrouw stay as written.
 */
class MelderNeedToKnowTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    static final String JSON = """
            {"partners": [
              {"id": "ggd", "name": "GGD Vangnet Zuiderstad", "role": "GGD", "tier": "KERN",
               "agreementSigned": "2025-06-01", "attendees": [{"id": "a-1", "name": "M. Bos", "function": "voorzitter"}]},
              {"id": "ggz", "name": "GGZ Oostflank", "role": "GGZ", "tier": "KERN", "agreementSigned": "2025-06-01",
               "attendees": [{"id": "a-2", "name": "P. Kwakkelstein", "function": "psychiater"}]},
              {"id": "woco", "name": "Woonstichting De Veste", "role": "WONINGCORPORATIE", "tier": "SCHIL",
               "agreementSigned": "2025-06-01", "attendees": [{"id": "a-3", "name": "R. Kok", "function": "wijkconsulent"}]},
              {"id": "politie", "name": "Politie Zuiderstad", "role": "POLITIE", "tier": "KERN",
               "agreementSigned": "2025-06-01", "attendees": [{"id": "a-4", "name": "H. Dijkstra", "function": "wijkagent"}]}
            ],
            "cases": [
              {"number": "2026-101", "client": {"firstNames": "Bernardus", "roepnaam": "Ben", "surname": "Kortenhoeve",
                 "address": "Wilgenlaan 4, 5011 AB Zuiderstad"},
               "melder": {"name": "Ans Kwakkelstein", "organisation": "Bewonerscommissie Zonnehof", "anonymous": false},
               "phase": "SCREENING", "kring": ["ggd", "ggz", "woco", "politie"],
               "domains": {"HUISVESTING": {"score": 2, "note": "Overlast volgens Ans Kwakkelstein en Pronkhorst."}}},
              {"number": "2026-102", "client": {"firstNames": "Fenna", "prefix": "de", "surname": "Lange"},
               "melder": {"name": "Gerrit-Jan Pronkhorst", "organisation": "Stichting Buurtkracht Oosterwei",
                          "anonymous": false},
               "phase": "SCREENING", "kring": ["ggd", "woco"]},
              {"number": "2026-103", "client": {"firstNames": "Hendrik", "surname": "Zwartveen"},
               "melder": {"name": "R. Kok", "organisation": "Woonstichting De Veste", "anonymous": false},
               "phase": "SCREENING", "kring": ["ggd", "politie"]},
              {"number": "2026-104", "client": {"firstNames": "Klaasje", "surname": "Brinkhorst"},
               "melder": {"name": "Truus Wolkenveld", "organisation": null, "anonymous": false},
               "phase": "SCREENING", "kring": ["ggd"]},
              {"number": "2026-105", "client": {"firstNames": "Dirk", "surname": "Hazelaar"},
               "melder": {"name": "Buurvrouw", "organisation": null, "anonymous": true},
               "phase": "SCREENING", "kring": ["ggd"]}
            ]}
            """;

    static final Meeting MEETING = new Meeting(DATE, "GGD Zuiderstad, zaal 2", null, List.of("a-1", "a-2", "a-3", "a-4"),
            List.of(new AgendaItem("2026-101", 15, List.of(
                            new MinutesParagraph(null, "Kwakkelstein belde opnieuw over de overlast.", true),
                            new MinutesParagraph(null, "Volgens Ans was het weer onrustig; Ans\u00a0Kwakkelstein stuurde "
                                    + "foto's.", true),
                            new MinutesParagraph(null, "Iemand van Zonnehof stuurde een brief; de Bewonerscommissie Zon\u200bnehof "
                                    + "ook.", true),
                            new MinutesParagraph(null, "Pronkhorst belde ook over deze cliënt; Gerrit-Jan wil anoniem blijven. "
                                    + "Pron\u00adkhorst en Pr\u043enkhorst van Buurtkracht zagen hem.", true),
                            new MinutesParagraph(null, "Wolkenveld zag hem vannacht op straat; Truus\u2007Wolkenveld belde 112.", true),
                            new MinutesParagraph(null, "P. Kwakkelstein (GGZ) neemt contact op met Ben.", true),
                            new MinutesParagraph(null, "De buurvrouw belde ook; R. Kok van Woonstichting De Veste stuurt een "
                                    + "aanmaning. Kok komt langs in Zuiderstad.", true),
                            new MinutesParagraph(LifeDomain.HUISVESTING, "Stichting Buurtkracht Oosterwei klaagt over de tuin.")),
                    List.of(new Decision("R. Kok belt Ans over de foto's.", "woco", DATE.plusDays(14), null, true),
                            new Decision("Gesprek met Oosterwei plannen.", "ggd", DATE.plusDays(7), null, true)),
                    List.of()),
                    new AgendaItem("2026-103", 10, List.of(
                            new MinutesParagraph(null, "R. Kok meldde in oktober een huurachterstand; Kok belt opnieuw.", true)),
                            List.of(), List.of())));

    /** Every part of every melder's name and distinctive organisation word. */
    static final List<String> MELDER_PARTS = List.of("Ans", "Kwakkelstein", "Zonnehof", "Bewonerscommissie Zonnehof",
            "Gerrit", "Jan", "Gerrit-Jan", "Pronkhorst", "Buurtkracht", "Oosterwei", "Truus", "Wolkenveld");

    @TempDir
    static Path dir;
    static Map<String, String> reports = new TreeMap<>();
    static List<MinutesSuspects.Open> openBeforeJudging;
    static String inzage101;
    static String inzage103;
    static String terugmelding;
    static FreeText room;

    @BeforeAll
    static void exportAsTheChairWould() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            Importer.store(store, InterchangeReader.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))));
            store.meetings().save(MEETING);
            openBeforeJudging = MinutesSuspects.open(store, DATE);
            // the chair judges the bare "Kwakkelstein" (the melder or the psychiatrist?) a person to withhold, and
            // dismisses any other possible name (a place, a professional)
            for (MinutesSuspects.Open o : openBeforeJudging) {
                boolean shared = o.text().equals("Kwakkelstein");
                store.suspects().record(DATE, o.text(), shared ? SuspectDecisionRepository.Kind.PERSON
                        : SuspectDecisionRepository.Kind.DISMISSED, shared ? "[persoon]" : null);
            }
            store.session().markWritten();
            assertThat(MinutesSuspects.open(store, DATE)).isEmpty();
            List<Path> files = ExportService.exportMeeting(store, DATE, dir.resolve("out"), Map.of(),
                    ProgressListener.NONE).files();
            for (Path f : files) {
                reports.put(f.getFileName().toString(), readable(Pdfs.text(f)));
            }
            inzage101 = readable(Pdfs.text(ExportService.inzage(store, "2026-101", dir.resolve("inzage-101.pdf"))));
            inzage103 = readable(Pdfs.text(ExportService.inzage(store, "2026-103", dir.resolve("inzage-103.pdf"))));
            terugmelding = readable(Pdfs.text(ExportService.referrerFeedback(store, "2026-101",
                    dir.resolve("terugmelding-101.pdf"))));
            room = ExportService.freeText(store.cases().all(), store.partners().all());
        }
    }

    /**
     * The text as a reader sees it: invisible characters (Unicode Cf, soft hyphen) removed, compatibility forms and
     * Cyrillic/Greek look-alikes folded to Latin, white space as one space (IdentityGuard's normalisation).
     */
    static String readable(String text) {
        String s = Normalizer.normalize(text.replaceAll("[\\p{Cf}\\u00ad]", ""), Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        String from = "аеорсхуіјѕԁοαερτυνκιΑΕΟΡСХКМТНВІ";
        String to = "aeopcxyijsdoaeptuvkiAEOPCXKMTHBI";
        for (char c : s.toCharArray()) {
            int i = from.indexOf(c);
            sb.append(i < 0 ? c : to.charAt(i));
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    /** Where a melder's part is readable as a word, with the professional's own name "P. Kwakkelstein" taken out. */
    static List<String> melderParts(String text) {
        String t = text.replace("P. Kwakkelstein", "");
        List<String> found = new ArrayList<>();
        for (String part : MELDER_PARTS) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t).find()) {
                found.add(part);
            }
        }
        return found;
    }

    @Test
    void theExportIsRefusedWhileTheSharedSurnameIsUnjudged() {
        // "Kwakkelstein" alone is the melder's surname and the psychiatrist's: neither "[melder]" nor readable
        assertThat(openBeforeJudging).extracting(MinutesSuspects.Open::text).contains("Kwakkelstein");
        // no other melder part is left for the chair: the recogniser masks them itself
        assertThat(openBeforeJudging).allSatisfy(o -> assertThat(melderParts(o.text()))
                .isSubsetOf(List.of("Kwakkelstein")));
    }

    @Test
    void everyPartnerReportVerslagAndRoosterHoldNoPartOfAnyMelder() {
        assertThat(reports.keySet()).contains("ggd.pdf", "ggz.pdf", "woco.pdf", "politie.pdf", "verslag.pdf",
                "rooster.pdf");
        reports.forEach((file, text) -> assertThat(melderParts(text)).as(file).isEmpty());
    }

    @Test
    void theMelderIsMaskedInMinutesDecisionsAndLeefgebiedNotes() {
        String woco = reports.get("woco.pdf");
        assertThat(woco).contains("[persoon] belde opnieuw over de overlast.")
                .contains("Volgens [melder] was het weer onrustig; [melder] stuurde foto's.")
                .contains("Iemand van [melder] stuurde een brief; de [melder] ook.")
                .contains("[melder] belde ook over deze cliënt; [melder] wil anoniem blijven.")
                .contains("[melder] en [melder] van [melder] zagen hem.")
                .contains("[melder] zag hem vannacht op straat; [melder] belde 112.")
                // the decision owned by the woco and the leefgebied note (Huisvesting is VOLLEDIG for it)
                .contains("R. Kok belt [melder] over de foto's.")
                .contains("Overlast volgens [melder] en [melder].")
                .contains("[melder] klaagt over de tuin.");
        // the GGD reads the ALGEMEEN decision it owns
        assertThat(reports.get("ggd.pdf")).contains("Gesprek met [melder] plannen.");
    }

    @Test
    void professionalsPartnersThePlaceAndTheBuurvrouwStayAsWritten() {
        for (String file : List.of("ggd.pdf", "ggz.pdf", "woco.pdf", "politie.pdf")) {
            String t = reports.get(file);
            assertThat(t).as(file).contains("P. Kwakkelstein (GGZ) neemt contact op met")
                    .contains("De buurvrouw belde ook; R. Kok van Woonstichting De Veste stuurt een aanmaning. "
                            + "Kok komt langs in Zuiderstad.")
                    .contains("GGD Zuiderstad, zaal 2");
        }
        // the professional melder of 2026-103 is the wijkconsulent in that item too, for a kring partner and the chair
        assertThat(reports.get("politie.pdf")).contains("R. Kok meldde in oktober een huurachterstand; Kok belt opnieuw.");
        // where the reader sees attendees, the psychiatrist is named
        assertThat(reports.get("ggz.pdf")).contains("P. Kwakkelstein");
        assertThat(reports.get("verslag.pdf")).contains("P. Kwakkelstein").contains("R. Kok");
    }

    @Test
    void theInzageCopyMasksEveryMelderAndItsOwnMelderEvenWhenAProfessional() {
        assertThat(melderParts(inzage101)).isEmpty();
        assertThat(inzage101).contains("Volgens [melder] was het weer onrustig; [melder] stuurde foto's.")
                .contains("[melder] zag hem vannacht op straat")
                // the psychiatrist by function, the client's own roepnaam as written
                .contains("[psychiater, GGZ Oostflank] (GGZ) neemt contact op met Ben.");
        // 2026-103 was reported by R. Kok of the housing corporation: the client does not read who
        assertThat(inzage103).contains("[melder] meldde in oktober een huurachterstand; [melder] belt opnieuw.")
                .doesNotContain("Kok meldde").doesNotContain("R. Kok");
        assertThat(melderParts(inzage103)).isEmpty();
    }

    @Test
    void theTerugmeldingNamesOnlyItsOwnAddressee() {
        assertThat(terugmelding).contains("Kwakkelstein");
        List<String> others = melderParts(terugmelding.replace("Ans Kwakkelstein", "").replace("Bewonerscommissie Zonnehof", ""));
        assertThat(others).isEmpty();
        assertThat(terugmelding).doesNotContain("Kortenhoeve").doesNotContain("Bernardus").doesNotContain("P. Kwakkelstein");
    }

    @Test
    void theMeetingRoomShowsTheItemsOwnClientButNeverItsMelder() {
        String text = MEETING.items().get(0).minutes().get(1).text() + " Ben is er niet.";
        assertThat(room.render(text, "2026-101", true))
                .isEqualTo("Volgens [melder] was het weer onrustig; [melder] stuurde foto's. Ben is er niet.");
        assertThat(room.render(MEETING.items().get(0).minutes().get(4).text(), "2026-101", true))
                .isEqualTo("[melder] zag hem vannacht op straat; [melder] belde 112.");
    }
}
