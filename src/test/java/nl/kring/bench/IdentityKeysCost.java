package nl.kring.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.kring.demo.DemoData;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.interchange.Interchange;
import nl.kring.interchange.InterchangeReader;
import nl.kring.pseudonym.IdentityKeys;

/**
 * The CPU cost of {@link IdentityKeys#of} per case and {@link IdentityKeys#in} per meeting's texts (issue 17), in one
 * JVM: the first pass (what a cold {@code kring-cli import} pays) and the median of later passes. A print, not a test.
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) nl.kring.bench.IdentityKeysCost [SCALE]</pre>
 */
public final class IdentityKeysCost {

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        byte[] json = new ObjectMapper().writeValueAsBytes(VaultData.generate(scale, new Random(42)));
        Interchange data = InterchangeReader.read(new ByteArrayInputStream(json), VaultData.LAST_MEETING.plusDays(5));
        Meeting last = data.meetings().stream().max(Comparator.comparing(Meeting::date)).orElseThrow();
        run("bench " + scale + "x", data.cases(), IdentityKeysSelectionTest.texts(last));
        Interchange demo = DemoData.demoData();
        Meeting demoLast = demo.meetings().stream().max(Comparator.comparing(Meeting::date)).orElseThrow();
        run("demo", demo.cases(), IdentityKeysSelectionTest.texts(demoLast));
    }

    private static void run(String name, List<CaseFile> cases, List<String> texts) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int passes = 15;
        long[] of = new long[passes];
        long[] in = new long[passes];
        long keys = 0;
        for (int p = 0; p < passes; p++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            for (CaseFile c : cases) {
                keys += IdentityKeys.of(c).length;
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            int textKeys = IdentityKeys.in(texts).length;
            long c2 = cpu.getCurrentThreadCpuTime();
            of[p] = c1 - c0;
            in[p] = c2 - c1;
            if (p == 0) {
                System.out.printf(Locale.ROOT, "%s: %d cases, %.0f keys per case; %d texts (%d chars), %d text keys%n",
                        name, cases.size(), keys / (double) cases.size(), texts.size(),
                        texts.stream().mapToInt(String::length).sum(), textKeys);
            }
        }
        long[] ofLater = Arrays.copyOfRange(of, 1, passes);
        long[] inLater = Arrays.copyOfRange(in, 1, passes);
        Arrays.sort(ofLater);
        Arrays.sort(inLater);
        System.out.printf(Locale.ROOT, "%s: of() first pass %.1f ms (%.0f µs/case), later median %.1f ms (%.0f µs/case);"
                        + " in() first %.1f ms, later median %.1f ms%n", name, of[0] / 1e6, of[0] / 1e3 / cases.size(),
                ofLater[ofLater.length / 2] / 1e6, ofLater[ofLater.length / 2] / 1e3 / cases.size(), in[0] / 1e6,
                inLater[inLater.length / 2] / 1e6);
    }
}
