package nl.kring.ui.meetingroom;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureProposals;
import nl.kring.domain.DisclosureRules;
import nl.kring.domain.Partner;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 15: what the presentation showed of an item to whom, proposed as disclosure notes once the chair moves on, for
 * the chair to record, edit or drop. Proposals are kept in the vault at once (closing the room loses none) and come
 * back with the room. Part of the meeting room ({@link MeetingRoomViewModel} composes it and tells it what is shown).
 */
public final class ProposedNotes {
    private final ScreenTasks tasks;
    private final Services services;
    private final LocalDate date;
    /** What the current item showed to whom, proposed as notes once the chair moves on. */
    private final Map<String, DisclosureProposals.Proposal> seenThisItem = new LinkedHashMap<>();
    /** Proposals confirmed or dropped (by key): not proposed again when the chair comes back to the item. */
    private final Set<String> handled = new HashSet<>();
    private final ObservableList<ProposalRow> proposals = FXCollections.observableArrayList();
    /** Who decides, pre-filled in a proposal: the last one who decided a disclosure, else the chair. */
    private volatile String decidedBy;
    /** The proposals kept in the vault for this meeting, read at load: waiting ones come back, handled ones stay away. */
    private volatile Stored stored;
    private Map<String, Partner> partners = Map.of();

    private record Stored(List<DisclosureProposals.Proposal> pending, Set<String> handled) {
    }

    ProposedNotes(ScreenTasks tasks, Services services, LocalDate date) {
        this.tasks = tasks;
        this.services = services;
        this.date = date;
    }

    /** On the worker, with the room's load: who decided last, and the proposals kept for this meeting. */
    void read() {
        decidedBy = services.disclosures().lastDecidedBy().orElse(services.outputs().chair().name());
        stored = new Stored(services.proposals().pending(date), services.proposals().handled(date));
    }

    /** The partner register as loaded (a proposal names its recipient). */
    void usePartners(Map<String, Partner> register) {
        partners = register;
    }

    /** The proposals of this meeting kept in the vault when the room was closed before: shown again. */
    void restore() {
        Stored s = stored;
        if (s == null) {
            return;
        }
        handled.addAll(s.handled());
        Set<String> shown = new HashSet<>();
        proposals.forEach(r -> shown.add(r.key()));
        List<ProposalRow> rows = new ArrayList<>();
        for (var p : s.pending()) {
            if (shown.add(ProposalRow.key(p))) {
                rows.add(new ProposalRow(p, partners.get(p.recipient())));
            }
        }
        proposals.addAll(0, rows);
    }

    /**
     * Collects what the projector shows now for the current item, to propose as notes when the chair moves on;
     * {@code overrideReason}: the chair's reason when outsiders were admitted (it pre-fills the notes).
     */
    void remember(CaseFile c, PresentationState presentation, List<Partner> present, String overrideReason) {
        if (c == null || !(presentation instanceof PresentationState.Showing s)) {
            return;
        }
        for (var p : DisclosureProposals.afterItem(c, s.view(), present, date,
                s.outsidersAdmitted() ? overrideReason : null, decidedBy)) {
            seenThisItem.putIfAbsent(ProposalRow.key(p), p);
        }
    }

    /** Moving on from an item: what it showed becomes proposed notes, for the chair to record, edit or drop. */
    void proposeSeen() {
        Set<String> pending = new HashSet<>();
        proposals.forEach(r -> pending.add(r.key()));
        List<ProposalRow> fresh = new ArrayList<>();
        for (var e : seenThisItem.entrySet()) {
            if (!handled.contains(e.getKey()) && !pending.contains(e.getKey())) {
                fresh.add(new ProposalRow(e.getValue(), partners.get(e.getValue().recipient())));
            }
        }
        seenThisItem.clear();
        proposals.addAll(fresh);
        if (!fresh.isEmpty()) {
            // kept in the vault at once, so that closing the room loses none (the worker keeps the order of writes)
            List<DisclosureProposals.Proposal> keep = fresh.stream().map(ProposalRow::proposal).toList();
            tasks.read(p -> services.proposals().propose(date, keep), r -> { });
        }
    }

    /** The notes proposed so far and not yet recorded or dropped. */
    public ObservableList<ProposalRow> proposals() {
        return proposals;
    }

    /** Drops a proposal: nothing is recorded. */
    public void drop(ProposalRow row) {
        handled.add(row.key());
        proposals.remove(row);
        tasks.read(p -> services.proposals().drop(date, row.proposal()), r -> { });
    }

    /** Closing the room: keeps every reason the chair edited in a waiting proposal (the field may still have focus). */
    public void keepEdits() {
        for (ProposalRow r : List.copyOf(proposals)) {
            if (!Objects.equals(r.note().why(), r.proposal().note().why())) {
                keepWhy(r);
            }
        }
    }

    /** Keeps the why the chair edited in a waiting proposal, so that it comes back with the room. */
    public void keepWhy(ProposalRow row) {
        if (!proposals.contains(row)) {
            return;
        }
        String why = row.note().why();
        tasks.read(p -> {
            services.proposals().editWhy(date, row.proposal(), why);
            return null;
        }, r -> { });
    }

    /**
     * Records a proposed note as the chair confirmed it (with its audit entry, like any disclosure), or refuses with a
     * Dutch message when it is incomplete.
     *
     * @return the refusal, or empty when recording started
     */
    public Optional<String> confirm(ProposalRow row) {
        Disclosure note = row.note();
        List<DisclosureRules.Problem> problems = DisclosureRules.check(note, partners, date);
        if (!problems.isEmpty()) {
            return Optional.of(I18n.t("room.proposal.incomplete", row.recipientName(), row.categoryLabel()));
        }
        handled.add(row.key());
        proposals.remove(row);
        tasks.read(p -> services.proposals().record(date, row.proposal(), note),
                e -> tasks.status().info(I18n.t("room.proposal.recorded", row.recipientName(), row.categoryLabel())),
                e -> {
                    handled.remove(row.key());
                    proposals.add(row);
                    tasks.status().failed(e);
                });
        return Optional.empty();
    }
}
