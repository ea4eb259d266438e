package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.RightsRequests;
import nl.kring.retention.CaseEraser;
import nl.kring.store.InzageUnmaskRepository;
import nl.kring.store.Store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a request of the data subject (inzage, correctie, afschrift, vernietiging) is registered, extended, closed and
 * where an inzage passage is unmasked or masked again: each one transaction with its audit entry, which names the case
 * number, the request's number, type and dates, never the reasons or the passages. A rule of the AVG broken is refused
 * with {@link RightsRequests.RuleException}; a request or case gone meanwhile with {@link Gone}.
 */
public final class RequestService {
    private final Store store;
    private final UnsavedMinutes unsavedMinutes;

    /** For the command line and tests: no minutes editor is open. */
    public RequestService(Store store) {
        this(store, new UnsavedMinutes());
    }

    /** {@code unsavedMinutes}: the screens' minutes editor, whose unsaved minutes hold off a destruction. */
    public RequestService(Store store, UnsavedMinutes unsavedMinutes) {
        this.store = store;
        this.unsavedMinutes = unsavedMinutes;
    }

    /** The open rights requests of every case. */
    public List<RightsRequest> open() {
        return store.requests().open();
    }

    /** The rights requests of one case. */
    public List<RightsRequest> forCase(String caseNumber) {
        return store.requests().forCase(caseNumber);
    }

    /** The request with that id, if any. */
    public Optional<RightsRequest> find(long id) {
        return store.requests().find(id);
    }

    /**
     * What destroying a case takes with it, counted for the confirmation; {@code elsewhere}: the texts of other cases
     * that mention the client and will have the name replaced by the case number.
     */
    public record DestructionScope(int agendaItems, int paragraphs, int decisions, int disclosures, int requests,
                                   CaseEraser.Counts elsewhere) {
    }

    /** What destroying case {@code number} would take and change, without changing anything: for the confirmation. */
    public DestructionScope destructionScope(String number) {
        int items = 0;
        int paragraphs = 0;
        int decisions = 0;
        for (LocalDate d : store.meetings().datesDiscussing(number)) {
            Meeting m = store.meetings().find(d).orElse(null);
            if (m == null) {
                continue;
            }
            for (AgendaItem i : m.items()) {
                if (i.caseNumber().equals(number)) {
                    items++;
                    paragraphs += i.minutes().size();
                    decisions += i.decisions().size();
                }
            }
        }
        return new DestructionScope(items, paragraphs, decisions, store.disclosures().forCase(number).size(),
                forCase(number).size(), CaseEraser.preview(store, number));
    }

    /** The passages unmasked for an inzage request, by passage id. */
    public Map<String, InzageUnmaskRepository.Unmask> unmasked(long requestId) {
        return store.unmasks().forRequest(requestId);
    }

    /** The request (or, when registering, the case) is no longer in the vault. */
    public static final class Gone extends Refused {
        private final String caseNumber;

        public Gone(String caseNumber) {
            super(caseNumber == null ? "the request is gone" : "case " + caseNumber + " is gone");
            this.caseNumber = caseNumber;
        }

        /** The case that was gone when registering; null when the request itself is gone. */
        public String caseNumber() {
            return caseNumber;
        }
    }

    public RightsRequest register(String number, RequestType type, LocalDate received, Requester by, LocalDate today) {
        RightsRequest[] out = {null};
        try {
            store.transaction(s -> {
                out[0] = s.requests().register(number, type, received, by, today);
                s.audit().append(AuditLog.Action.REQUEST, number, "request " + out[0].id() + " " + type.name()
                        + " registered: received " + received + ", deadline " + out[0].deadline() + ", by " + by.name());
            });
        } catch (IllegalArgumentException e) {
            throw new Gone(number);
        }
        return out[0];
    }

    /** Extends the request; the reasons stay in the request, never in the audit trail. */
    public RightsRequest extend(long id, String reason, LocalDate today) {
        RightsRequest[] out = {null};
        try {
            store.transaction(s -> {
                out[0] = s.requests().extend(id, reason, today);
                s.audit().append(AuditLog.Action.REQUEST, out[0].caseNumber(),
                        "request " + id + " " + out[0].type().name() + " EXTENDED to " + out[0].deadline());
            });
        } catch (IllegalArgumentException e) {
            throw new Gone(null);
        }
        return out[0];
    }

    /** Closes the request with its outcome; the note stays in the request, never in the audit trail. */
    public RightsRequest close(long id, RequestStatus outcome, String note, LocalDate today) {
        RightsRequest[] out = {null};
        try {
            store.transaction(s -> {
                out[0] = s.requests().close(id, outcome, today, note, today);
                s.audit().append(AuditLog.Action.REQUEST, out[0].caseNumber(),
                        "request " + id + " " + out[0].type().name() + " " + outcome.name());
            });
        } catch (IllegalArgumentException e) {
            throw new Gone(null);
        }
        return out[0];
    }

    /** Records that an inzage passage is shown unmasked, with the reason; the entry names the kind of data only. */
    public void unmask(RightsRequest r, String passageId, String category, String reason, LocalDate on) {
        store.transaction(s -> {
            s.unmasks().record(r.id(), passageId, category, reason, on);
            s.audit().append(AuditLog.Action.REQUEST, r.caseNumber(), "request " + r.id() + " " + r.type().name()
                    + ": passage unmasked (" + category + ") with a reason");
        });
    }

    /** Masks an unmasked passage again (nothing is written when it was not unmasked). */
    public void remask(RightsRequest r, String passageId, String category) {
        store.transaction(s -> {
            if (s.unmasks().forget(r.id(), passageId)) {
                s.audit().append(AuditLog.Action.REQUEST, r.caseNumber(), "request " + r.id() + " " + r.type().name()
                        + ": passage masked again (" + category + ")");
            }
        });
    }

    /**
     * Destroys case {@code number} on its request for destruction {@code id}: deletes the case and everything that
     * cascades from it (client data, agenda items with their minutes and decisions, disclosures, requests) and replaces
     * the client's name wherever another case's texts mention it ({@link CaseEraser}), in one transaction with the two
     * audit entries. What remains is the audit trail: that request N asked for destruction and that case number X was
     * purged, with how many texts elsewhere were scrubbed, without any content. A request gone meanwhile is refused
     * with {@link Gone}, one not yet allowed to close with {@link RightsRequests.RuleException}, and any destruction
     * while a minutes editor holds unsaved minutes with {@link UnsavedMinutes.DestructionRefused}.
     */
    public void destroyOnRequest(long id, String number, LocalDate today) {
        unsavedMinutes.refuseDestruction();
        store.transaction(s -> {
            RightsRequest r = s.requests().find(id).orElseThrow(() -> new Gone(null));
            if (!r.caseNumber().equals(number) || r.type() != RequestType.VERNIETIGING) {
                throw new IllegalStateException("request " + id + " does not ask to destroy case " + number);
            }
            List<RightsRequests.Violation> v = RightsRequests.checkClose(r, RequestStatus.HANDLED, today, null, today);
            if (!v.isEmpty()) {
                throw new RightsRequests.RuleException(v.getFirst());
            }
            CaseEraser.Erasure erased = CaseEraser.erase(s, List.of(number));
            if (!erased.erased(number)) {
                throw new IllegalStateException("case " + number + " was already gone");
            }
            s.audit().append(AuditLog.Action.REQUEST, number, "request " + id + " VERNIETIGING HANDLED: case destroyed");
            s.audit().append(AuditLog.Action.PURGE, number, "destroyed on request of the data subject (request " + id
                    + ", received " + r.receivedOn() + ")" + erased.perCase().get(number).auditDetail());
        });
    }
}
