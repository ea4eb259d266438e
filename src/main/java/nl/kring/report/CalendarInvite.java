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
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A partner's calendar invitation (RFC 5545, METHOD:REQUEST), built with ical4j: one VEVENT per visit, times in UTC,
 * summary and description with case numbers only, the chair's e-mail as organizer and the partner's as attendee. The
 * UID is fixed per meeting, partner and visit, so a second pack for the same meeting updates the entries.
 */
public final class CalendarInvite {
    public static final String CONTENT_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

    private CalendarInvite() {
    }

    static String ics(Meeting meeting, String location, ChairContact chair, InvitationPack.Invitation inv, Instant stamp) {
        Partner p = inv.partner();
        Calendar cal = new Calendar()
                .add(new ProdId("-//Kring//Vangnetoverleg uitnodiging//NL"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.REQUEST);
        int n = 0;
        for (ReportSchedule.Visit v : inv.visits()) {
            n++;
            Instant start = meeting.date().atTime(v.in()).atZone(InvitationPack.ZONE).toInstant();
            Instant end = meeting.date().atTime(v.out()).atZone(InvitationPack.ZONE).toInstant();
            String cases = String.join(", ", v.caseNumbers());
            VEvent event = new VEvent(start, end, "Vangnetoverleg " + Nl.date(meeting.date())
                    + (inv.visits().size() > 1 ? " (" + n + " van " + inv.visits().size() + ")" : ""));
            event.replace(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
            event.add(new Uid("vangnet-" + meeting.date() + "-" + p.id() + "-" + n + "@kring"));
            event.add(new Sequence(0));
            if (location != null && !location.isBlank()) {
                event.add(new Location(location));
            }
            event.add(new Description("Casussen: " + cases + ". U bent alleen aanwezig bij de casussen waarvoor uw "
                    + "organisatie tot de kring behoort."));
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
            cal.add(event);
        }
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
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + address, e);
        }
    }
}
