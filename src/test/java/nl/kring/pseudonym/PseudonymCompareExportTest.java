package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.kring.domain.Client;

/**
 * Writes Kring's raw output on the evaluation minutes and on the DEDUCE peer cases to
 * {@code target/pseudonym-compare/kring.json}, for {@code scripts/compare-deduce.py}: that script scores Kring and
 * DEDUCE with one scorer (the definitions of {@link PseudonymEvaluationTest}: a mention is caught when every letter
 * and digit of it is covered by a replacement, a trap is kept when no replacement touches it). The export holds the
 * plain text of each file (markup stripped by {@link EvalCorpus#parse}), its gold mentions and traps, and Kring's
 * replacements with their case numbers; plus Kring's speed on the concatenated text (thread CPU time and wall time,
 * medians; recorded, never asserted).
 *
 * <p>The assertions check the export itself: every exported span lies inside its text and carries the text it
 * names, and the recall and ordinary-text-kept figures recomputed from the exported spans alone equal those computed
 * from Kring's {@link Recognition} objects — so the script scores exactly what the evaluation test scores.
 */
class PseudonymCompareExportTest {

    static final Path OUT = Path.of("target", "pseudonym-compare", "kring.json");

    @Test
    void exportsKringOutputForTheSharedScorer() throws IOException {
        Recognizer recognizer = EvalCorpus.recognizer();
        List<Map<String, Object>> files = new ArrayList<>();
        int[] direct = new int[4]; // gold, covered, traps, kept — from the Recognition objects
        for (EvalCorpus.Doc doc : EvalCorpus.docs()) {
            Recognition rec = recognizer.recognize(doc.text());
            files.add(docJson(doc, rec.mentions(), EvalCorpus.HELD_OUT.contains(doc.name())));
            count(doc, rec.mentions(), direct);
        }
        List<Map<String, Object>> peer = new ArrayList<>();
        for (PseudonymDeducePeerTest.Case c : PseudonymDeducePeerTest.cases()) {
            Recognizer r = Recognizer.builder().client(new KnownClient("2026-001", new Client(c.firstNames(), null, null,
                    c.surname(), List.of(), null, null, null, null, List.of(), null, false))).build();
            Map<String, Object> m = docJson(c.doc(), r.recognize(c.doc().text()).mentions(), false);
            m.put("test", c.test());
            m.put("firstNames", c.firstNames());
            m.put("surname", c.surname());
            m.put("differs", c.differs());
            peer.add(m);
        }

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "kring-pseudonym-compare/1");
        root.put("files", files);
        root.put("peer", peer);
        root.put("speed", speed(recognizer, EvalCorpus.plainText()));
        Files.createDirectories(OUT.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(OUT.toFile(), root);

        // read the export back and score it from the exported spans alone
        JsonNode back = new ObjectMapper().readTree(OUT.toFile());
        int[] fromExport = new int[4];
        for (JsonNode f : back.get("files")) {
            String text = f.get("text").asText();
            List<int[]> spans = new ArrayList<>();
            for (JsonNode s : f.get("kring")) {
                int a = s.get("start").asInt();
                int b = s.get("end").asInt();
                assertThat(a).isBetween(0, b);
                assertThat(b).isLessThanOrEqualTo(text.length());
                assertThat(s.get("text").asText()).isEqualTo(text.substring(a, b));
                spans.add(new int[] {a, b});
            }
            for (JsonNode g : f.get("gold")) {
                int a = g.get("start").asInt();
                int b = g.get("end").asInt();
                assertThat(g.get("text").asText()).isEqualTo(text.substring(a, b));
                fromExport[0]++;
                if (coveredBy(text, a, b, spans)) {
                    fromExport[1]++;
                }
            }
            for (JsonNode t : f.get("traps")) {
                int a = t.get("start").asInt();
                int b = t.get("end").asInt();
                assertThat(t.get("text").asText()).isEqualTo(text.substring(a, b));
                fromExport[2]++;
                if (spans.stream().noneMatch(s -> s[0] < b && s[1] > a)) {
                    fromExport[3]++;
                }
            }
        }
        assertThat(back.get("files")).hasSize(EvalCorpus.FILES.size());
        assertThat(back.get("peer").size()).isGreaterThanOrEqualTo(19);
        assertThat(fromExport).as("gold, covered, traps, kept from the export").isEqualTo(direct);
        assertThat(direct[0]).isGreaterThanOrEqualTo(300);
    }

    private static Map<String, Object> docJson(EvalCorpus.Doc doc, List<Mention> mentions, boolean heldOut) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", doc.name());
        m.put("heldOut", heldOut);
        m.put("text", doc.text());
        List<Map<String, Object>> gold = new ArrayList<>();
        for (EvalCorpus.Gold g : doc.gold()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", g.start());
            x.put("end", g.end());
            x.put("case", g.caseNumber());
            x.put("relation", g.relation());
            x.put("variant", g.variant());
            x.put("text", g.text());
            gold.add(x);
        }
        List<Map<String, Object>> traps = new ArrayList<>();
        for (EvalCorpus.Trap t : doc.traps()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", t.start());
            x.put("end", t.end());
            x.put("type", t.type());
            x.put("text", t.text());
            traps.add(x);
        }
        List<Map<String, Object>> kring = new ArrayList<>();
        for (Mention mention : mentions) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", mention.start());
            x.put("end", mention.end());
            x.put("kind", mention.kind().name());
            x.put("cases", mention.caseNumbers());
            x.put("text", doc.text().substring(mention.start(), mention.end()));
            kring.add(x);
        }
        m.put("gold", gold);
        m.put("traps", traps);
        m.put("kring", kring);
        return m;
    }

    private static void count(EvalCorpus.Doc doc, List<Mention> mentions, int[] into) {
        for (EvalCorpus.Gold g : doc.gold()) {
            into[0]++;
            if (PseudonymEvaluationTest.covered(doc.text(), g.start(), g.end(), mentions)) {
                into[1]++;
            }
        }
        for (EvalCorpus.Trap t : doc.traps()) {
            into[2]++;
            if (mentions.stream().noneMatch(m -> m.start() < t.end() && m.end() > t.start())) {
                into[3]++;
            }
        }
    }

    private static boolean coveredBy(String text, int s, int e, List<int[]> spans) {
        for (int i = s; i < e; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            final int at = i;
            if (spans.stream().noneMatch(x -> x[0] <= at && at < x[1])) {
                return false;
            }
        }
        return true;
    }

    /** Kring's speed on the concatenated evaluation text: medians of thread CPU and wall time; not asserted. */
    private static Map<String, Object> speed(Recognizer recognizer, String text) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = 30;
        int runs = 31;
        for (int i = 0; i < warm; i++) {
            recognizer.recognize(text);
        }
        long[] cpu = new long[runs];
        long[] wall = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            recognizer.recognize(text);
            wall[i] = System.nanoTime() - w0;
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chars", text.length());
        m.put("clients", EvalCorpus.clients().clients().size());
        m.put("runs", runs);
        m.put("cpuNanosMedian", cpu[runs / 2]);
        m.put("wallNanosMedian", wall[runs / 2]);
        m.put("charsPerSecondCpu", text.length() / (cpu[runs / 2] / 1e9));
        m.put("charsPerSecondWall", text.length() / (wall[runs / 2] / 1e9));
        m.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        m.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.version"));
        return m;
    }
}
