package nl.kring.agenda.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.kring.agenda.AgendaOptimizer;
import nl.kring.agenda.RandomAgendas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to optimise a realistic agenda (8-12 partners, krings of 2-6, GGD in 80 %; see {@link RandomAgendas}).
 * Each invocation optimises the same {@value #AGENDAS} different agendas, so the score is the mean per agenda.
 * Not a test: run with {@code org.openjdk.jmh.Main AgendaOptimizerBench} (see docs/agenda-optimiser.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AgendaOptimizerBench {
    static final int AGENDAS = 8;

    @Param({"12", "16", "40"})
    public int items;

    private final List<List<Set<String>>> agendas = new ArrayList<>();
    private final AgendaOptimizer optimizer = AgendaOptimizer.standard();

    @Setup
    public void setUp() {
        agendas.clear();
        for (int seed = 0; seed < AGENDAS; seed++) {
            agendas.add(RandomAgendas.agenda(7_000 + seed, items));
        }
    }

    @Benchmark
    @OperationsPerInvocation(AGENDAS)
    public int optimise() {
        int visits = 0;
        for (List<Set<String>> agenda : agendas) {
            visits += optimizer.optimize(agenda).visits();
        }
        return visits;
    }
}
