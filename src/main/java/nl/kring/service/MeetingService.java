package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Decision;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a meeting's agenda is saved: the meeting and its audit entry in one transaction. */
public final class MeetingService {
    private final Store store;

    public MeetingService(Store store) {
        this.store = store;
    }

    /** A new meeting on a date that already has one. */
    public static final class MeetingExists extends Refused {
        private final LocalDate date;

        public MeetingExists(LocalDate date) {
            super("there is already a meeting on " + date);
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }
    }

    /** The meeting is no longer in the vault (destroyed meanwhile). */
    public static final class NoMeeting extends Refused {
        private final LocalDate date;

        public NoMeeting(LocalDate date) {
            super("there is no meeting on " + date);
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }
    }

    /** Creates an empty meeting (no agenda yet); never overwrites one on the same date. */
    public Meeting create(Meeting m) {
        store.transaction(s -> {
            if (s.meetings().find(m.date()).isPresent()) {
                throw new MeetingExists(m.date());
            }
            s.meetings().save(m);
            s.audit().append(AuditLog.Action.MEETING_CHANGED, m.date().toString(), "created");
        });
        return m;
    }

    /**
     * Who is present (attendee ids) at the meeting on {@code date}, after a check-in or check-out; the stored meeting is
     * read again so minutes written meanwhile stay. {@code detail}: the audit text (ids only).
     */
    public void setPresent(LocalDate date, List<String> present, String detail) {
        store.transaction(s -> {
            Meeting fresh = s.meetings().find(date).orElseThrow(() -> new NoMeeting(date));
            s.meetings().save(new Meeting(fresh.date(), fresh.location(), fresh.start(), present, fresh.items()));
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(), detail);
        });
    }

    /** An agenda line as planned: the case and its minutes of talk. */
    public record Planned(String caseNumber, int duration) {
    }

    /**
     * Saves the agenda of the meeting on {@code date}: reads the stored meeting again and rebuilds its items in the new
     * order, keeping the minutes, decisions and disclosures of items that stay, so nothing recorded elsewhere is lost.
     * Returns the meeting as stored.
     */
    public Meeting saveAgenda(LocalDate date, String location, LocalTime start, List<Planned> planned) {
        store.transaction(s -> {
            Meeting fresh = s.meetings().find(date).orElse(new Meeting(date, location, start, List.of(), List.of()));
            Meeting m = rebuild(fresh, location, start, planned);
            s.meetings().save(m);
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(), m.items().size() + " items");
        });
        return store.meetings().find(date).orElseThrow();
    }

    static Meeting rebuild(Meeting fresh, String location, LocalTime start, List<Planned> planned) {
        Map<String, AgendaItem> old = new LinkedHashMap<>();
        fresh.items().forEach(i -> old.put(i.caseNumber(), i));
        List<AgendaItem> items = new ArrayList<>();
        for (Planned p : planned) {
            AgendaItem was = old.get(p.caseNumber());
            items.add(was == null ? new AgendaItem(p.caseNumber(), p.duration(), List.of(), List.of(), List.of())
                    : new AgendaItem(p.caseNumber(), p.duration(), was.minutes(), was.decisions(), was.disclosures()));
        }
        return new Meeting(fresh.date(), location, start, fresh.present(), items);
    }

    /** One agenda item's minutes and decisions as edited (blank paragraphs and empty decisions left out). */
    public record ItemMinutes(String caseNumber, List<MinutesParagraph> minutes, List<Decision> decisions) {
    }

    /**
     * Saves minutes: the meeting is read again and only the minutes and decisions of its items are replaced, so the
     * agenda order, durations, presence and disclosure notes recorded elsewhere stay as they are. One transaction with
     * the audit entry (counts only). Returns the meeting as saved.
     */
    public Meeting saveMinutes(LocalDate date, List<ItemMinutes> edited) {
        Meeting[] saved = new Meeting[1];
        store.transaction(s -> {
            Meeting fresh = s.meetings().find(date).orElseThrow(() -> new IllegalArgumentException("no meeting on " + date));
            Map<String, ItemMinutes> byCase = new HashMap<>();
            edited.forEach(e -> byCase.put(e.caseNumber(), e));
            List<AgendaItem> items = new ArrayList<>();
            int paragraphs = 0;
            int decisions = 0;
            for (AgendaItem i : fresh.items()) {
                ItemMinutes e = byCase.get(i.caseNumber());
                AgendaItem n = e == null ? i
                        : new AgendaItem(i.caseNumber(), i.durationMinutes(), e.minutes(), e.decisions(), i.disclosures());
                paragraphs += n.minutes().size();
                decisions += n.decisions().size();
                items.add(n);
            }
            Meeting m = new Meeting(fresh.date(), fresh.location(), fresh.start(), fresh.present(), items);
            s.meetings().save(m);
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(),
                    "minutes: " + paragraphs + " paragraphs, " + decisions + " decisions");
            saved[0] = m;
        });
        return saved[0];
    }

    /**
     * The chair's judgement of a possible name in the minutes of the meeting on {@code date} (not a name, a relative,
     * replaced, ...), with its audit entry ({@code what}: content-free words) in one transaction.
     */
    public void judgePossibleName(LocalDate date, String text, SuspectDecisionRepository.Kind kind, String replacement,
                                  String what) {
        store.transaction(s -> {
            s.suspects().record(date, text, kind, replacement);
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(), "possible name " + what);
        });
    }

    /**
     * Takes the chair's judgement of a possible name back (it is open again wherever it still occurs), with its audit
     * entry; nothing is written when there was no judgement.
     */
    public void forgetPossibleName(LocalDate date, String text) {
        store.transaction(s -> {
            if (s.suspects().forget(date, text)) {
                s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(), "possible name judgement withdrawn");
            }
        });
    }
}
