package nl.kring.report;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import nl.kring.domain.IssuedInvitations;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's calendar invitation (RFC 5545, METHOD:REQUEST), built with ical4j: one VEVENT per visit, times in UTC,
 * summary and description with case numbers only, the chair's e-mail as organizer and the partner's as attendee. The
 * UID is fixed per meeting, partner and visit, and every pack raises the sequence, so a second pack for the same
 * meeting updates the entries; entries it no longer has are cancelled in a file of their own.
 */
public final class CalendarInvite {
    public static final String CONTENT_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
    public static final String CANCEL_CONTENT_TYPE = "text/calendar; method=CANCEL; charset=UTF-8";

    private CalendarInvite() {
    }

    /**
     * The invitation: one event per visit, with the pack's {@code sequence} so that a second pack updates the entries
     * of the first.
     */
    static String ics(Meeting meeting, String location, ChairContact chair, InvitationPack.Invitation inv, int sequence,
                      Instant stamp) {
        Partner p = inv.partner();
        Calendar cal = calendar(ImmutableMethod.REQUEST);
        int n = 0;
        for (IssuedInvitations.Event e : events(meeting, inv)) {
            n++;
            VEvent event = new VEvent(e.start(), e.end(), "Vangnetoverleg " + Nl.date(meeting.date())
                    + (inv.visits().size() > 1 ? " (" + n + " van " + inv.visits().size() + ")" : ""));
            common(event, e.uid(), sequence, chair, p, stamp);
            if (location != null && !location.isBlank()) {
                event.add(new Location(location));
            }
            event.add(new Description("Casussen: " + String.join(", ", inv.visits().get(n - 1).caseNumbers())
                    + ". U bent alleen aanwezig bij de casussen waarvoor uw organisatie tot de kring behoort."));
            cal.add(event);
        }
        return text(cal);
    }

    /**
     * The cancellation (METHOD:CANCEL, RFC 5546 §3.2.5) of entries an earlier pack put in a partner's calendar and
     * the new one no longer has: same UID, a higher sequence, STATUS:CANCELLED.
     */
    static String cancel(Meeting meeting, ChairContact chair, Partner p, List<IssuedInvitations.Event> gone,
                         int sequence, Instant stamp) {
        Calendar cal = calendar(ImmutableMethod.CANCEL);
        for (IssuedInvitations.Event e : gone) {
            VEvent event = new VEvent(e.start(), e.end(), "Vervallen: vangnetoverleg " + Nl.date(meeting.date()));
            common(event, e.uid(), sequence, chair, p, stamp);
            event.add(ImmutableStatus.VEVENT_CANCELLED);
            event.add(new Description("Deze afspraak vervalt: uw organisatie hoeft op dit tijdstip niet aanwezig te zijn."));
            cal.add(event);
        }
        return text(cal);
    }

    /** The calendar entries of one invitation, with their UIDs: fixed per meeting, partner and visit number. */
    static List<IssuedInvitations.Event> events(Meeting meeting, InvitationPack.Invitation inv) {
        List<IssuedInvitations.Event> out = new ArrayList<>();
        int n = 0;
        for (ReportSchedule.Visit v : inv.visits()) {
            n++;
            out.add(new IssuedInvitations.Event(inv.partner().id(),
                    "vangnet-" + meeting.date() + "-" + inv.partner().id() + "-" + n + "@kring",
                    meeting.date().atTime(v.in()).atZone(InvitationPack.ZONE).toInstant(),
                    meeting.date().atTime(v.out()).atZone(InvitationPack.ZONE).toInstant()));
        }
        return out;
    }

    private static Calendar calendar(net.fortuna.ical4j.model.property.Method method) {
        return new Calendar()
                .add(new ProdId("-//Kring//Vangnetoverleg uitnodiging//NL"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(method);
    }

    private static void common(VEvent event, String uid, int sequence, ChairContact chair, Partner p, Instant stamp) {
        event.replace(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        Organizer organizer = new Organizer(mailto(chair.email()));
        if (chair.name() != null) {
            organizer.add(new Cn(chair.name()));
        }
        event.add(organizer);
        if (p.email() != null) {
            Attendee attendee = new Attendee(mailto(p.email()));
            attendee.add(new Cn(p.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }
    }

    private static String text(Calendar cal) {
        StringWriter w = new StringWriter();
        try {
            new CalendarOutputter(true).output(cal, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + address, e);
        }
    }
}
