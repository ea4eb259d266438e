package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureProposals;
import nl.kring.store.DisclosureProposalRepository;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The disclosure notes Kring proposes after an item (issue 15, handreiking deel I §6 point 7), kept in the vault until
 * the chair handles them, so that closing the meeting room loses none. Each change with its audit entry in one
 * transaction; the entries name the case number, partner ids and category keys, never a text.
 */
public final class DisclosureProposalService {
    private final Store store;

    public DisclosureProposalService(Store store) {
        this.store = store;
    }

    /** The proposals of the meeting on {@code meeting} not yet recorded or dropped. */
    public List<DisclosureProposals.Proposal> pending(LocalDate meeting) {
        return store.proposals().pending(meeting);
    }

    /** The keys of the proposals of that meeting already recorded or dropped. */
    public Set<String> handled(LocalDate meeting) {
        return store.proposals().handled(meeting);
    }

    /** How many proposals wait per meeting. */
    public Map<LocalDate, Integer> pendingPerMeeting() {
        return store.proposals().pendingPerMeeting();
    }

    /** Keeps the proposals not kept before; one audit entry per case with new ones. Returns those added. */
    public List<DisclosureProposals.Proposal> propose(LocalDate meeting, List<DisclosureProposals.Proposal> proposals) {
        List<DisclosureProposals.Proposal> added = new ArrayList<>();
        store.transaction(s -> {
            added.addAll(s.proposals().propose(meeting, proposals));
            Map<String, Integer> perCase = new LinkedHashMap<>();
            added.forEach(p -> perCase.merge(p.caseNumber(), 1, Integer::sum));
            perCase.forEach((c, n) -> s.audit().append(AuditLog.Action.DISCLOSURE, c,
                    "proposed " + n + " note" + (n == 1 ? "" : "s") + "; meeting " + meeting));
        });
        if (!added.isEmpty()) {
            store.session().markWritten();
        }
        return added;
    }

    /**
     * Records a waiting proposal as the chair confirmed it: exactly one disclosure note (with its own audit entry) and
     * the proposal marked recorded, in one transaction.
     *
     * @throws IllegalStateException when the proposal no longer waits (recorded or dropped meanwhile): nothing written
     */
    public DisclosureRepository.Entry record(LocalDate meeting, DisclosureProposals.Proposal p, Disclosure note) {
        DisclosureRepository.Entry[] recorded = new DisclosureRepository.Entry[1];
        store.transaction(s -> {
            if (!s.proposals().handle(meeting, p, DisclosureProposalRepository.State.RECORDED)) {
                throw new IllegalStateException("the proposed note for case " + p.caseNumber() + " no longer waits");
            }
            recorded[0] = s.disclosures().record(p.caseNumber(), meeting, note);
            s.settings().put(DisclosureService.LAST_DECIDED_BY, note.decidedBy());
        });
        store.session().markWritten();
        return recorded[0];
    }

    /** Drops a waiting proposal: no note is written; audited. False when it no longer waited. */
    public boolean drop(LocalDate meeting, DisclosureProposals.Proposal p) {
        boolean[] dropped = {false};
        store.transaction(s -> {
            dropped[0] = s.proposals().handle(meeting, p, DisclosureProposalRepository.State.DROPPED);
            if (dropped[0]) {
                s.audit().append(AuditLog.Action.DISCLOSURE, p.caseNumber(), "proposal dropped; to " + p.recipient()
                        + "; category " + ((Enum<?>) p.category()).name() + "; meeting " + meeting);
            }
        });
        store.session().markWritten();
        return dropped[0];
    }

    /** Keeps the why as the chair edited it in a waiting proposal (a draft: not audited, nothing recorded). */
    public void editWhy(LocalDate meeting, DisclosureProposals.Proposal p, String why) {
        store.proposals().editWhy(meeting, p, why);
        store.session().markWritten();
    }
}
