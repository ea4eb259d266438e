package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Recall, preservation and wrong-case assignments on the annotated evaluation minutes. Prints a table
 * per variant type and per trap type. Fails below recall 0.99 (0.995 on the held-out files), preservation 0.98 on
 * the development files or 0.99 on the held-out files, or on any mention assigned to the wrong case.
 */
class PseudonymEvaluationTest {

    static final class Row {
        int n;
        int hit;
        int wrong;
        int ambiguous;
        int role;
    }

    @Test
    void evaluationSet() {
        Recognizer recognizer = EvalCorpus.recognizer();
        Map<String, Row> variants = new TreeMap<>();
        Map<String, Row> trapRows = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> wrongs = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> unflagged = new ArrayList<>();
        List<String> allSuspects = new ArrayList<>();
        int totalGold = 0;
        int totalHit = 0;
        int totalWrong = 0;
        int totalTraps = 0;
        int totalKept = 0;
        int persons = 0;
        int personsFlagged = 0;
        int mentionsPredicted = 0;
        int suspectsReported = 0;
        Map<String, int[]> perFile = new TreeMap<>(); // gold, found, traps, kept
        for (EvalCorpus.Doc doc : EvalCorpus.docs()) {
            Recognition rec = recognizer.recognize(doc.text());
            mentionsPredicted += rec.mentions().size();
            suspectsReported += rec.suspects().size();
            rec.suspects().forEach(s -> allSuspects.add(doc.name() + " «" + s.text() + "» " + s.reason()));
            for (EvalCorpus.Gold g : doc.gold()) {
                Row row = variants.computeIfAbsent(g.variant(), k -> new Row());
                row.n++;
                totalGold++;
                boolean covered = covered(doc.text(), g.start(), g.end(), rec.mentions());
                boolean wrong = false;
                boolean ambiguous = false;
                boolean roleOk = true;
                for (Mention m : rec.mentions()) {
                    if (m.start() < g.end() && m.end() > g.start()) {
                        if (!m.caseNumbers().contains(g.caseNumber())) {
                            wrong = true;
                        }
                        ambiguous |= m.ambiguous();
                        boolean relOk = m.targets().stream().anyMatch(t -> t.caseNumber().equals(g.caseNumber())
                                && (g.relation() == null ? t.isClient() : g.relation().equals(t.relation())));
                        roleOk &= relOk || m.kind() != Kind.CLIENT_NAME && m.kind() != Kind.RELATIVE_NAME;
                    }
                }
                int[] pf = perFile.computeIfAbsent(g.file(), k -> new int[4]);
                pf[0]++;
                if (covered) {
                    pf[1]++;
                    row.hit++;
                    totalHit++;
                } else {
                    misses.add(g.file() + " " + g.variant() + " " + g.caseNumber() + " «" + g.text() + "» → "
                            + context(doc.text(), g.start(), g.end(), rec));
                }
                if (wrong) {
                    row.wrong++;
                    totalWrong++;
                    wrongs.add(g.file() + " " + g.variant() + " «" + g.text() + "» gold " + g.caseNumber() + " → "
                            + context(doc.text(), g.start(), g.end(), rec));
                }
                if (ambiguous) {
                    row.ambiguous++;
                }
                if (covered && !roleOk) {
                    row.role++;
                }
            }
            for (EvalCorpus.Trap t : doc.traps()) {
                Row row = trapRows.computeIfAbsent(t.type(), k -> new Row());
                row.n++;
                totalTraps++;
                boolean touched = rec.mentions().stream().anyMatch(m -> m.start() < t.end() && m.end() > t.start());
                int[] pf = perFile.computeIfAbsent(t.file(), k -> new int[4]);
                pf[2]++;
                if (!touched) {
                    pf[3]++;
                    row.hit++;
                    totalKept++;
                } else {
                    broken.add(t.file() + " " + t.type() + " «" + t.text() + "» → " + context(doc.text(), t.start(), t.end(), rec));
                }
                if (t.type().equals("PERSON")) {
                    persons++;
                    if (rec.suspects().stream().anyMatch(s -> s.start() < t.end() && s.end() > t.start())) {
                        personsFlagged++;
                    } else {
                        unflagged.add(t.file() + " «" + t.text() + "»");
                    }
                }
            }
            for (Mention m : rec.mentions()) {
                boolean onGold = doc.gold().stream().anyMatch(g -> m.start() < g.end() && m.end() > g.start());
                boolean onTrap = doc.traps().stream().anyMatch(t -> m.start() < t.end() && m.end() > t.start());
                if (!onGold && !onTrap) {
                    spurious.add(doc.name() + " «" + doc.text().substring(m.start(), m.end()) + "» as " + m.marker());
                }
            }
        }

        StringBuilder out = new StringBuilder("\nPseudonymisation evaluation (" + EvalCorpus.FILES.size() + " minutes)\n");
        out.append(String.format(Locale.ROOT, "%-12s %5s %5s %8s %6s %6s %6s%n", "variant", "n", "found", "recall",
                "wrong", "ambig", "role"));
        variants.forEach((k, r) -> out.append(String.format(Locale.ROOT, "%-12s %5d %5d %8.3f %6d %6d %6d%n", k, r.n,
                r.hit, r.hit / (double) r.n, r.wrong, r.ambiguous, r.role)));
        out.append(String.format(Locale.ROOT, "%-12s %5d %5d %8.3f %6d%n", "ALL", totalGold, totalHit,
                totalHit / (double) totalGold, totalWrong));
        out.append(String.format(Locale.ROOT, "%n%-12s %5s %5s %8s%n", "trap", "n", "kept", "preserv."));
        trapRows.forEach((k, r) -> out.append(String.format(Locale.ROOT, "%-12s %5d %5d %8.3f%n", k, r.n, r.hit,
                r.hit / (double) r.n)));
        out.append(String.format(Locale.ROOT, "%-12s %5d %5d %8.3f%n", "ALL", totalTraps, totalKept,
                totalKept / (double) totalTraps));
        out.append(String.format(Locale.ROOT, "%n%-16s %5s %8s %5s %8s%n", "file", "gold", "recall", "traps", "preserv."));
        perFile.forEach((f, v) -> out.append(String.format(Locale.ROOT, "%-16s %5d %8.3f %5d %8.3f%s%n", f, v[0],
                v[1] / (double) v[0], v[2], v[3] / (double) v[2], EvalCorpus.HELD_OUT.contains(f) ? "  (held out)" : "")));
        int[][] sums = new int[2][];
        for (boolean held : new boolean[] {false, true}) {
            int[] sum = new int[4];
            sums[held ? 1 : 0] = sum;
            perFile.forEach((f, v) -> {
                if (EvalCorpus.HELD_OUT.contains(f) == held) {
                    for (int x = 0; x < 4; x++) {
                        sum[x] += v[x];
                    }
                }
            });
            out.append(String.format(Locale.ROOT, "%-16s %5d %8.3f %5d %8.3f%n", held ? "HELD OUT" : "DEVELOPMENT",
                    sum[0], sum[1] / (double) sum[0], sum[2], sum[3] / (double) sum[2]));
        }
        out.append(String.format(Locale.ROOT, "%nmentions predicted %d, outside any annotation %d; suspects %d, "
                + "unknown persons flagged %d/%d%n", mentionsPredicted, spurious.size(), suspectsReported,
                personsFlagged, persons));
        misses.forEach(s -> out.append("MISS   ").append(s).append('\n'));
        wrongs.forEach(s -> out.append("WRONG  ").append(s).append('\n'));
        broken.forEach(s -> out.append("BROKEN ").append(s).append('\n'));
        spurious.forEach(s -> out.append("EXTRA  ").append(s).append('\n'));
        unflagged.forEach(s -> out.append("UNFLAGGED ").append(s).append('\n'));
        if (Boolean.getBoolean("kring.eval.verbose")) {
            allSuspects.forEach(s -> out.append("SUSPECT ").append(s).append('\n'));
        }
        System.out.println(out);

        assertThat(totalGold).isGreaterThanOrEqualTo(300);
        assertThat(totalTraps).isGreaterThanOrEqualTo(150);
        assertThat(totalWrong).as("wrong-case assignments").isZero();
        assertThat(totalHit / (double) totalGold).as("recall").isGreaterThanOrEqualTo(0.99);
        // ordinary text kept: development as before; the held-out files (harder, written to find weak spots) at the
        // issue's goal of 0.99 since the third round (0.996 then; docs/pseudonymisation.md, "Evaluation")
        assertThat(sums[0][3] / (double) sums[0][2]).as("preservation, development").isGreaterThanOrEqualTo(0.98);
        assertThat(sums[1][3] / (double) sums[1][2]).as("preservation, held out").isGreaterThanOrEqualTo(0.99);
        assertThat(sums[1][1] / (double) sums[1][0]).as("recall, held out").isGreaterThanOrEqualTo(0.995);
    }

    /** Every letter and digit of the gold span lies inside a predicted mention. */
    static boolean covered(String text, int s, int e, List<Mention> mentions) {
        for (int i = s; i < e; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            boolean in = false;
            for (Mention m : mentions) {
                if (m.start() <= i && i < m.end()) {
                    in = true;
                    break;
                }
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    private static String context(String text, int s, int e, Recognition rec) {
        StringBuilder sb = new StringBuilder();
        for (Mention m : rec.mentions()) {
            if (m.start() < e + 20 && m.end() > s - 20) {
                sb.append('«').append(text, m.start(), m.end()).append("»=").append(m.marker()).append(' ');
            }
        }
        int a = Math.max(0, s - 30);
        int b = Math.min(text.length(), e + 30);
        return sb + "| …" + text.substring(a, b).replace('\n', '⏎') + "…";
    }
}
