package nl.kring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the last invitation pack of one meeting put into partners' calendars: the pack's SEQUENCE (RFC 5545 §3.8.7.4)
 * and every event by partner, UID and time. The next pack for the same meeting raises the sequence, so calendars
 * take its entries as updates and not as stale copies, and cancels every entry that fell away (an item moved off the
 * agenda, a partner no longer invited). No client data: a UID names the date, a partner id and a visit number.
 */
public record IssuedInvitations(int sequence, List<Event> events) {
    public IssuedInvitations {
        if (sequence < 0) {
            throw new IllegalArgumentException("negative sequence: " + sequence);
        }
        events = List.copyOf(events);
    }

    /** One calendar entry as it was sent. */
    public record Event(String partnerId, String uid, Instant start, Instant end) {
        public Event {
            Objects.requireNonNull(partnerId);
            Objects.requireNonNull(uid);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
        }
    }

    /** The sequence of the pack after this one. */
    public int next() {
        return sequence + 1;
    }
}
