package nl.kring.ui.meetingroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.kring.agenda.AgendaOptimizer;
import nl.kring.agenda.AgendaOrder;
import nl.kring.agenda.Schedule;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The exposure side of an agenda being planned: the live visits count (docs/product.md: a partner's visits are the runs of
 * consecutive items whose kring includes it), the optimiser's proposal with accept and undo, and the per-partner
 * schedule. Works on the agenda rows of the meetings screen, whatever their type, through three accessors.
 */
public final class AgendaPlanViewModel<T> {
    private final ScreenTasks tasks;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A proposal the chair has not yet accepted or undone: the order before it, for undo. */
    public record Proposal(int before, int after, List<?> previous, boolean wasDirty) {
    }

    /** One partner's line of the schedule. */
    public record ScheduleRow(String partnerId, String partner, String times, int visits) {
    }

    private final ObservableList<T> items;
    private final Function<T, String> caseNumber;
    private final Function<T, List<String>> kring;
    private final ToIntFunction<T> duration;
    private final ObservableValue<LocalTime> start;
    private final IntegerProperty visits = new SimpleIntegerProperty();
    private final ObjectProperty<Proposal> proposal = new SimpleObjectProperty<>();
    private final ObservableList<ScheduleRow> schedule = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Map<String, Partner> partners = Map.of();
    private BooleanProperty dirty = new SimpleBooleanProperty();
    private boolean applying;

    public AgendaPlanViewModel(TaskExecutor executor, ObservableList<T> items, Function<T, String> caseNumber, Function<T, List<String>> kring,
                               ToIntFunction<T> duration, ObservableValue<LocalTime> start) {
        this.tasks = new ScreenTasks(executor);
        this.items = items;
        this.caseNumber = caseNumber;
        this.kring = kring;
        this.duration = duration;
        this.start = start;
        items.addListener((ListChangeListener<T>) c -> {
            boolean moved = false;
            while (c.next()) {
                moved |= !c.wasUpdated();
            }
            if (moved && !applying) {
                // the chair changed the agenda by hand: the proposal no longer applies
                proposal.set(null);
                message.set("");
            }
            update();
        });
        start.addListener((o, a, b) -> update());
        update();
    }

    /** The form's unsaved-changes flag: undo puts it back as it was, so an undone proposal leaves nothing to save. */
    public void trackDirty(BooleanProperty formDirty) {
        this.dirty = formDirty;
    }

    /** Partner names for the schedule (ids are shown until they are known). */
    public void setPartners(List<Partner> register) {
        Map<String, Partner> byId = new LinkedHashMap<>();
        register.forEach(p -> byId.put(p.id(), p));
        partners = byId;
        update();
    }

    private List<List<String>> krings(List<T> rows) {
        return rows.stream().map(r -> List.copyOf(new LinkedHashSet<>(kring.apply(r)))).toList();
    }

    private void update() {
        visits.set(AgendaOptimizer.visits(krings(items)));
        schedule.setAll(scheduleRows());
    }

    private List<ScheduleRow> scheduleRows() {
        List<AgendaItem> agenda = new ArrayList<>();
        Map<String, List<String>> kringByCase = new LinkedHashMap<>();
        for (T r : items) {
            agenda.add(new AgendaItem(caseNumber.apply(r), duration.applyAsInt(r), List.of(), List.of(), List.of()));
            kringByCase.put(caseNumber.apply(r), kring.apply(r));
        }
        Schedule s;
        try {
            s = Schedule.of(new Meeting(LocalDate.EPOCH, null, start.getValue(), List.of(), agenda), kringByCase);
        } catch (IllegalArgumentException e) {
            return List.of(); // past midnight: no schedule until the chair fixes the times
        }
        List<ScheduleRow> rows = new ArrayList<>();
        for (Schedule.PartnerSchedule ps : s.partners()) {
            Partner p = partners.get(ps.partnerId());
            String times = ps.slots().stream().map(sl -> TIME.format(sl.in()) + "–" + TIME.format(sl.out()))
                    .collect(Collectors.joining(", "));
            rows.add(new ScheduleRow(ps.partnerId(), p == null ? ps.partnerId() : p.name(), times, ps.visits()));
        }
        return rows;
    }

    /**
     * "Volgorde voorstellen": the optimiser reorders the agenda to the fewest visits (ties keep the chair's order).
     * The new order is put on screen at once, with before → after; {@link #accept()} keeps it, {@link #undo()} puts
     * the chair's order back. When the order is already the best, nothing moves and a message says so.
     */
    public void propose() {
        List<T> snapshot = List.copyOf(items);
        if (snapshot.size() < 2) {
            message.set(I18n.t("plan.nothingToOrder"));
            return;
        }
        List<List<String>> krings = krings(snapshot);
        tasks.run(p -> AgendaOptimizer.standard().optimize(krings), order -> {
            if (!snapshot.equals(items)) {
                return; // the agenda changed meanwhile; the chair can ask again
            }
            apply(snapshot, order);
        }, e -> message.set(I18n.t("plan.failed")));
    }

    private void apply(List<T> snapshot, AgendaOrder order) {
        if (!order.changed() || order.visits() >= order.chairVisits()) {
            proposal.set(null);
            message.set(I18n.t("plan.alreadyBest", order.chairVisits()));
            return;
        }
        List<T> reordered = order.order().stream().map(snapshot::get).toList();
        boolean wasDirty = dirty.get();
        applying = true;
        try {
            items.setAll(reordered);
        } finally {
            applying = false;
        }
        message.set(I18n.t("plan.proposed", order.chairVisits(), order.visits()));
        proposal.set(new Proposal(order.chairVisits(), order.visits(), snapshot, wasDirty));
    }

    /** Keeps the proposed order (the caller saves it). */
    public void accept() {
        proposal.set(null);
        message.set("");
    }

    /** Puts the chair's order back. */
    @SuppressWarnings("unchecked")
    public void undo() {
        Proposal p = proposal.get();
        if (p == null) {
            return;
        }
        applying = true;
        try {
            items.setAll((List<T>) p.previous());
        } finally {
            applying = false;
        }
        dirty.set(p.wasDirty());
        proposal.set(null);
        message.set(I18n.t("plan.undone", p.before()));
    }

    public IntegerProperty visitsProperty() {
        return visits;
    }

    public ObjectProperty<Proposal> proposalProperty() {
        return proposal;
    }

    public ObservableList<ScheduleRow> schedule() {
        return schedule;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
