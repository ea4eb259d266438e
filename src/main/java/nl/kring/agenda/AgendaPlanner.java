package nl.kring.agenda;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;

/**
 * The optimiser applied to a {@link Meeting}: the items' krings come from their cases. The CLI's
 * {@code kring agenda --optimize} and the agenda screen call this.
 */
public final class AgendaPlanner {
    private AgendaPlanner() {
    }

    /** A meeting in its proposed order, with how it was found. */
    public record Plan(Meeting meeting, AgendaOrder order) {
    }

    /** Case number to kring (partner ids, in the case's order) for the given cases. */
    public static Map<String, List<String>> kringByCase(Collection<CaseFile> cases) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CaseFile c : cases) {
            out.put(c.number(), c.kring());
        }
        return out;
    }

    /**
     * The kring of each item of the meeting, in agenda order, without duplicate ids.
     *
     * @throws IllegalArgumentException naming the case when a case on the agenda has no kring in the map
     */
    public static List<List<String>> krings(Meeting meeting, Map<String, ? extends Collection<String>> kringByCase) {
        List<List<String>> out = new ArrayList<>(meeting.items().size());
        for (AgendaItem item : meeting.items()) {
            Collection<String> kring = kringByCase.get(item.caseNumber());
            if (kring == null) {
                throw new IllegalArgumentException("case " + item.caseNumber() + " is on the agenda of "
                        + meeting.date() + " but has no kring");
            }
            out.add(List.copyOf(new LinkedHashSet<>(kring)));
        }
        return out;
    }

    /** The visits of the meeting in its stored order. */
    public static int visits(Meeting meeting, Map<String, ? extends Collection<String>> kringByCase) {
        return AgendaOptimizer.visits(krings(meeting, kringByCase));
    }

    public static Plan optimize(Meeting meeting, Map<String, ? extends Collection<String>> kringByCase) {
        return optimize(meeting, kringByCase, AgendaOptimizer.standard());
    }

    public static Plan optimize(Meeting meeting, Map<String, ? extends Collection<String>> kringByCase,
                                AgendaOptimizer optimizer) {
        AgendaOrder order = optimizer.optimize(krings(meeting, kringByCase));
        return new Plan(reorder(meeting, order.order()), order);
    }

    /**
     * The meeting with its items in the given order ({@code order.get(i)} = current index of the item to put at i);
     * also for the chair's own moves in the UI.
     *
     * @throws IllegalArgumentException when {@code order} is not a permutation of the items
     */
    public static Meeting reorder(Meeting meeting, List<Integer> order) {
        Objects.requireNonNull(order, "order");
        int n = meeting.items().size();
        if (order.size() != n || order.stream().distinct().count() != n
                || order.stream().anyMatch(i -> i == null || i < 0 || i >= n)) {
            throw new IllegalArgumentException("not a reordering of " + n + " items: " + order);
        }
        List<AgendaItem> items = new ArrayList<>(n);
        for (int i : order) {
            items.add(meeting.items().get(i));
        }
        return new Meeting(meeting.date(), meeting.location(), meeting.start(), meeting.present(), items);
    }
}
