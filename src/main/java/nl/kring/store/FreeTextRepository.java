package nl.kring.store;

import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.kring.schema.Tables.AGENDA_ITEM;
import static nl.kring.schema.Tables.CASE_FILE;
import static nl.kring.schema.Tables.DECISION;
import static nl.kring.schema.Tables.DISCLOSURE;
import static nl.kring.schema.Tables.DISCLOSURE_PROPOSAL;
import static nl.kring.schema.Tables.DOMAIN_ASSESSMENT;
import static nl.kring.schema.Tables.MINUTES_PARAGRAPH;

/**
 * The free texts of the vault in which a client's name may be written down about another case: minutes paragraphs,
 * decision actions, the why / why-not-informed of disclosure notes, leefgebied notes and the legal-footing texts of a
 * case. Read all at once and rewritten one by one, so that a destroyed client's name can be replaced by its marker
 * where it survives its own case ({@code retention.CaseEraser}). Names and identifiers held as data of another case
 * (its relatives, referrer, legal representative, consent-by) are that case's record and are not offered here.
 */
public final class FreeTextRepository {
    /** Where a text lives. */
    public enum Place {
        MINUTES, DECISION, DISCLOSURE_WHY, DISCLOSURE_WHY_NOT_INFORMED, DISCLOSURE_WITHDRAWAL_REASON, DOMAIN_NOTE,
        INFORMED_REASON, EVIDENT_INTEREST, LIGHTER_MEANS,
        /** The why / why-not-informed of a disclosure note Kring proposed and the chair has not yet handled (V16). */
        PROPOSAL_WHY, PROPOSAL_WHY_NOT_INFORMED;

        /** Texts of a meeting's agenda item (minutes and decisions), as opposed to texts of a case or a note. */
        public boolean inMinutes() {
            return this == MINUTES || this == DECISION;
        }

        public boolean inDisclosure() {
            return this == DISCLOSURE_WHY || this == DISCLOSURE_WHY_NOT_INFORMED || this == DISCLOSURE_WITHDRAWAL_REASON;
        }

        public boolean inProposal() {
            return this == PROPOSAL_WHY || this == PROPOSAL_WHY_NOT_INFORMED;
        }
    }

    /**
     * One stored text.
     *
     * @param rowId       the row of a minutes paragraph, decision or disclosure note; 0 for a case's own texts
     * @param caseNumber  the case the text belongs to
     * @param meetingDate the meeting of a paragraph or decision (of a disclosure note: its meeting, or null)
     * @param domain      the leefgebied of a domain note, else null
     */
    public record Text(Place place, long rowId, String caseNumber, LocalDate meetingDate, String domain, String text) {
    }

    private final DSLContext dsl;

    FreeTextRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every non-blank free text, minutes and decisions in meeting and agenda order first. */
    public List<Text> all() {
        List<Text> out = new ArrayList<>();
        dsl.select(MINUTES_PARAGRAPH.ID, AGENDA_ITEM.CASE_NUMBER, AGENDA_ITEM.MEETING_DATE, MINUTES_PARAGRAPH.TEXT)
                .from(MINUTES_PARAGRAPH).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(MINUTES_PARAGRAPH.AGENDA_ITEM_ID))
                .orderBy(AGENDA_ITEM.MEETING_DATE, AGENDA_ITEM.POSITION, MINUTES_PARAGRAPH.POSITION)
                .forEach(r -> add(out, Place.MINUTES, r.value1(), r.value2(), r.value3(), null, r.value4()));
        dsl.select(DECISION.ID, AGENDA_ITEM.CASE_NUMBER, AGENDA_ITEM.MEETING_DATE, DECISION.ACTION)
                .from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.AGENDA_ITEM_ID))
                .orderBy(AGENDA_ITEM.MEETING_DATE, AGENDA_ITEM.POSITION, DECISION.POSITION)
                .forEach(r -> add(out, Place.DECISION, r.value1(), r.value2(), r.value3(), null, r.value4()));
        dsl.select(DISCLOSURE.ID, DISCLOSURE.CASE_NUMBER, DISCLOSURE.MEETING_DATE, DISCLOSURE.WHY, DISCLOSURE.WHY_NOT_INFORMED,
                        DISCLOSURE.WITHDRAWAL_REASON)
                .from(DISCLOSURE).orderBy(DISCLOSURE.ID).forEach(r -> {
                    add(out, Place.DISCLOSURE_WHY, r.value1(), r.value2(), r.value3(), null, r.value4());
                    add(out, Place.DISCLOSURE_WHY_NOT_INFORMED, r.value1(), r.value2(), r.value3(), null, r.value5());
                    add(out, Place.DISCLOSURE_WITHDRAWAL_REASON, r.value1(), r.value2(), r.value3(), null, r.value6());
                });
        // the proposed notes keep the chair's edited why until recorded or dropped: a destroyed client's name in it
        // must go too (it was left when another case was destroyed)
        dsl.select(DISCLOSURE_PROPOSAL.ID, DISCLOSURE_PROPOSAL.CASE_NUMBER, DISCLOSURE_PROPOSAL.MEETING_DATE,
                        DISCLOSURE_PROPOSAL.WHY, DISCLOSURE_PROPOSAL.WHY_NOT_INFORMED)
                .from(DISCLOSURE_PROPOSAL).orderBy(DISCLOSURE_PROPOSAL.ID).forEach(r -> {
                    add(out, Place.PROPOSAL_WHY, r.value1(), r.value2(), r.value3(), null, r.value4());
                    add(out, Place.PROPOSAL_WHY_NOT_INFORMED, r.value1(), r.value2(), r.value3(), null, r.value5());
                });
        dsl.select(DOMAIN_ASSESSMENT.CASE_NUMBER, DOMAIN_ASSESSMENT.DOMAIN, DOMAIN_ASSESSMENT.NOTE).from(DOMAIN_ASSESSMENT)
                .orderBy(DOMAIN_ASSESSMENT.CASE_NUMBER, DOMAIN_ASSESSMENT.DOMAIN)
                .forEach(r -> add(out, Place.DOMAIN_NOTE, 0, r.value1(), null, r.value2(), r.value3()));
        dsl.select(CASE_FILE.NUMBER, CASE_FILE.INFORMED_REASON, CASE_FILE.EVIDENT_INTEREST, CASE_FILE.LIGHTER_MEANS_CONSIDERED)
                .from(CASE_FILE).orderBy(CASE_FILE.NUMBER).forEach(r -> {
                    add(out, Place.INFORMED_REASON, 0, r.value1(), null, null, r.value2());
                    add(out, Place.EVIDENT_INTEREST, 0, r.value1(), null, null, r.value3());
                    add(out, Place.LIGHTER_MEANS, 0, r.value1(), null, null, r.value4());
                });
        return out;
    }

    private static void add(List<Text> out, Place place, long id, String caseNumber, LocalDate meeting, String domain,
                            String text) {
        if (text != null && !text.isBlank()) {
            out.add(new Text(place, id, caseNumber, meeting, domain, text));
        }
    }

    /**
     * Stores a new version of a text in its place. A text that no longer fits its column (a marker is longer than the
     * name it replaces) is cut and ends in "…": losing the end of an overlong text is better than keeping a name.
     *
     * @return whether the row was still there
     */
    public boolean rewrite(Text t, String text) {
        return switch (t.place()) {
            case MINUTES -> dsl.update(MINUTES_PARAGRAPH).set(MINUTES_PARAGRAPH.TEXT, text)
                    .where(MINUTES_PARAGRAPH.ID.eq(t.rowId())).execute() > 0;
            case DECISION -> dsl.update(DECISION).set(DECISION.ACTION, fit(DECISION.ACTION, text))
                    .where(DECISION.ID.eq(t.rowId())).execute() > 0;
            case DISCLOSURE_WHY -> dsl.update(DISCLOSURE).set(DISCLOSURE.WHY, fit(DISCLOSURE.WHY, text))
                    .where(DISCLOSURE.ID.eq(t.rowId())).execute() > 0;
            case DISCLOSURE_WITHDRAWAL_REASON -> dsl.update(DISCLOSURE)
                    .set(DISCLOSURE.WITHDRAWAL_REASON, fit(DISCLOSURE.WITHDRAWAL_REASON, text))
                    .where(DISCLOSURE.ID.eq(t.rowId())).execute() > 0;
            case DISCLOSURE_WHY_NOT_INFORMED -> dsl.update(DISCLOSURE)
                    .set(DISCLOSURE.WHY_NOT_INFORMED, fit(DISCLOSURE.WHY_NOT_INFORMED, text))
                    .where(DISCLOSURE.ID.eq(t.rowId())).execute() > 0;
            case DOMAIN_NOTE -> dsl.update(DOMAIN_ASSESSMENT).set(DOMAIN_ASSESSMENT.NOTE, fit(DOMAIN_ASSESSMENT.NOTE, text))
                    .where(DOMAIN_ASSESSMENT.CASE_NUMBER.eq(t.caseNumber())).and(DOMAIN_ASSESSMENT.DOMAIN.eq(t.domain()))
                    .execute() > 0;
            case PROPOSAL_WHY -> dsl.update(DISCLOSURE_PROPOSAL).set(DISCLOSURE_PROPOSAL.WHY, fit(DISCLOSURE_PROPOSAL.WHY, text))
                    .where(DISCLOSURE_PROPOSAL.ID.eq(t.rowId())).execute() > 0;
            case PROPOSAL_WHY_NOT_INFORMED -> dsl.update(DISCLOSURE_PROPOSAL)
                    .set(DISCLOSURE_PROPOSAL.WHY_NOT_INFORMED, fit(DISCLOSURE_PROPOSAL.WHY_NOT_INFORMED, text))
                    .where(DISCLOSURE_PROPOSAL.ID.eq(t.rowId())).execute() > 0;
            case INFORMED_REASON -> updateCase(t, CASE_FILE.INFORMED_REASON, text);
            case EVIDENT_INTEREST -> updateCase(t, CASE_FILE.EVIDENT_INTEREST, text);
            case LIGHTER_MEANS -> updateCase(t, CASE_FILE.LIGHTER_MEANS_CONSIDERED, text);
        };
    }

    private boolean updateCase(Text t, Field<String> field, String text) {
        return dsl.update(CASE_FILE).set(field, fit(field, text)).where(CASE_FILE.NUMBER.eq(t.caseNumber())).execute() > 0;
    }

    static String fit(Field<String> field, String text) {
        int max = field.getDataType().length();
        if (max <= 0 || text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never half a character
        }
        return text.substring(0, cut) + "…";
    }
}
