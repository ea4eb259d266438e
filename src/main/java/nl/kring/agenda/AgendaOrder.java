package nl.kring.agenda;

import java.util.List;

/**
 * An order proposed by {@link AgendaOptimizer}.
 *
 * @param order         the items as indices into the chair's order: {@code order.get(0)} is the chair-order index of
 *                      the item to discuss first
 * @param visits        the visits of this order (sum over partners of their maximal runs of consecutive items)
 * @param chairVisits   the visits of the chair's order, for "from N to M visits"
 * @param displacement  pairs of items whose relative order differs from the chair's (Kendall tau distance)
 * @param provenOptimal true when no order has fewer visits: always for the exact solver; for the heuristic only when
 *                      it reached the lower bound (every partner exactly one visit)
 */
public record AgendaOrder(List<Integer> order, int visits, int chairVisits, int displacement,
                          boolean provenOptimal) {
    public AgendaOrder {
        order = List.copyOf(order);
    }

    public boolean changed() {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return true;
            }
        }
        return false;
    }
}
