package nl.kring.agenda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Orders agenda items so that partners enter and leave the room as few times as possible. Pure and deterministic:
 * the same krings in the same chair order give the same answer.
 *
 * <h2>Objective and tie rule</h2>
 * A partner's <em>visits</em> are the maximal runs of consecutive items whose kring includes it; the optimiser
 * minimises their sum N. Among orders with the fewest visits it keeps the chair's order as far as possible: it takes
 * the one with the fewest <em>displaced pairs</em> (pairs of items discussed in the opposite relative order from the
 * chair's, the Kendall tau distance), and among those the lexicographically smallest sequence of chair positions. So
 * an optimal chair order is returned unchanged, and an item only moves when that saves visits.
 *
 * <h2>Algorithms</h2>
 * Up to {@link #exactLimit()} items (default {@value #DEFAULT_EXACT_LIMIT}): exact dynamic programming over
 * (set of items already discussed, last item) with the cost (visits, displaced pairs), and a lexicographically
 * smallest reconstruction: the answer follows the tie rule exactly. Beyond: greedy starts plus iterated local search
 * (segment reversal, moving segments of 1-3 items, double-bridge kicks; seeded, so deterministic), then a tie
 * polish: block moves and reversals that keep the visits and reduce the displaced pairs. The heuristic never
 * returns more visits than the chair's order; its tie rule is best effort (a local optimum of the same key).
 */
public final class AgendaOptimizer {
    public static final int DEFAULT_EXACT_LIMIT = 16;
    /** Iterated-local-search kicks per item; on 40-item agendas the results stop improving at about 30. */
    public static final int DEFAULT_KICKS_PER_ITEM = 40;
    /** Above this the DP table no longer fits comfortably (n * 2^n ints). */
    public static final int MAX_EXACT_LIMIT = 18;
    private static final long SEED = 0x4B52494E47L; // "KRING"
    /** Items re-solved exactly at a time by the heuristic's window polish. */
    static final int WINDOW = 12;

    private final int exactLimit;
    private final int kicksPerItem;

    private AgendaOptimizer(int exactLimit, int kicksPerItem) {
        this.exactLimit = exactLimit;
        this.kicksPerItem = kicksPerItem;
    }

    public static AgendaOptimizer standard() {
        return new AgendaOptimizer(DEFAULT_EXACT_LIMIT, DEFAULT_KICKS_PER_ITEM);
    }

    /** Exact up to {@code limit} items (0..{@value #MAX_EXACT_LIMIT}); 0 forces the heuristic (for tests). */
    public AgendaOptimizer withExactLimit(int limit) {
        if (limit < 0 || limit > MAX_EXACT_LIMIT) {
            throw new IllegalArgumentException("exact limit must be 0.." + MAX_EXACT_LIMIT + ", was " + limit);
        }
        return new AgendaOptimizer(limit, kicksPerItem);
    }

    /** Iterated-local-search effort: kicks per item (default {@value #DEFAULT_KICKS_PER_ITEM}). */
    public AgendaOptimizer withKicksPerItem(int kicks) {
        if (kicks < 0) {
            throw new IllegalArgumentException("kicks must be >= 0");
        }
        return new AgendaOptimizer(exactLimit, kicks);
    }

    public int exactLimit() {
        return exactLimit;
    }

    /** The visits of the items in the given order (each element the kring of one item: partner ids). */
    public static int visits(List<? extends Collection<String>> kringsInOrder) {
        CostModel m = CostModel.of(kringsInOrder);
        int[] identity = new int[m.n];
        Arrays.setAll(identity, i -> i);
        return m.visits(identity);
    }

    /** The visits of {@code order} (indices into {@code krings}). */
    public static int visits(List<? extends Collection<String>> krings, List<Integer> order) {
        List<Collection<String>> reordered = new ArrayList<>(order.size());
        for (int i : order) {
            reordered.add(krings.get(i));
        }
        return visits(reordered);
    }

    /**
     * @param krings the kring (partner ids) of each item, in the chair's order
     */
    public AgendaOrder optimize(List<? extends Collection<String>> krings) {
        CostModel m = CostModel.of(krings);
        int[] chair = new int[m.n];
        Arrays.setAll(chair, i -> i);
        int chairVisits = m.visits(chair);
        if (m.n <= 1) {
            return result(m, chair, chairVisits, true);
        }
        if (m.n <= exactLimit) {
            return result(m, exact(m), chairVisits, true);
        }
        int[] order = heuristic(m, chair);
        return result(m, order, chairVisits, m.visits(order) == m.partners);
    }

    private static AgendaOrder result(CostModel m, int[] order, int chairVisits, boolean proven) {
        List<Integer> list = new ArrayList<>(order.length);
        for (int i : order) {
            list.add(i);
        }
        return new AgendaOrder(list, m.visits(order), chairVisits, CostModel.displacement(order), proven);
    }

    // -------------------------------------------------------------------------------------------------------------
    // exact

    static int[] exact(CostModel m) {
        int[] all = new int[m.n];
        Arrays.setAll(all, i -> i);
        return exactWindow(m, all, -1, -1);
    }

    /**
     * The best order of the items {@code ids} (ascending chair indices) between the item {@code before} and the item
     * {@code after} (-1: none), by (visits, displaced pairs among {@code ids}), lexicographically smallest among
     * equals. Pairs with items outside the window do not change when the window is reordered in place.
     *
     * <p>g[mask * n + j] = least cost of discussing the window items not in {@code mask} (and then entering
     * {@code after}) after exactly {@code mask}, the last of them j. Cost = visits * W + displaced pairs, W larger
     * than any number of pairs, so visits come first. Appending k after the set S adds the pairs (s, k), s in S,
     * s > k.
     */
    static int[] exactWindow(CostModel m, int[] ids, int before, int after) {
        int n = ids.length;
        if (n == 0) {
            return ids.clone();
        }
        long w = (long) n * (n - 1) / 2 + 1;
        if ((long) (m.totalSize + 1) * w > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("agenda too large for the exact solver");
        }
        int weight = (int) w;
        int full = (1 << n) - 1;
        int[] g = new int[(full + 1) * n];
        int[][] step = new int[n][n];
        int[] first = new int[n];
        int[] last = new int[n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                step[j][k] = m.step(ids[j], ids[k]) * weight;
            }
            first[j] = m.step(before, ids[j]) * weight;
            last[j] = after < 0 ? 0 : m.step(ids[j], after) * weight;
        }
        for (int js = full; js != 0; js &= js - 1) {
            int j = Integer.numberOfTrailingZeros(js);
            g[full * n + j] = last[j];
        }
        int[] next = new int[n];
        int[] follow = new int[n];
        for (int mask = full - 1; mask >= 1; mask--) {
            // what follows k does not depend on j: gather it once per mask
            int count = 0;
            for (int ks = full & ~mask; ks != 0; ks &= ks - 1) {
                int k = Integer.numberOfTrailingZeros(ks);
                next[count] = k;
                follow[count++] = Integer.bitCount(mask >>> (k + 1)) + g[(mask | (1 << k)) * n + k];
            }
            int base = mask * n;
            for (int js = mask; js != 0; js &= js - 1) {
                int j = Integer.numberOfTrailingZeros(js);
                int best = Integer.MAX_VALUE;
                int[] sj = step[j];
                for (int c = 0; c < count; c++) {
                    int v = sj[next[c]] + follow[c];
                    if (v < best) {
                        best = v;
                    }
                }
                g[base + j] = best;
            }
        }
        // lexicographically smallest reconstruction among the optimal orders
        int remaining = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            remaining = Math.min(remaining, first[i] + g[(1 << i) * n + i]);
        }
        int[] order = new int[n];
        int mask = 0;
        int prev = -1;
        for (int pos = 0; pos < n; pos++) {
            for (int k = 0; k < n; k++) {
                if ((mask & (1 << k)) != 0) {
                    continue;
                }
                int add = (prev < 0 ? first[k] : step[prev][k]) + Integer.bitCount(mask >>> (k + 1));
                int after2 = mask | (1 << k);
                int tail = g[after2 * n + k];
                if (add + tail == remaining) {
                    order[pos] = ids[k];
                    remaining = tail;
                    mask = after2;
                    prev = k;
                    break;
                }
            }
        }
        return order;
    }

    /**
     * Large-neighbourhood polish: re-solves windows of up to {@code window} consecutive items exactly (their
     * neighbours outside fixed), sliding by half a window, until a whole sweep changes nothing. Every change lowers
     * (visits, displaced pairs, lexicographic order) of the whole agenda, so it ends.
     */
    static boolean windowPolish(CostModel m, int[] o, int window) {
        int n = o.length;
        int size = Math.min(window, n);
        int stride = Math.max(1, size / 2);
        boolean changedAny = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int from = 0; from < n; from += stride) {
                int to = Math.min(n, from + size);
                int[] ids = Arrays.copyOfRange(o, from, to);
                Arrays.sort(ids);
                int[] best = exactWindow(m, ids, from > 0 ? o[from - 1] : -1, to < n ? o[to] : -1);
                if (!Arrays.equals(best, 0, best.length, o, from, to)) {
                    System.arraycopy(best, 0, o, from, best.length);
                    changed = true;
                    changedAny = true;
                }
                if (to == n) {
                    break;
                }
            }
        }
        return changedAny;
    }

    // -------------------------------------------------------------------------------------------------------------
    // heuristic

    private int[] heuristic(CostModel m, int[] chair) {
        int n = m.n;
        SplittableRandom random = new SplittableRandom(SEED);
        int[] best = chair.clone();
        localSearch(m, best);
        best = better(m, best, chair);
        for (int start = 0; start < n; start++) {
            int[] greedy = greedy(m, start);
            localSearch(m, greedy);
            best = better(m, best, greedy);
        }
        int lowerBound = m.partners;
        int[] current = best.clone();
        int currentVisits = m.visits(current);
        int kicks = kicksPerItem * n;
        for (int kick = 0; kick < kicks && m.visits(best) > lowerBound; kick++) {
            int[] next = current.clone();
            doubleBridge(next, random);
            localSearch(m, next);
            int v = m.visits(next);
            if (v <= currentVisits) {
                current = next;
                currentVisits = v;
            }
            best = better(m, best, next);
        }
        do {
            polish(m, best);
        } while (windowPolish(m, best, WINDOW));
        return best;
    }

    /** The better of two orders: fewer visits, then fewer displaced pairs, then lexicographically smaller. */
    private static int[] better(CostModel m, int[] a, int[] b) {
        int va = m.visits(a);
        int vb = m.visits(b);
        if (va != vb) {
            return va < vb ? a : b;
        }
        int da = CostModel.displacement(a);
        int db = CostModel.displacement(b);
        if (da != db) {
            return da < db ? a : b;
        }
        return Arrays.compare(a, b) <= 0 ? a : b;
    }

    /** From {@code start}, always the item that brings the fewest new partners in (ties: most overlap, then chair order). */
    private static int[] greedy(CostModel m, int start) {
        int n = m.n;
        int[] order = new int[n];
        boolean[] used = new boolean[n];
        order[0] = start;
        used[start] = true;
        for (int pos = 1; pos < n; pos++) {
            int last = order[pos - 1];
            int pick = -1;
            for (int k = 0; k < n; k++) {
                if (used[k]) {
                    continue;
                }
                if (pick < 0 || m.step(last, k) < m.step(last, pick)
                        || (m.step(last, k) == m.step(last, pick) && m.overlap[last][k] > m.overlap[last][pick])) {
                    pick = k;
                }
            }
            order[pos] = pick;
            used[pick] = true;
        }
        return order;
    }

    private static int w(CostModel m, int a, int b) {
        return a < 0 || b < 0 ? 0 : m.overlap[a][b];
    }

    /** First-improvement local search on neighbour overlap: 2-opt reversals and or-opt segment moves. */
    static void localSearch(CostModel m, int[] o) {
        int n = o.length;
        boolean improved = true;
        while (improved) {
            improved = false;
            // reverse o[i..j]
            for (int i = 0; i < n - 1 && !improved; i++) {
                int before = i > 0 ? o[i - 1] : -1;
                for (int j = i + 1; j < n; j++) {
                    int after = j < n - 1 ? o[j + 1] : -1;
                    int gain = w(m, before, o[j]) + w(m, o[i], after) - w(m, before, o[i]) - w(m, o[j], after);
                    if (gain > 0) {
                        reverse(o, i, j);
                        improved = true;
                        break;
                    }
                }
            }
            if (improved) {
                continue;
            }
            // move o[i..i+len-1], possibly reversed, elsewhere
            for (int len = 1; len <= 3 && !improved; len++) {
                for (int i = 0; i + len <= n && !improved; i++) {
                    improved = moveSegment(m, o, i, len);
                }
            }
        }
    }

    private static boolean moveSegment(CostModel m, int[] o, int i, int len) {
        int n = o.length;
        int s = o[i];
        int e = o[i + len - 1];
        int prev = i > 0 ? o[i - 1] : -1;
        int next = i + len < n ? o[i + len] : -1;
        int removeGain = w(m, prev, next) - w(m, prev, s) - w(m, e, next);
        int[] rest = new int[n - len];
        System.arraycopy(o, 0, rest, 0, i);
        System.arraycopy(o, i + len, rest, i, n - i - len);
        // insert between rest[q-1] and rest[q], q = 0..rest.length
        for (int q = 0; q <= rest.length; q++) {
            if (q == i) {
                continue; // where it was
            }
            int a = q > 0 ? rest[q - 1] : -1;
            int b = q < rest.length ? rest[q] : -1;
            int base = removeGain - w(m, a, b);
            boolean forward = base + w(m, a, s) + w(m, e, b) > 0;
            boolean backward = !forward && len > 1 && base + w(m, a, e) + w(m, s, b) > 0;
            if (forward || backward) {
                int[] seg = Arrays.copyOfRange(o, i, i + len);
                if (backward) {
                    reverse(seg, 0, len - 1);
                }
                System.arraycopy(rest, 0, o, 0, q);
                System.arraycopy(seg, 0, o, q, len);
                System.arraycopy(rest, q, o, q + len, rest.length - q);
                return true;
            }
        }
        return false;
    }

    private static void doubleBridge(int[] o, SplittableRandom random) {
        int n = o.length;
        if (n < 4) {
            reverse(o, 0, n - 1);
            return;
        }
        int a = 1 + random.nextInt(n - 2);
        int b = 1 + random.nextInt(n - 2);
        int c = 1 + random.nextInt(n - 2);
        int[] cuts = {a, b, c};
        Arrays.sort(cuts);
        a = cuts[0];
        b = Math.max(cuts[1], a + 1);
        c = Math.max(cuts[2], b + 1);
        if (c >= n) {
            reverse(o, a, n - 1);
            return;
        }
        // A = [0,a) B = [a,b) C = [b,c) D = [c,n)  ->  A C B D
        int[] copy = o.clone();
        int p = a;
        for (int k = b; k < c; k++) {
            o[p++] = copy[k];
        }
        for (int k = a; k < b; k++) {
            o[p++] = copy[k];
        }
    }

    /**
     * Tie polish: local search on (visits, displaced pairs). Moves: a block of consecutive items (any length) to
     * any other place, keeping its inner order; reversing a stretch. A move is taken when it saves visits, or keeps
     * them and lowers the displaced pairs. Each move lowers that pair, so it ends.
     */
    static void polish(CostModel m, int[] o) {
        while (polishBlockMove(m, o) || polishReversal(m, o)) {
            // again, until no move improves
        }
    }

    private static boolean better(int gain, int invDelta) {
        return gain > 0 || (gain == 0 && invDelta < 0);
    }

    private static boolean polishBlockMove(CostModel m, int[] o) {
        int n = o.length;
        for (int len = 1; len < n; len++) {
            for (int i = 0; i + len <= n; i++) {
                int s = o[i];
                int e = o[i + len - 1];
                int prev = i > 0 ? o[i - 1] : -1;
                int next = i + len < n ? o[i + len] : -1;
                int removeGain = w(m, prev, next) - w(m, prev, s) - w(m, e, next);
                // to the left: the block goes before o[q], q = i-1 .. 0
                int invDelta = 0;
                for (int q = i - 1; q >= 0; q--) {
                    int b = o[q];
                    invDelta += len - 2 * smaller(o, i, len, b);
                    int a = q > 0 ? o[q - 1] : -1;
                    int gain = removeGain + w(m, a, s) + w(m, e, b) - w(m, a, b);
                    if (better(gain, invDelta)) {
                        int[] block = Arrays.copyOfRange(o, i, i + len);
                        System.arraycopy(o, q, o, q + len, i - q);
                        System.arraycopy(block, 0, o, q, len);
                        return true;
                    }
                }
                // to the right: the block goes after o[q], q = i+len .. n-1
                invDelta = 0;
                for (int q = i + len; q < n; q++) {
                    int b = o[q];
                    invDelta += 2 * smaller(o, i, len, b) - len;
                    int c = q < n - 1 ? o[q + 1] : -1;
                    int gain = removeGain + w(m, b, s) + w(m, e, c) - w(m, b, c);
                    if (better(gain, invDelta)) {
                        int[] block = Arrays.copyOfRange(o, i, i + len);
                        System.arraycopy(o, i + len, o, i, q - i - len + 1);
                        System.arraycopy(block, 0, o, q - len + 1, len);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many of o[from .. from+len-1] are smaller than {@code value}. */
    private static int smaller(int[] o, int from, int len, int value) {
        int c = 0;
        for (int k = from; k < from + len; k++) {
            if (o[k] < value) {
                c++;
            }
        }
        return c;
    }

    private static boolean polishReversal(CostModel m, int[] o) {
        int n = o.length;
        for (int i = 0; i < n - 1; i++) {
            int before = i > 0 ? o[i - 1] : -1;
            int inversions = 0;
            for (int j = i + 1; j < n; j++) {
                for (int k = i; k < j; k++) {
                    if (o[k] > o[j]) {
                        inversions++;
                    }
                }
                int pairs = (j - i + 1) * (j - i) / 2;
                int after = j < n - 1 ? o[j + 1] : -1;
                int gain = w(m, before, o[j]) + w(m, o[i], after) - w(m, before, o[i]) - w(m, o[j], after);
                if (better(gain, pairs - 2 * inversions)) {
                    reverse(o, i, j);
                    return true;
                }
            }
        }
        return false;
    }

    private static void reverse(int[] o, int i, int j) {
        while (i < j) {
            int t = o[i];
            o[i++] = o[j];
            o[j--] = t;
        }
    }
}
