package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.domain.AgendaItem;
import nl.kring.pseudonym.NameWords;
import nl.kring.store.Store;

/**
 * Issue 13: the vault keeps what the chair typed, the marker is for output. The minutes of every item of the demo
 * meeting hold "Piet Vlaskamp" (judged {@code [persoon]}) and "tante Greet Smulders" (judged a relative, not added to
 * the case: {@code [tante van cliënt 2026-008]}), once more with a zero-width space and a soft hyphen inside. The
 * stored minutes keep the typed text; every file the export, the invitations, the inzage copy and the terugmelding
 * write is read as its reader reads it (PDF text, the .eml and .ics as text), with invisible characters dropped and
 * Cyrillic look-alikes read as Latin: no typed name anywhere, the markers where the minutes go.
 */
class JudgedNamesStayAsTypedTest {
    static final LocalDate MEETING = DemoMinutesWith.MEETING;
    static final String TYPED = DemoMinutesWith.TYPED;
    static final String HIDDEN = "Later kwam Pi\u200bet Vlaskamp nog langs, met Greet Smul\u00adders.";
    static final String RELATIVE = DemoMinutesWith.RELATIVE;

    @TempDir
    static Path dir;
    /** File name → what its reader reads. */
    static final Map<String, String> outputs = new LinkedHashMap<>();
    static final List<String> stored = new ArrayList<>();

    @BeforeAll
    static void judgeAndExportEverything() throws Exception {
        try (Store store = DemoMinutesWith.create(dir.resolve("v"), c -> true, TYPED, HIDDEN)) {
            DemoMinutesWith.judgePiet(store);
            DemoMinutesWith.judgeGreet(store);
            // the look-alike spellings, should the recogniser list them apart, the chair calls "geen persoon": the
            // judgement on the typed name must still cover them
            JudgedMinutes.dismissAll(store, MEETING);
            store.session().markWritten();
            store.meetings().find(MEETING).orElseThrow().items()
                    .forEach(i -> i.minutes().forEach(p -> stored.add(p.text())));

            Path out = dir.resolve("out");
            ExportService.exportMeeting(store, MEETING, out, Map.of(), ProgressListener.NONE, true);
            read(out);
            Path invitations = dir.resolve("invitations");
            ExportService.invite(store, MEETING, invitations, true);
            read(invitations);
            outputs.put("inzage-2026-008.pdf", Pdfs.text(ExportService.inzage(store, "2026-008", dir.resolve("inzage.pdf"))));
            for (AgendaItem i : store.meetings().find(MEETING).orElseThrow().items()) {
                try {
                    Path f = ExportService.referrerFeedback(store, i.caseNumber(), dir.resolve("terug-" + i.caseNumber() + ".pdf"));
                    outputs.put(f.getFileName().toString(), Pdfs.text(f));
                } catch (IllegalArgumentException noMelder) {
                    // an anonymous or unrecorded melder: there is no terugmelding to read
                }
            }
        }
    }

    private static void read(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                outputs.put(folder.getFileName() + "/" + name, name.endsWith(".pdf") ? Pdfs.text(f)
                        : Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** As the reader sees it: no invisible characters, look-alike letters as Latin, white space collapsed. */
    static String asRead(String text) {
        String s = NameWords.withoutInvisible(text);
        String[][] lookAlike = {{"а", "a"}, {"е", "e"}, {"о", "o"}, {"р", "p"}, {"с", "c"}, {"х", "x"}, {"і", "i"},
                {"Р", "P"}, {"Е", "E"}, {"О", "O"}, {"С", "C"}, {"Ј", "J"}};
        for (String[] l : lookAlike) {
            s = s.replace(l[0], l[1]);
        }
        return Pdfs.flat(s);
    }

    @Test
    void theVaultKeepsWhatWasTyped() {
        assertThat(stored).contains(TYPED, HIDDEN);
        assertThat(String.join("\n", stored)).doesNotContain("[persoon]").doesNotContain(RELATIVE);
    }

    @Test
    void noExportedFileHoldsATypedName() {
        assertThat(outputs.keySet()).anyMatch(n -> n.endsWith("verslag.pdf")).anyMatch(n -> n.endsWith(".eml"))
                .anyMatch(n -> n.endsWith(".ics")).contains("inzage-2026-008.pdf").anyMatch(n -> n.startsWith("terug-"));
        outputs.forEach((name, text) -> {
            String read = asRead(text);
            for (String word : List.of("Vlaskamp", "Smulders", "Smul-ders", "Greet")) {
                assertThat(Pdfs.containsWord(read, word)).as(word + " in " + name).isFalse();
            }
        });
    }

    @Test
    void theMinutesReadTheMarkers() {
        String verslag = asRead(outputs.get("out/verslag.pdf"));
        assertThat(verslag).contains("belde [persoon] opnieuw").contains("zijn tante " + RELATIVE + " past op");
        assertThat(verslag).contains("Later kwam [persoon] nog langs");
        String inzage = asRead(outputs.get("inzage-2026-008.pdf"));
        assertThat(inzage).contains("belde [persoon] opnieuw");
    }
}
