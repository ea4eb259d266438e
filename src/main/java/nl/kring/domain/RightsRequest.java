package nl.kring.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request of the data subject about one case.
 *
 * @param id          null until stored
 * @param deadline    the day by which it must be answered: received on + one month (AVG art. 12(3))
 * @param handledOn   the day it was handled or refused; null while open
 * @param outcomeNote what was corrected, or why it was refused; only what the chair typed
 * @param extendedOn  the day the deadline was put off by two months (art. 12(3)); null when it was not
 * @param extensionReason why, as the client was told; null when it was not
 */
public record RightsRequest(Long id, String caseNumber, RequestType type, LocalDate receivedOn, Requester requestedBy,
                            LocalDate deadline, RequestStatus status, LocalDate handledOn, String outcomeNote,
                            LocalDate extendedOn, String extensionReason) {
    public RightsRequest {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(status, "status");
        deadline = deadline == null ? RightsRequests.deadline(receivedOn) : deadline;
        outcomeNote = outcomeNote == null || outcomeNote.isBlank() ? null : outcomeNote.strip();
    }

    public boolean isExtended() {
        return extendedOn != null;
    }

    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    /** Open past its deadline. */
    public boolean isOverdue(LocalDate today) {
        return RightsRequests.isOverdue(this, today);
    }
}
