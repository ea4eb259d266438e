package nl.kring.pseudonym.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import nl.kring.pseudonym.IncrementalRecognizer;
import nl.kring.pseudonym.KnownClient;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;

/**
 * JMH: whole-document recognition of a 10,000-word text with 50 and 500 clients, the naive regex
 * baseline on the same text, and re-recognition after one keystroke in a 2,000-word text (full and
 * incremental). Not a test: run it with {@link PseudonymBenchMain} or tools/bench/run-pseudonym-bench.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PseudonymBenchmark {

    @State(Scope.Benchmark)
    public static class Doc {
        @Param({"50", "500"})
        public int clients;

        public Recognizer recognizer;
        public NaiveRegexBaseline naive;
        public String text10k;
        public List<KnownClient> agenda;

        @Setup(Level.Trial)
        public void setUp() {
            agenda = BenchData.clients(clients, 42);
            recognizer = Recognizer.of(agenda);
            naive = new NaiveRegexBaseline(agenda);
            text10k = BenchData.minutes(agenda, 10_000, 7);
        }
    }

    @State(Scope.Thread)
    public static class Typing {
        @Param({"50"})
        public int clients;

        public Recognizer recognizer;
        public IncrementalRecognizer incremental;
        public String a;
        public String b;
        boolean flip;

        @Setup(Level.Trial)
        public void setUp() {
            List<KnownClient> agenda = BenchData.clients(clients, 42);
            recognizer = Recognizer.of(agenda);
            incremental = recognizer.incremental();
            a = BenchData.minutes(agenda, 2_000, 11);
            // one keystroke in the middle of the text
            int at = a.indexOf(' ', a.length() / 2);
            b = a.substring(0, at) + "x" + a.substring(at);
            incremental.update(a);
        }

        String next() {
            flip = !flip;
            return flip ? b : a;
        }
    }

    @Benchmark
    public Recognition recognize10kWords(Doc d) {
        return d.recognizer.recognize(d.text10k);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String naiveRegex10kWords(Doc d) {
        return d.naive.apply(d.text10k);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Recognizer buildRecognizer(Doc d) {
        return Recognizer.of(d.agenda);
    }

    @Benchmark
    public Recognition keystroke2kWordsFull(Typing t) {
        return t.recognizer.recognize(t.next());
    }

    @Benchmark
    public Recognition keystroke2kWordsIncremental(Typing t) {
        return t.incremental.update(t.next());
    }
}
