package nl.kring.store;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Categories;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Inserts or replaces a meeting with its agenda in the given order, minutes, decisions and disclosures. */
    public void save(Meeting m) {
        dsl.transaction(cfg -> save(cfg.dsl(), m));
    }

    static void save(DSLContext tx, Meeting m) {
        tx.insertInto(MEETING).set(MEETING.MEETING_DATE, m.date()).set(MEETING.LOCATION, m.location())
                .set(MEETING.START_TIME, m.start())
                .onDuplicateKeyUpdate().set(MEETING.LOCATION, m.location()).set(MEETING.START_TIME, m.start())
                .execute();
        tx.deleteFrom(MEETING_PRESENT).where(MEETING_PRESENT.MEETING_DATE.eq(m.date())).execute();
        for (String attendee : m.present()) {
            tx.insertInto(MEETING_PRESENT).values(m.date(), attendee).execute();
        }
        tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_DATE.eq(m.date())).execute();
        for (int i = 0; i < m.items().size(); i++) {
            AgendaItem item = m.items().get(i);
            long id = tx.insertInto(AGENDA_ITEM)
                    .set(AGENDA_ITEM.MEETING_DATE, m.date()).set(AGENDA_ITEM.CASE_NUMBER, item.caseNumber())
                    .set(AGENDA_ITEM.POSITION, i).set(AGENDA_ITEM.DURATION_MINUTES, item.durationMinutes())
                    .returning(AGENDA_ITEM.ID).fetchOne().getId();
            List<org.jooq.Query> children = new ArrayList<>();
            for (int p = 0; p < item.minutes().size(); p++) {
                MinutesParagraph para = item.minutes().get(p);
                children.add(tx.insertInto(MINUTES_PARAGRAPH)
                        .set(MINUTES_PARAGRAPH.AGENDA_ITEM_ID, id).set(MINUTES_PARAGRAPH.POSITION, p)
                        .set(MINUTES_PARAGRAPH.CATEGORY, para.categoryCode())
                        .set(MINUTES_PARAGRAPH.TEXT, para.text()).set(MINUTES_PARAGRAPH.POLICE, para.police()));
            }
            for (int d = 0; d < item.decisions().size(); d++) {
                Decision dec = item.decisions().get(d);
                children.add(tx.insertInto(DECISION)
                        .set(DECISION.AGENDA_ITEM_ID, id).set(DECISION.POSITION, d)
                        .set(DECISION.ACTION, dec.action()).set(DECISION.OWNER_PARTNER, dec.owner())
                        .set(DECISION.DUE, dec.due()).set(DECISION.CATEGORY, dec.categoryCode())
                        .set(DECISION.POLICE, dec.police()));
            }
            if (!children.isEmpty()) {
                tx.batch(children).execute();
            }
            // Disclosure notes are legal records, kept apart from the agenda: a save adds the item's new ones (an
            // import) and never removes one, also not when the item leaves the agenda. Compared by what they say:
            // an item read before a note was withdrawn still carries that note, unmarked.
            List<Disclosure> stored = new ArrayList<>(tx.selectFrom(DISCLOSURE)
                    .where(DISCLOSURE.MEETING_DATE.eq(m.date())).and(DISCLOSURE.CASE_NUMBER.eq(item.caseNumber()))
                    .fetch().map(r -> DisclosureRepository.toDisclosure(r).content()));
            for (Disclosure disc : item.disclosures()) {
                if (!stored.remove(disc.content().withDate(DisclosureRepository.disclosedOn(disc, m.date())))) {
                    DisclosureRepository.insert(tx, item.caseNumber(), m.date(), disc);
                }
            }
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
        Map<LocalDate, List<String>> index = new java.util.TreeMap<>();
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
