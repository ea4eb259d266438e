package nl.kring.pseudonym.bench;

import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import nl.kring.pseudonym.KnownClient;

/**
 * Runs {@link PseudonymBenchmark} with short settings (2 cores) and prints throughput in chars/s and the
 * ratio to the naive baseline. Arguments: [forks] [warmup iterations] [measurement iterations] [seconds].
 */
public final class PseudonymBenchMain {

    public static void main(String[] args) throws Exception {
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
                .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                .timeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
                .threads(1)
                .jvmArgs("-Xmx2g")
                .build();
        List<RunResult> results = new java.util.ArrayList<>(new Runner(engineOpts).run());
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
            double score = r.getPrimaryResult().getScore();
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
            System.out.printf(Locale.ROOT, "%-30s clients=%-4s %12.3f ± %.3f %s%s%n", name, clients, score, err, unit, extra);
        }
        for (int i = 0; i < 2; i++) {
            if (engine[i] > 0 && naive[i] > 0) {
                System.out.printf(Locale.ROOT, "engine vs naive regex, %s clients: %.0f× faster%n", i == 0 ? "50" : "500",
                        naive[i] / engine[i]);
            }
        }
    }
}
