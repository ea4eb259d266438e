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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where a meeting's agenda is saved: the meeting and its audit entry in one transaction. */
public final class MeetingService {
    private final Store store;

    public MeetingService(Store store) {
        this.store = store;
    }

    /** The meeting on {@code date}, if any. */
    public Optional<Meeting> find(LocalDate date) {
        return store.meetings().find(date);
    }

    /** The dates of every meeting, in order. */
    public List<LocalDate> dates() {
        return store.meetings().dates();
    }

    /** The dates of the meetings that discuss case {@code caseNumber}. */
    public List<LocalDate> datesDiscussing(String caseNumber) {
        return store.meetings().datesDiscussing(caseNumber);
    }

    /** Every meeting's agenda as case numbers, by date, in order. */
    public Map<LocalDate, List<String>> agendaIndex() {
        return store.meetings().agendaIndex();
    }

    /** The key a possible name is judged under (whitespace folded, as stored). */
    public static String possibleNameKey(String text) {
        return SuspectDecisionRepository.key(text);
    }

    /** The possible names of the meeting on {@code date} the chair already judged, by their key. */
    public Map<String, SuspectDecisionRepository.Decision> judgedPossibleNames(LocalDate date) {
        return store.suspects().forMeeting(date);
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

    /**
     * Creates a meeting (usually without an agenda yet); never overwrites one on the same date. The items it brings
     * are added with their minutes and decisions; disclosure notes are recorded through {@link DisclosureService}.
     */
    public Meeting create(Meeting m) {
        store.transaction(s -> {
            if (s.meetings().find(m.date()).isPresent()) {
                throw new MeetingExists(m.date());
            }
            s.meetings().saveHeader(m.date(), m.location(), m.start());
            s.meetings().setPresent(m.date(), m.present());
            for (AgendaItem i : m.items()) {
                s.meetings().addItem(m.date(), i.caseNumber(), i.durationMinutes());
                s.meetings().saveItemMinutes(m.date(), i.caseNumber(), i.minutes(), i.decisions());
            }
            s.audit().append(AuditLog.Action.MEETING_CHANGED, m.date().toString(), "created");
        });
        return m;
    }

    /**
     * Who is present (attendee ids) at the meeting on {@code date}, after a check-in or check-out: only the presence
     * is written, so minutes saved meanwhile and the agenda's rows stay as they are. {@code detail}: the audit text
     * (ids only).
     */
    public void setPresent(LocalDate date, List<String> present, String detail) {
        store.transaction(s -> {
            if (s.meetings().find(date).isEmpty()) {
                throw new NoMeeting(date);
            }
            s.meetings().setPresent(date, present);
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(), detail);
        });
    }

    /** An agenda line as planned: the case and its minutes of talk. */
    public record Planned(String caseNumber, int duration) {
    }

    /**
     * Saves the agenda of the meeting on {@code date} (created when new): cases no longer planned leave it with their
     * minutes and decisions, new ones are added, durations and the order are set. Items that stay keep their rows
     * (minutes, decisions) as they are, and disclosure notes are never touched. Returns the meeting as stored.
     */
    public Meeting saveAgenda(LocalDate date, String location, LocalTime start, List<Planned> planned) {
        store.transaction(s -> {
            Meeting fresh = s.meetings().find(date).orElse(new Meeting(date, location, start, List.of(), List.of()));
            s.meetings().saveHeader(date, location, start);
            Map<String, AgendaItem> old = new LinkedHashMap<>();
            fresh.items().forEach(i -> old.put(i.caseNumber(), i));
            Set<String> kept = new HashSet<>();
            planned.forEach(p -> kept.add(p.caseNumber()));
            for (AgendaItem i : fresh.items()) {
                if (!kept.contains(i.caseNumber())) {
                    s.meetings().removeItem(date, i.caseNumber());
                }
            }
            for (Planned p : planned) {
                AgendaItem was = old.get(p.caseNumber());
                if (was == null) {
                    s.meetings().addItem(date, p.caseNumber(), p.duration());
                } else if (was.durationMinutes() != p.duration()) {
                    s.meetings().setDuration(date, p.caseNumber(), p.duration());
                }
            }
            s.meetings().reorder(date, planned.stream().map(Planned::caseNumber).toList());
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(), planned.size() + " items");
        });
        return store.meetings().find(date).orElseThrow();
    }

    /**
     * A new order of the whole agenda (case numbers), e.g. the one {@code kring agenda --optimize} found; only the
     * items' positions are written. {@code detail}: the audit text (counts only).
     */
    public void reorder(LocalDate date, List<String> caseNumbers, String detail) {
        store.transaction(s -> {
            if (s.meetings().find(date).isEmpty()) {
                throw new NoMeeting(date);
            }
            s.meetings().reorder(date, caseNumbers);
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(), detail);
        });
    }

    /** One agenda item's minutes and decisions as edited (blank paragraphs and empty decisions left out). */
    public record ItemMinutes(String caseNumber, List<MinutesParagraph> minutes, List<Decision> decisions) {
    }

    /**
     * Saves minutes: only the items whose minutes or decisions differ from the stored ones are written, item by item,
     * so the agenda order, durations, presence, disclosure notes and the other items' rows stay as they are. One
     * transaction with the audit entry (counts only). Returns the meeting as saved.
     */
    public Meeting saveMinutes(LocalDate date, List<ItemMinutes> edited) {
        Meeting[] saved = new Meeting[1];
        store.transaction(s -> {
            Meeting fresh = s.meetings().find(date).orElseThrow(() -> new IllegalArgumentException("no meeting on " + date));
            Map<String, ItemMinutes> byCase = new HashMap<>();
            edited.forEach(e -> byCase.put(e.caseNumber(), e));
            int paragraphs = 0;
            int decisions = 0;
            for (AgendaItem i : fresh.items()) {
                ItemMinutes e = byCase.get(i.caseNumber());
                if (e != null && (!e.minutes().equals(i.minutes()) || !e.decisions().equals(i.decisions()))) {
                    s.meetings().saveItemMinutes(date, i.caseNumber(), e.minutes(), e.decisions());
                }
                paragraphs += (e == null ? i.minutes() : e.minutes()).size();
                decisions += (e == null ? i.decisions() : e.decisions()).size();
            }
            s.audit().append(AuditLog.Action.MEETING_CHANGED, date.toString(),
                    "minutes: " + paragraphs + " paragraphs, " + decisions + " decisions");
            saved[0] = s.meetings().find(date).orElseThrow();
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
