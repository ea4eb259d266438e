package nl.kring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for requests of the data subject: an answer is due within one month of receipt (AVG art. 12(3)); a
 * request cannot have been received in the future; it is closed once, by handling or by a refusal with a reason
 * (the client must be told why, art. 12(4)); a correction says what was corrected.
 */
public final class RightsRequests {
    public static final Period ANSWER_WITHIN = Period.ofMonths(1);
    /** Art. 12(3): the answer may be put off by two more months, once, if the client is told within the first. */
    public static final Period EXTENSION = Period.ofMonths(2);

    /** Why a registration or a handling is not allowed; the UI and the command line put it in their own words. */
    public enum Violation {
        RECEIVED_MISSING,
        RECEIVED_IN_FUTURE,
        HANDLED_MISSING,
        HANDLED_BEFORE_RECEIVED,
        HANDLED_IN_FUTURE,
        REFUSAL_NEEDS_REASON,
        CORRECTION_NEEDS_NOTE,
        NOT_OPEN,
        OUTCOME_NOT_FINAL,
        ALREADY_EXTENDED,
        EXTENSION_TOO_LATE,
        EXTENSION_NEEDS_REASON
    }

    /** A request that breaks a rule; carries the first violation. */
    public static final class RuleException extends IllegalArgumentException {
        private final transient Violation violation;

        public RuleException(Violation violation) {
            super("request refused: " + violation.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            this.violation = violation;
        }

        public Violation violation() {
            return violation;
        }
    }

    private RightsRequests() {
    }

    /**
     * One month after receipt; a day that does not exist in that month becomes its last day (31 January → 28 or 29
     * February), as in EU regulation 1182/71 on time limits.
     */
    public static LocalDate deadline(LocalDate receivedOn) {
        return receivedOn.plus(ANSWER_WITHIN);
    }

    /** Still open after the deadline day. */
    public static boolean isOverdue(RightsRequest r, LocalDate today) {
        return r.isOpen() && today.isAfter(r.deadline());
    }

    /** Days until the deadline (0 on the day itself, negative when overdue). */
    public static long daysLeft(RightsRequest r, LocalDate today) {
        return ChronoUnit.DAYS.between(today, r.deadline());
    }

    /** The problems with registering a request received on that day; empty when it may be registered. */
    public static List<Violation> checkReceived(LocalDate receivedOn, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (receivedOn == null) {
            out.add(Violation.RECEIVED_MISSING);
        } else if (receivedOn.isAfter(today)) {
            out.add(Violation.RECEIVED_IN_FUTURE);
        }
        return out;
    }

    /** A new, open request with its deadline; throws when a rule is broken. */
    public static RightsRequest receive(String caseNumber, RequestType type, LocalDate receivedOn, Requester by,
                                        LocalDate today) {
        throwFirst(checkReceived(receivedOn, today));
        return new RightsRequest(null, caseNumber, type, receivedOn, by, deadline(receivedOn), RequestStatus.OPEN,
                null, null, null, null);
    }

    /** The problems with closing the request with this outcome on that day; empty when it may be closed. */
    public static List<Violation> checkClose(RightsRequest r, RequestStatus outcome, LocalDate on, String note,
                                             LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (!r.isOpen()) {
            out.add(Violation.NOT_OPEN);
        }
        if (outcome == null || outcome == RequestStatus.OPEN) {
            out.add(Violation.OUTCOME_NOT_FINAL);
        }
        if (on == null) {
            out.add(Violation.HANDLED_MISSING);
        } else if (on.isBefore(r.receivedOn())) {
            out.add(Violation.HANDLED_BEFORE_RECEIVED);
        } else if (on.isAfter(today)) {
            out.add(Violation.HANDLED_IN_FUTURE);
        }
        boolean noNote = note == null || note.isBlank();
        if (outcome == RequestStatus.REFUSED && noNote) {
            out.add(Violation.REFUSAL_NEEDS_REASON);
        }
        if (outcome == RequestStatus.HANDLED && r.type() == RequestType.CORRECTIE && noNote) {
            out.add(Violation.CORRECTION_NEEDS_NOTE);
        }
        return out;
    }

    /** The request closed with this outcome; throws when a rule is broken. */
    public static RightsRequest close(RightsRequest r, RequestStatus outcome, LocalDate on, String note, LocalDate today) {
        throwFirst(checkClose(r, outcome, on, note, today));
        return new RightsRequest(r.id(), r.caseNumber(), r.type(), r.receivedOn(), r.requestedBy(), r.deadline(),
                outcome, on, note, r.extendedOn(), r.extensionReason());
    }

    /**
     * The problems with putting off the answer on {@code today}: only an open request, only once, only within the
     * first month (the client must be told before that deadline), and only with the reasons the client is given.
     */
    public static List<Violation> checkExtend(RightsRequest r, String reason, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (!r.isOpen()) {
            out.add(Violation.NOT_OPEN);
        }
        if (r.isExtended()) {
            out.add(Violation.ALREADY_EXTENDED);
        } else if (today.isAfter(deadline(r.receivedOn()))) {
            out.add(Violation.EXTENSION_TOO_LATE);
        }
        if (reason == null || reason.isBlank()) {
            out.add(Violation.EXTENSION_NEEDS_REASON);
        }
        return out;
    }

    /** The request with its deadline put off to three months after receipt; throws when a rule is broken. */
    public static RightsRequest extend(RightsRequest r, String reason, LocalDate today) {
        throwFirst(checkExtend(r, reason, today));
        return new RightsRequest(r.id(), r.caseNumber(), r.type(), r.receivedOn(), r.requestedBy(),
                deadline(r.receivedOn()).plus(EXTENSION), r.status(), r.handledOn(), r.outcomeNote(), today, reason.strip());
    }

    private static void throwFirst(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleException(violations.getFirst());
        }
    }
}
