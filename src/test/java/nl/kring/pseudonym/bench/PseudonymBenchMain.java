package nl.kring.pseudonym.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import nl.kring.pseudonym.IncrementalRecognizer;
import nl.kring.pseudonym.KnownClient;
import nl.kring.pseudonym.Recognizer;

/**
 * Runs {@link PseudonymBenchmark} with short settings (2 cores) and prints throughput in chars/s and the
 * ratio to the naive baseline. Arguments: [forks] [warmup iterations] [measurement iterations] [seconds].
 */
public final class PseudonymBenchMain {

    /**
     * Thread CPU time per operation (median), in this JVM after warm-up: on a shared machine the
     * wall-clock figures above include time spent waiting for a core, this does not.
     */
    static void cpuTimes() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println();
        System.out.println("CPU time per operation (median of 200 after 300 warm-up; naive: median of 3 after 1 with 50 clients, one run with 500)");
        for (int clients : new int[] {50, 500}) {
            List<KnownClient> agenda = BenchData.clients(clients, 42);
            Recognizer r = Recognizer.of(agenda);
            String text = BenchData.minutes(agenda, 10_000, 7);
            double engine = median(mx, 300, 200, () -> r.recognize(text));
            System.out.printf(Locale.ROOT, "recognize10kWords       clients=%-4d %10.3f ms  = %,.0f chars/s%n", clients,
                    engine / 1e6, text.length() / (engine / 1e9));
            if (!Boolean.getBoolean("skipNaive")) {
                NaiveRegexBaseline naive = new NaiveRegexBaseline(agenda);
                double n = clients <= 50 ? median(mx, 1, 3, () -> naive.apply(text))
                        : median(mx, 0, 1, () -> naive.apply(text));
                System.out.printf(Locale.ROOT, "naiveRegex10kWords      clients=%-4d %10.3f ms  = %,.0f chars/s "
                        + "(%d regexes); engine %.0f× faster%n", clients, n / 1e6, text.length() / (n / 1e9),
                        naive.rules(), n / engine);
            }
        }
        List<KnownClient> agenda = BenchData.clients(50, 42);
        Recognizer r = Recognizer.of(agenda);
        String a = BenchData.minutes(agenda, 2_000, 11);
        int at = a.indexOf(' ', a.length() / 2);
        String b = a.substring(0, at) + "x" + a.substring(at);
        boolean[] flip = {false};
        double full = median(mx, 300, 200, () -> r.recognize((flip[0] = !flip[0]) ? a : b));
        IncrementalRecognizer live = r.incremental();
        double inc = median(mx, 300, 200, () -> live.update((flip[0] = !flip[0]) ? a : b));
        System.out.printf(Locale.ROOT, "keystroke2kWordsFull    clients=50   %10.3f ms%n", full / 1e6);
        System.out.printf(Locale.ROOT, "keystroke2kWordsIncr.   clients=50   %10.3f ms%n", inc / 1e6);
    }

    private static double median(ThreadMXBean mx, int warmup, int runs, Runnable op) {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            op.run();
            t[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("cpu")) {
            cpuTimes();
            return;
        }
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        String bench = PseudonymBenchmark.class.getName();
        Options engineOpts = new OptionsBuilder()
                .include(bench + ".(recognize|keystroke|build).*")
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .threads(1)
                .mode(Mode.SampleTime)
                .jvmArgs("-Xmx2g")
                .build();
        // the baseline takes seconds to minutes per operation: one warm-up, three measured operations
        Options naiveOpts = new OptionsBuilder()
                .include(bench + ".naive.*")
                .forks(forks)
                .warmupIterations(1)
                .warmupBatchSize(1)
                .measurementIterations(3)
                .measurementBatchSize(1)
                .mode(Mode.SingleShotTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .threads(1)
                .jvmArgs("-Xmx2g")
                .build();
        List<RunResult> results = new ArrayList<>(new Runner(engineOpts).run());
        if (!Boolean.getBoolean("skipNaive")) {
            results.addAll(new Runner(naiveOpts).run());
        }
        double[] engine = new double[2];
        double[] naive = new double[2];
        System.out.println();
        System.out.println("Summary (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ")");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String clients = r.getParams().getParam("clients");
            var stats = r.getPrimaryResult().getStatistics();
            // SampleTime: the median is robust to the time slices other processes take on a shared machine
            double score = stats.getN() > 3 && r.getParams().getMode() == Mode.SampleTime
                    ? stats.getPercentile(50) : r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            String unit = r.getPrimaryResult().getScoreUnit();
            String extra = "";
            if (name.endsWith("10kWords")) {
                List<KnownClient> agenda = BenchData.clients(Integer.parseInt(clients), 42);
                int chars = BenchData.minutes(agenda, 10_000, 7).length();
                double seconds1 = unit.startsWith("ms") ? score / 1e3 : unit.startsWith("s") ? score : score / 1e6;
                extra = String.format(Locale.ROOT, "  = %,.0f chars/s (%,d chars)", chars / seconds1, chars);
                int idx = clients.equals("50") ? 0 : 1;
                if (name.startsWith("recognize")) {
                    engine[idx] = seconds1;
                } else {
                    naive[idx] = seconds1;
                }
            }
            String spread = r.getParams().getMode() == Mode.SampleTime
                    ? String.format(Locale.ROOT, "median (mean %.3f, p90 %.3f)", r.getPrimaryResult().getScore(),
                    stats.getPercentile(90))
                    : String.format(Locale.ROOT, "± %.3f", err);
            System.out.printf(Locale.ROOT, "%-30s clients=%-4s %12.3f %s %s%s%n", name, clients, score, unit, spread,
                    extra);
        }
        cpuTimes();
        for (int i = 0; i < 2; i++) {
            if (engine[i] > 0 && naive[i] > 0) {
                System.out.printf(Locale.ROOT, "engine vs naive regex, %s clients: %.0f× faster%n", i == 0 ? "50" : "500",
                        naive[i] / engine[i]);
            }
        }
    }
}
