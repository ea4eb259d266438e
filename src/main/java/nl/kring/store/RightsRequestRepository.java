package nl.kring.store;

import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.domain.RightsRequests;
import nl.kring.schema.tables.records.RightsRequestRecord;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static nl.kring.schema.Tables.CASE_FILE;
import static nl.kring.schema.Tables.RIGHTS_REQUEST;

/**
 * Requests of the data subject per case (inzage, correctie, afschrift, vernietiging). The rules are the domain's
 * ({@link RightsRequests}); this only stores. A request goes when its case goes (ON DELETE CASCADE).
 */
public final class RightsRequestRepository {
    private final DSLContext dsl;

    RightsRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Registers a new open request; the deadline follows from the day it was received. */
    public RightsRequest register(String caseNumber, RequestType type, LocalDate receivedOn, Requester by,
                                  LocalDate today) {
        RightsRequest r = RightsRequests.receive(caseNumber, type, receivedOn, by, today);
        if (!dsl.fetchExists(CASE_FILE, CASE_FILE.NUMBER.eq(caseNumber))) {
            throw new IllegalArgumentException("there is no case " + caseNumber);
        }
        Long id = dsl.insertInto(RIGHTS_REQUEST)
                .set(RIGHTS_REQUEST.CASE_NUMBER, caseNumber)
                .set(RIGHTS_REQUEST.REQUEST_TYPE, type.name())
                .set(RIGHTS_REQUEST.RECEIVED_ON, receivedOn)
                .set(RIGHTS_REQUEST.REQUESTED_BY, by.name())
                .set(RIGHTS_REQUEST.DEADLINE, r.deadline())
                .set(RIGHTS_REQUEST.STATUS, RequestStatus.OPEN.name())
                .returningResult(RIGHTS_REQUEST.ID).fetchOne(RIGHTS_REQUEST.ID);
        return find(id).orElseThrow();
    }

    /**
     * Closes an open request as handled or refused. Only an open request changes (checked in the same statement),
     * so a request is never closed twice.
     */
    public RightsRequest close(long id, RequestStatus outcome, LocalDate on, String note, LocalDate today) {
        RightsRequest current = find(id).orElseThrow(() -> new IllegalArgumentException("there is no request " + id));
        RightsRequest closed = RightsRequests.close(current, outcome, on, note, today);
        int changed = dsl.update(RIGHTS_REQUEST)
                .set(RIGHTS_REQUEST.STATUS, closed.status().name())
                .set(RIGHTS_REQUEST.HANDLED_ON, closed.handledOn())
                .set(RIGHTS_REQUEST.OUTCOME_NOTE, closed.outcomeNote())
                .where(RIGHTS_REQUEST.ID.eq(id).and(RIGHTS_REQUEST.STATUS.eq(RequestStatus.OPEN.name())))
                .execute();
        if (changed == 0) {
            throw new RightsRequests.RuleException(RightsRequests.Violation.NOT_OPEN);
        }
        return closed;
    }

    /**
     * Puts off the answer by two months (art. 12(3)). Only an open request that was not extended before changes
     * (checked in the same statement).
     */
    public RightsRequest extend(long id, String reason, LocalDate today) {
        RightsRequest current = find(id).orElseThrow(() -> new IllegalArgumentException("there is no request " + id));
        RightsRequest extended = RightsRequests.extend(current, reason, today);
        int changed = dsl.update(RIGHTS_REQUEST)
                .set(RIGHTS_REQUEST.DEADLINE, extended.deadline())
                .set(RIGHTS_REQUEST.EXTENDED_ON, extended.extendedOn())
                .set(RIGHTS_REQUEST.EXTENSION_REASON, extended.extensionReason())
                .where(RIGHTS_REQUEST.ID.eq(id).and(RIGHTS_REQUEST.STATUS.eq(RequestStatus.OPEN.name()))
                        .and(RIGHTS_REQUEST.EXTENDED_ON.isNull()))
                .execute();
        if (changed == 0) {
            throw new RightsRequests.RuleException(RightsRequests.Violation.ALREADY_EXTENDED);
        }
        return extended;
    }

    public Optional<RightsRequest> find(long id) {
        return dsl.selectFrom(RIGHTS_REQUEST).where(RIGHTS_REQUEST.ID.eq(id)).fetchOptional()
                .map(RightsRequestRepository::toRequest);
    }

    /** The case's requests, oldest first. */
    public List<RightsRequest> forCase(String caseNumber) {
        return dsl.selectFrom(RIGHTS_REQUEST).where(RIGHTS_REQUEST.CASE_NUMBER.eq(caseNumber))
                .orderBy(RIGHTS_REQUEST.RECEIVED_ON, RIGHTS_REQUEST.ID).fetch().map(RightsRequestRepository::toRequest);
    }

    /** Every open request of the vault, the nearest deadline first. */
    public List<RightsRequest> open() {
        return dsl.selectFrom(RIGHTS_REQUEST).where(RIGHTS_REQUEST.STATUS.eq(RequestStatus.OPEN.name()))
                .orderBy(RIGHTS_REQUEST.DEADLINE, RIGHTS_REQUEST.ID).fetch().map(RightsRequestRepository::toRequest);
    }

    private static RightsRequest toRequest(RightsRequestRecord r) {
        return new RightsRequest(r.getId(), r.getCaseNumber(), RequestType.valueOf(r.getRequestType()),
                r.getReceivedOn(), Requester.valueOf(r.getRequestedBy()), r.getDeadline(),
                RequestStatus.valueOf(r.getStatus()), r.getHandledOn(), r.getOutcomeNote(), r.getExtendedOn(),
                r.getExtensionReason());
    }
}
