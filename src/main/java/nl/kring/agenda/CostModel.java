package nl.kring.agenda;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agenda as numbers. {@code size[i]} is the number of partners in item i's kring and {@code overlap[i][j]} the
 * number in both i's and j's. A partner starts a new visit at an item it is in when it was not in the item before,
 * so the visits of an order o are {@code size[o0] + sum (size[o_t] - overlap[o_t-1][o_t])}: the sum of all sizes
 * minus the overlaps of neighbours. Fewest visits = largest total neighbour overlap (a symmetric path problem).
 */
final class CostModel {
    final int n;
    final int[] size;
    final int[][] overlap;
    final int totalSize;
    final int partners;

    private CostModel(int[] size, int[][] overlap, int partners) {
        this.n = size.length;
        this.size = size;
        this.overlap = overlap;
        this.partners = partners;
        int total = 0;
        for (int s : size) {
            total += s;
        }
        this.totalSize = total;
    }

    static CostModel of(List<? extends Collection<String>> krings) {
        Map<String, Integer> index = new HashMap<>();
        for (Collection<String> k : krings) {
            for (String p : k) {
                index.putIfAbsent(p, index.size());
            }
        }
        int words = Math.max(1, (index.size() + 63) / 64);
        int n = krings.size();
        long[][] bits = new long[n][words];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            for (String p : krings.get(i)) {
                int b = index.get(p);
                bits[i][b >>> 6] |= 1L << (b & 63);
            }
            for (long w : bits[i]) {
                size[i] += Long.bitCount(w);
            }
        }
        int[][] overlap = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                int o = 0;
                for (int w = 0; w < words; w++) {
                    o += Long.bitCount(bits[i][w] & bits[j][w]);
                }
                overlap[i][j] = o;
                overlap[j][i] = o;
            }
        }
        return new CostModel(size, overlap, index.size());
    }

    /** Visits of entering item {@code next} right after item {@code prev} (prev < 0: at the start). */
    int step(int prev, int next) {
        return prev < 0 ? size[next] : size[next] - overlap[prev][next];
    }

    int visits(int[] order) {
        int v = 0;
        int prev = -1;
        for (int i : order) {
            v += step(prev, i);
            prev = i;
        }
        return v;
    }

    /** Pairs of items in the order whose relative order differs from the chair's (Kendall tau distance). */
    static int displacement(int[] order) {
        int inv = 0;
        for (int a = 0; a < order.length; a++) {
            for (int b = a + 1; b < order.length; b++) {
                if (order[a] > order[b]) {
                    inv++;
                }
            }
        }
        return inv;
    }
}
