package nl.kring.store;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Categories;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.schema.tables.records.AgendaItemRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static nl.kring.schema.Tables.AGENDA_ITEM;
import static nl.kring.schema.Tables.DECISION;
import static nl.kring.schema.Tables.DISCLOSURE;
import static nl.kring.schema.Tables.MEETING;
import static nl.kring.schema.Tables.MEETING_PRESENT;
import static nl.kring.schema.Tables.MINUTES_PARAGRAPH;

public final class MeetingRepository {
    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts or replaces a whole meeting: its agenda in the given order with minutes and decisions (every item's rows
     * deleted and inserted anew) and presence. For the import, which brings whole meetings; a change made in Kring
     * goes through the narrow operations below, which touch only what changed. The disclosure notes the items carry
     * are handed to {@link DisclosureRepository#addMissing}: only that repository writes disclosures.
     */
    public void save(Meeting m) {
        dsl.transaction(cfg -> save(cfg.dsl(), m));
    }

    static void save(DSLContext tx, Meeting m) {
        saveHeader(tx, m.date(), m.location(), m.start());
        setPresent(tx, m.date(), m.present());
        tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_DATE.eq(m.date())).execute();
        List<Long> ids = insertItems(tx, m.date(), m.items());
        for (AgendaItem item : m.items()) {
            DisclosureRepository.addMissing(tx, item.caseNumber(), m.date(), item.disclosures());
        }
        insertMinutes(tx, ids, m.items().stream().map(AgendaItem::minutes).toList(),
                m.items().stream().map(AgendaItem::decisions).toList());
    }

    /** The meeting's own row (date, place, start); inserted when new. Its agenda, minutes and presence stay. */
    public void saveHeader(LocalDate date, String location, LocalTime start) {
        saveHeader(dsl, date, location, start);
    }

    private static void saveHeader(DSLContext tx, LocalDate date, String location, LocalTime start) {
        tx.insertInto(MEETING).set(MEETING.MEETING_DATE, date).set(MEETING.LOCATION, location)
                .set(MEETING.START_TIME, start)
                .onDuplicateKeyUpdate().set(MEETING.LOCATION, location).set(MEETING.START_TIME, start)
                .execute();
    }

    /** Who is present (attendee ids): a check-in or check-out writes this and nothing else. */
    public void setPresent(LocalDate date, List<String> present) {
        dsl.transaction(cfg -> setPresent(cfg.dsl(), date, present));
    }

    private static void setPresent(DSLContext tx, LocalDate date, List<String> present) {
        tx.deleteFrom(MEETING_PRESENT).where(MEETING_PRESENT.MEETING_DATE.eq(date)).execute();
        for (String attendee : present) {
            tx.insertInto(MEETING_PRESENT).values(date, attendee).execute();
        }
    }

    /**
     * Replaces the minutes and decisions of one agenda item (the case {@code caseNumber} at the meeting on
     * {@code date}); the other items' rows, the agenda and the disclosure notes are not touched.
     */
    public void saveItemMinutes(LocalDate date, String caseNumber, List<MinutesParagraph> minutes, List<Decision> decisions) {
        dsl.transaction(cfg -> {
            long id = itemId(cfg.dsl(), date, caseNumber);
            cfg.dsl().deleteFrom(MINUTES_PARAGRAPH).where(MINUTES_PARAGRAPH.AGENDA_ITEM_ID.eq(id)).execute();
            cfg.dsl().deleteFrom(DECISION).where(DECISION.AGENDA_ITEM_ID.eq(id)).execute();
            insertMinutes(cfg.dsl(), id, minutes, decisions);
        });
    }

    /** Adds case {@code caseNumber} at the end of the agenda, without minutes. */
    public void addItem(LocalDate date, String caseNumber, int durationMinutes) {
        dsl.transaction(cfg -> {
            Integer last = cfg.dsl().select(DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                    .where(AGENDA_ITEM.MEETING_DATE.eq(date)).fetchOne().value1();
            insertItem(cfg.dsl(), date, caseNumber, last == null ? 0 : last + 1, durationMinutes);
        });
    }

    /**
     * Takes case {@code caseNumber} off the agenda, with the item's minutes and decisions; disclosure notes are legal
     * records and stay. Returns false when it was not on the agenda.
     */
    public boolean removeItem(LocalDate date, String caseNumber) {
        return dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_DATE.eq(date))
                .and(AGENDA_ITEM.CASE_NUMBER.eq(caseNumber)).execute() > 0;
    }

    /** The minutes of talk planned for one agenda item. */
    public void setDuration(LocalDate date, String caseNumber, int durationMinutes) {
        if (dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.DURATION_MINUTES, durationMinutes)
                .where(AGENDA_ITEM.MEETING_DATE.eq(date)).and(AGENDA_ITEM.CASE_NUMBER.eq(caseNumber)).execute() != 1) {
            throw new IllegalArgumentException("case " + caseNumber + " is not on this agenda");
        }
    }

    private static long itemId(DSLContext tx, LocalDate date, String caseNumber) {
        Long id = tx.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_DATE.eq(date))
                .and(AGENDA_ITEM.CASE_NUMBER.eq(caseNumber)).fetchOne(AGENDA_ITEM.ID);
        if (id == null) {
            throw new IllegalArgumentException("case " + caseNumber + " is not on this agenda");
        }
        return id;
    }

    private static long insertItem(DSLContext tx, LocalDate date, String caseNumber, int position, int duration) {
        return tx.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_DATE, date).set(AGENDA_ITEM.CASE_NUMBER, caseNumber)
                .set(AGENDA_ITEM.POSITION, position).set(AGENDA_ITEM.DURATION_MINUTES, duration)
                .returning(AGENDA_ITEM.ID).fetchOne().getId();
    }

    /**
     * The agenda's items in this order, in one statement that returns their ids (issue 17: an insert with RETURNING per
     * item was 14 % of the import). A case is on an agenda once (UNIQUE (meeting_date, case_number)), so each id is
     * found by its case number, whatever order the rows come back in.
     */
    private static List<Long> insertItems(DSLContext tx, LocalDate date, List<AgendaItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        var insert = tx.insertInto(AGENDA_ITEM, AGENDA_ITEM.MEETING_DATE, AGENDA_ITEM.CASE_NUMBER, AGENDA_ITEM.POSITION,
                AGENDA_ITEM.DURATION_MINUTES);
        InsertValuesStep4<AgendaItemRecord, LocalDate, String, Integer, Integer> rows = null;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            rows = (rows == null ? insert : rows).values(date, item.caseNumber(), i, item.durationMinutes());
        }
        Map<String, Long> byCase = new HashMap<>();
        rows.returning(AGENDA_ITEM.ID, AGENDA_ITEM.CASE_NUMBER).fetch()
                .forEach(r -> byCase.put(r.getCaseNumber(), r.getId()));
        List<Long> ids = new ArrayList<>(items.size());
        for (AgendaItem item : items) {
            ids.add(byCase.get(item.caseNumber()));
        }
        return ids;
    }

    private static void insertMinutes(DSLContext tx, long id, List<MinutesParagraph> minutes, List<Decision> decisions) {
        insertMinutes(tx, List.of(id), List.of(minutes), List.of(decisions));
    }

    /**
     * The minutes and decisions of the items {@code ids} (in the same order as the lists): one prepared statement per
     * table with the values bound, not a statement rendered and parsed per row (issue 17).
     */
    private static void insertMinutes(DSLContext tx, List<Long> ids, List<List<MinutesParagraph>> minutes,
                                      List<List<Decision>> decisions) {
        BatchBindStep paragraphs = tx.batch(tx.insertInto(MINUTES_PARAGRAPH, MINUTES_PARAGRAPH.AGENDA_ITEM_ID,
                MINUTES_PARAGRAPH.POSITION, MINUTES_PARAGRAPH.CATEGORY, MINUTES_PARAGRAPH.TEXT, MINUTES_PARAGRAPH.POLICE)
                .values((Long) null, (Integer) null, (String) null, (String) null, (Boolean) null));
        BatchBindStep decided = tx.batch(tx.insertInto(DECISION, DECISION.AGENDA_ITEM_ID, DECISION.POSITION,
                DECISION.ACTION, DECISION.OWNER_PARTNER, DECISION.DUE, DECISION.CATEGORY, DECISION.POLICE)
                .values((Long) null, (Integer) null, (String) null, (String) null, (LocalDate) null, (String) null,
                        (Boolean) null));
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            List<MinutesParagraph> ms = minutes.get(i);
            for (int p = 0; p < ms.size(); p++) {
                MinutesParagraph para = ms.get(p);
                paragraphs.bind(id, p, para.categoryCode(), para.text(), para.police());
            }
            List<Decision> ds = decisions.get(i);
            for (int d = 0; d < ds.size(); d++) {
                Decision dec = ds.get(d);
                decided.bind(id, d, dec.action(), dec.owner(), dec.due(), dec.categoryCode(), dec.police());
            }
        }
        if (paragraphs.size() > 0) {
            paragraphs.execute();
        }
        if (decided.size() > 0) {
            decided.execute();
        }
    }

    public List<LocalDate> dates() {
        return dsl.select(MEETING.MEETING_DATE).from(MEETING).orderBy(MEETING.MEETING_DATE.desc()).fetch(MEETING.MEETING_DATE);
    }

    /** The dates of the meetings that have this case on their agenda, newest first (as {@link #dates()}). */
    public List<LocalDate> datesDiscussing(String caseNumber) {
        return dsl.selectDistinct(AGENDA_ITEM.MEETING_DATE).from(AGENDA_ITEM).where(AGENDA_ITEM.CASE_NUMBER.eq(caseNumber))
                .orderBy(AGENDA_ITEM.MEETING_DATE.desc()).fetch(AGENDA_ITEM.MEETING_DATE);
    }

    public Optional<Meeting> find(LocalDate date) {
        var m = dsl.selectFrom(MEETING).where(MEETING.MEETING_DATE.eq(date)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        List<String> present = dsl.select(MEETING_PRESENT.ATTENDEE_ID).from(MEETING_PRESENT)
                .where(MEETING_PRESENT.MEETING_DATE.eq(date)).orderBy(MEETING_PRESENT.ATTENDEE_ID)
                .fetch(MEETING_PRESENT.ATTENDEE_ID);
        var items = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_DATE.eq(date))
                .orderBy(AGENDA_ITEM.POSITION).fetch();
        List<Long> ids = items.map(r -> r.getId());
        Map<Long, List<MinutesParagraph>> minutes = new HashMap<>();
        dsl.selectFrom(MINUTES_PARAGRAPH).where(MINUTES_PARAGRAPH.AGENDA_ITEM_ID.in(ids))
                .orderBy(MINUTES_PARAGRAPH.POSITION).forEach(r -> minutes.computeIfAbsent(r.getAgendaItemId(),
                        k -> new ArrayList<>()).add(new MinutesParagraph(
                        Categories.domain(r.getCategory()), r.getText(), Categories.isGeneral(r.getCategory()),
                        r.getPolice())));
        Map<Long, List<Decision>> decisions = new HashMap<>();
        dsl.selectFrom(DECISION).where(DECISION.AGENDA_ITEM_ID.in(ids)).orderBy(DECISION.POSITION)
                .forEach(r -> decisions.computeIfAbsent(r.getAgendaItemId(), k -> new ArrayList<>())
                        .add(new Decision(r.getAction(), r.getOwnerPartner(), r.getDue(),
                                Categories.domain(r.getCategory()), Categories.isGeneral(r.getCategory()),
                                r.getPolice())));
        Map<String, List<Disclosure>> disclosures = new HashMap<>();
        dsl.selectFrom(DISCLOSURE).where(DISCLOSURE.MEETING_DATE.eq(date)).orderBy(DISCLOSURE.ID)
                .forEach(r -> disclosures.computeIfAbsent(r.getCaseNumber(), k -> new ArrayList<>())
                        .add(DisclosureRepository.toDisclosure(r)));
        List<AgendaItem> agenda = items.map(r -> new AgendaItem(r.getCaseNumber(), r.getDurationMinutes(),
                minutes.get(r.getId()), decisions.get(r.getId()), disclosures.get(r.getCaseNumber())));
        return Optional.of(new Meeting(m.getMeetingDate(), m.getLocation(), m.getStartTime(), present, agenda));
    }

    /**
     * Every meeting's date with the cases its record still refers to (agenda items and disclosures noted in it),
     * oldest first; without loading minutes. For the retention rules and the overview.
     */
    public Map<LocalDate, List<String>> agendaIndex() {
        Map<LocalDate, List<String>> index = new TreeMap<>();
        dsl.select(MEETING.MEETING_DATE).from(MEETING).fetch(MEETING.MEETING_DATE)
                .forEach(d -> index.put(d, new ArrayList<>()));
        dsl.select(AGENDA_ITEM.MEETING_DATE, AGENDA_ITEM.CASE_NUMBER).from(AGENDA_ITEM)
                .orderBy(AGENDA_ITEM.MEETING_DATE, AGENDA_ITEM.POSITION)
                .forEach(r -> index.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        dsl.selectDistinct(DISCLOSURE.MEETING_DATE, DISCLOSURE.CASE_NUMBER).from(DISCLOSURE)
                .where(DISCLOSURE.MEETING_DATE.in(index.keySet()))
                .forEach(r -> {
                    List<String> cases = index.get(r.value1());
                    if (!cases.contains(r.value2())) {
                        cases.add(r.value2());
                    }
                });
        return index;
    }

    public boolean delete(LocalDate date) {
        return dsl.deleteFrom(MEETING).where(MEETING.MEETING_DATE.eq(date)).execute() > 0;
    }

    /** Stores a new agenda order (case numbers, all of the meeting's items). */
    public void reorder(LocalDate date, List<String> caseNumbers) {
        dsl.transaction(cfg -> {
            for (int i = 0; i < caseNumbers.size(); i++) {
                int n = cfg.dsl().update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, i)
                        .where(AGENDA_ITEM.MEETING_DATE.eq(date)).and(AGENDA_ITEM.CASE_NUMBER.eq(caseNumbers.get(i)))
                        .execute();
                if (n != 1) {
                    throw new IllegalArgumentException("case " + caseNumbers.get(i) + " is not on this agenda");
                }
            }
        });
    }
}
