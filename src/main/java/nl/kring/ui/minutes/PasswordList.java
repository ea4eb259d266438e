package nl.kring.ui.minutes;

import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The passwords of one export, to read out by phone (issue 14): never stored, never in a mail draft, and gone once
 * the chair closes the list ({@link #forget()}).
 */
public final class PasswordList {
    public record Entry(String partner, String phone, String password) {
    }

    private final List<Entry> entries;

    public PasswordList(List<Entry> entries) {
        this.entries = new ArrayList<>(entries);
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Drops every password; the list is empty afterwards. */
    public void forget() {
        entries.clear();
    }

    /** The number to call: the partner's own, else the first attendee's that is known; empty when none is. */
    static String phoneOf(Partner p) {
        if (p.phone() != null) {
            return p.phone();
        }
        return p.attendees().stream().map(Attendee::phone).filter(x -> x != null).findFirst().orElse("");
    }
}
