package nl.kring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.interchange.Interchange;
import nl.kring.interchange.InterchangeReader;
import nl.kring.pseudonym.IdentityKeys;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.ExportService;

/**
 * How many cases the identity keys (issue 17) select for a meeting's texts, beyond the meeting's own, in the demo vault
 * and the benchmark's vaults (1× and 5×); printed for docs/performance.md. On the way it checks the contract on these
 * real texts: the recogniser over the selected cases and the meeting's own recognises every text as over every case.
 */
class IdentityKeysSelectionTest {

    @Test
    void demoVault() {
        Interchange demo = DemoData.demoData();
        int[] totals = new int[2];
        for (Meeting m : demo.meetings()) {
            int[] s = select("demo " + m.date(), demo, m);
            totals[0] += s[0];
            totals[1] += s[1];
        }
        System.out.printf(Locale.ROOT, "demo: %d meetings, on average %.1f cases selected beyond the agenda's of %d%n",
                demo.meetings().size(), totals[0] / (double) demo.meetings().size(), demo.cases().size());
    }

    @Test
    void benchmarkVaults() throws Exception {
        for (int scale : new int[] {1, 5}) {
            byte[] json = new ObjectMapper().writeValueAsBytes(VaultData.generate(scale, new Random(42)));
            Interchange data = InterchangeReader.read(new ByteArrayInputStream(json), VaultData.LAST_MEETING.plusDays(5));
            Meeting last = data.meetings().stream().max(Comparator.comparing(Meeting::date)).orElseThrow();
            select("bench " + scale + "x " + last.date(), data, last);
        }
    }

    /** Prints and returns {selected beyond the agenda's, agenda's}; asserts the recogniser's equivalence on the texts. */
    private static int[] select(String name, Interchange data, Meeting meeting) {
        List<String> texts = texts(meeting);
        Set<String> own = meeting.items().stream().map(AgendaItem::caseNumber).collect(Collectors.toSet());
        int[] keys = IdentityKeys.in(texts);
        List<CaseFile> selected = data.cases().stream()
                .filter(c -> own.contains(c.number()) || IdentityKeys.mayName(IdentityKeys.of(c), keys)).toList();
        int beyond = (int) selected.stream().filter(c -> !own.contains(c.number())).count();
        System.out.printf(Locale.ROOT, "%s: %d texts; %d agenda cases + %d selected of %d cases%n", name, texts.size(),
                own.size(), beyond, data.cases().size());
        List<String> places = ExportService.places(meeting);
        Recognizer full = ExportService.recognizer(data.cases(), data.partners(), places);
        Recognizer part = ExportService.recognizer(selected, data.partners(), places);
        for (String t : texts) {
            assertThat(part.recognize(t)).as(t).isEqualTo(full.recognize(t));
        }
        return new int[] {beyond, own.size()};
    }

    /** The free texts of a meeting that go into its reports: location, minutes, decisions. */
    static List<String> texts(Meeting meeting) {
        List<String> texts = new ArrayList<>();
        if (meeting.location() != null) {
            texts.add(meeting.location());
        }
        for (AgendaItem item : meeting.items()) {
            for (MinutesParagraph p : item.minutes()) {
                texts.add(p.text());
            }
            for (Decision d : item.decisions()) {
                texts.add(d.action());
            }
        }
        return texts;
    }
}
